package nl.trede.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The routes of a municipality: which instruments of its catalogue are meant for which value of its
 * classification ({@link Instrument#meantFor}). Overbetuwe 001 §2.1.3: "De ambitie is om een overzicht
 * te creëren van zorg- en ondersteuningsroutes die gekoppeld worden aan profielen. Met een dergelijk
 * overzicht zal een groot deel van de ondersteuningsvraagstukken beantwoord kunnen worden." The app
 * (choosing an instrument for a file) and the console (the overview) read them from here.
 */
public final class Routes {
  private Routes() {}

  /** The instruments meant for one value of one dimension, in catalogue order. */
  public record Route(Dimension dimension, DimensionValue value, List<Instrument> instruments) {
    public Route {
      instruments = List.copyOf(instruments);
    }
  }

  /**
   * A catalogue entry as offered to one file.
   *
   * @param fits the file's values that the instrument is meant for; empty when it is not meant for the file
   */
  public record Offer(Instrument instrument, List<DimensionValue> fits) {
    public Offer {
      fits = List.copyOf(fits);
    }

    public boolean meantForTheFile() {
      return !fits.isEmpty();
    }
  }

  /**
   * Every route, per dimension and value in the scheme's order, for the dimensions some instrument
   * names; a value no instrument is meant for is a route without instruments, so the overview shows
   * the gap rather than hiding it.
   */
  public static List<Route> of(MunicipalityConfig config) {
    List<Route> routes = new ArrayList<>();
    for (Dimension d : config.dimensions()) {
      if (config.instruments().stream().noneMatch(i -> i.meantFor().containsKey(d.key()))) {
        continue;
      }
      for (DimensionValue value : d.values()) {
        routes.add(new Route(d, value, config.instruments().stream()
            .filter(i -> i.meantFor().getOrDefault(d.key(), List.of()).contains(value.key())).toList()));
      }
    }
    return routes;
  }

  /** The catalogue entries that name no route: meant for nobody in particular. */
  public static List<Instrument> unrouted(MunicipalityConfig config) {
    return config.instruments().stream().filter(i -> i.meantFor().isEmpty()).toList();
  }

  /**
   * The catalogue as offered to a file so classified: the instruments meant for it first, then the
   * rest, each part in catalogue order. Nothing is left out: 001 §2.1.3 "De inzet is daarom maatwerk",
   * and "Natuurlijk zijn er kandidaten die ondersteuning nodig hebben wat buiten de reguliere
   * infrastructuur past."
   */
  public static List<Offer> offered(MunicipalityConfig config, Map<String, String> classification) {
    List<Offer> meant = new ArrayList<>();
    List<Offer> rest = new ArrayList<>();
    for (Instrument i : config.instruments()) {
      if (i.isMeantFor(classification)) {
        List<DimensionValue> fits = new ArrayList<>();
        i.meantFor().keySet().forEach(key -> config.dimension(key)
            .flatMap(d -> d.value(classification.get(key))).ifPresent(fits::add));
        meant.add(new Offer(i, fits));
      } else {
        rest.add(new Offer(i, List.of()));
      }
    }
    meant.addAll(rest);
    return meant;
  }
}
