package nl.trede.server.office.monitoring;

import io.micronaut.http.HttpParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * The period a dashboard shows: two dates, both included, chosen as a preset (this month, last
 * quarter …) or typed. A dashboard that is a picture at one moment uses only {@code to}, its
 * reference date (peildatum). Presets never reach past today: a figure about the future is empty.
 */
public record Period(LocalDate from, LocalDate to, String preset, boolean swapped) {

  public enum Preset {
    THIS_MONTH("this-month"),
    LAST_MONTH("last-month"),
    THIS_QUARTER("this-quarter"),
    LAST_QUARTER("last-quarter"),
    THIS_YEAR("this-year"),
    LAST_YEAR("last-year"),
    LAST_12_MONTHS("last-12-months"),
    /**
     * Each KPI over its own review period (its calendar month, quarter or year so far): only for the
     * municipality's KPIs. As dates, the year so far, the longest of them.
     */
    OWN_PERIODS("eigen-periode");

    private final String id;

    Preset(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    /** The presets every dashboard offers. */
    public static List<Preset> standard() {
      return List.of(THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_YEAR, LAST_12_MONTHS);
    }

    static Preset of(String id) {
      for (Preset p : values()) {
        if (p.id.equals(id)) {
          return p;
        }
      }
      return null;
    }

    Period on(LocalDate today) {
      LocalDate quarterStart = today.withDayOfMonth(1)
          .withMonth((today.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
      return switch (this) {
        case THIS_MONTH -> new Period(today.withDayOfMonth(1), today, id, false);
        case LAST_MONTH -> {
          LocalDate start = today.withDayOfMonth(1).minusMonths(1);
          yield new Period(start, start.plusMonths(1).minusDays(1), id, false);
        }
        case THIS_QUARTER -> new Period(quarterStart, today, id, false);
        case LAST_QUARTER -> new Period(quarterStart.minusMonths(3), quarterStart.minusDays(1), id, false);
        case THIS_YEAR -> new Period(today.withDayOfYear(1), today, id, false);
        case LAST_YEAR -> {
          LocalDate start = today.withDayOfYear(1).minusYears(1);
          yield new Period(start, start.plusYears(1).minusDays(1), id, false);
        }
        case LAST_12_MONTHS -> new Period(today.minusYears(1).plusDays(1), today, id, false);
        case OWN_PERIODS -> new Period(today.withDayOfYear(1), today, id, false);
      };
    }
  }

  /** Whether each KPI is shown over its own review period rather than over these dates. */
  public boolean ownPeriods() {
    return Preset.OWN_PERIODS.id().equals(preset);
  }

  /** The period in the query, else the preset in it, else the dashboard's default. */
  public static Period from(HttpParameters parameters, Preset fallback, LocalDate today) {
    Preset preset = Preset.of(parameters.get("preset"));
    LocalDate from = date(parameters.get("from"));
    LocalDate to = date(parameters.get("to"));
    if (from == null && to == null) {
      return (preset != null ? preset : fallback).on(today);
    }
    Period base = (preset != null ? preset : fallback).on(today);
    from = from != null ? from : base.from();
    to = to != null ? to : base.to();
    if (to.isBefore(from)) {
      return new Period(to, from, null, true);
    }
    return new Period(from, to, null, false);
  }

  public String query() {
    return "from=" + from + "&to=" + to;
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
