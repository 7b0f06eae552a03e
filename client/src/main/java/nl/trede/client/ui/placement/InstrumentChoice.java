package nl.trede.client.ui.placement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.DimensionValue;
import nl.trede.config.Instrument;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.Routes;

/**
 * The catalogue as the case manager chooses from it for one file: the instruments meant for the
 * file's profile first and marked ("Past bij Profiel 2 ..."), every other still selectable. Overbetuwe
 * 001 §2.1.3: routes "gekoppeld ... aan profielen", and yet "De inzet is daarom maatwerk" (decision 0070).
 * Read once from the file as opened: the classification is the case manager's, not changed on this form.
 */
final class InstrumentChoice {
  private final List<Routes.Offer> offers;
  private final Messages messages;

  InstrumentChoice(MunicipalityConfig config, Map<String, String> classification, Messages messages) {
    this.offers = Routes.offered(config, classification);
    this.messages = messages;
  }

  /** The catalogue, the file's own route first. */
  List<Instrument> catalogue() {
    return offers.stream().map(Routes.Offer::instrument).toList();
  }

  /** "Past bij …" with the file's values the instrument is meant for; empty when it is on no route of the file. */
  Optional<String> fit(Instrument instrument) {
    return offers.stream().filter(o -> o.instrument().equals(instrument) && o.meantForTheFile()).findFirst()
        .map(o -> messages.get("placement.instrumentFits",
            String.join(", ", o.fits().stream().map(DimensionValue::label).toList())));
  }

  /** The name as the choice shows it, with the mark when it fits the file. */
  String text(Instrument instrument) {
    return fit(instrument).map(f -> messages.get("placement.instrumentWithFit", instrument.name(), f))
        .orElse(instrument.name());
  }
}
