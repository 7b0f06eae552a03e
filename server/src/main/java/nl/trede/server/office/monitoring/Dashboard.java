package nl.trede.server.office.monitoring;

import java.util.List;
import nl.trede.server.office.OfficeUser;

/**
 * One monitoring page. Every bean of this type appears on the monitoring index (in {@link #order}),
 * under {@code /office/monitoring/{id}}, with the period picker, its panels and their exports:
 * adding a dashboard is adding a bean. Figures come from {@code nl.trede.server.kpi}, never from
 * the dashboard itself; the dashboard only lays them out.
 */
public interface Dashboard {
  /**
   * What the monitoring index and the period picker say of a dashboard, in one line per dashboard.
   *
   * @param id the URL segment, in Dutch, e.g. {@code achterstallige-contacten}
   * @param keys the prefix of its message keys: {@code <keys>.title} and {@code <keys>.summary}
   * @param order its place on the monitoring index
   * @param defaultPeriod the period shown before the user picks one
   * @param singleDate only the end date counts (a reference date: "peildatum")
   * @param fromLabelKey with {@code toLabelKey}: message keys naming the two dates in the period
   *     picker; null for "Van" and "Tot en met"
   * @param picksDates the picker offers presets and dates; false where the dashboard's own choice
   *     (a year) decides the period ({@link #period})
   */
  record About(String id, String keys, int order, Period.Preset defaultPeriod, boolean singleDate,
      String fromLabelKey, String toLabelKey, boolean picksDates) {
    public static About of(String id, String keys, int order, Period.Preset defaultPeriod) {
      return new About(id, keys, order, defaultPeriod, false, null, null, true);
    }

    public About onReferenceDate() {
      return new About(id, keys, order, defaultPeriod, true, fromLabelKey, toLabelKey, picksDates);
    }

    public About dates(String fromKey, String toKey) {
      return new About(id, keys, order, defaultPeriod, singleDate, fromKey, toKey, picksDates);
    }

    /** The period follows from the dashboard's own choices: the picker shows those, no dates. */
    public About periodByChoice() {
      return new About(id, keys, order, defaultPeriod, singleDate, fromLabelKey, toLabelKey, false);
    }
  }

  About about();

  default String id() {
    return about().id();
  }

  default String titleKey() {
    return about().keys() + ".title";
  }

  default String summaryKey() {
    return about().keys() + ".summary";
  }

  default int order() {
    return about().order();
  }

  default Period.Preset defaultPeriod() {
    return about().defaultPeriod();
  }

  default boolean singleDate() {
    return about().singleDate();
  }

  default String fromLabelKey() {
    return about().fromLabelKey();
  }

  default String toLabelKey() {
    return about().toLabelKey() != null ? about().toLabelKey() : singleDate() ? "period.reference" : null;
  }

  default boolean picksDates() {
    return about().picksDates();
  }

  /**
   * The period shown, from the picker's period and the dashboard's choices (already checked against
   * what it offers): the picker's by default; a dashboard that shows a chosen year says which days.
   */
  default Period period(Period picked, java.util.Map<String, String> choices, java.time.LocalDate today) {
    return picked;
  }

  /** The presets the period picker offers. */
  default List<Period.Preset> presets() {
    return Period.Preset.standard();
  }

  /** Choices besides the period (a select each in the picker); none by default. */
  default List<Option> options(OfficeUser user) {
    return List.of();
  }

  /** A button beside the title that starts something the page is about (planning a session); or null. */
  default nl.trede.server.office.export.Table.Link action(OfficeUser user) {
    return null;
  }

  /** A line above the panels, e.g. that the municipality has configured nothing to show; or null. */
  default String notice(OfficeUser user) {
    return null;
  }

  List<Panel> panels(OfficeUser user, Selection selection);
}
