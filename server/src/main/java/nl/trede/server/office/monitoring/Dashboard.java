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
  /** The URL segment, in Dutch, e.g. {@code achterstallige-contacten}. */
  String id();

  /** Message keys of the title and of the one-line summary on the monitoring index. */
  String titleKey();

  String summaryKey();

  int order();

  /** The period shown before the user picks one. */
  Period.Preset defaultPeriod();

  /** True when only the end date counts (a reference date: "peildatum"). */
  default boolean singleDate() {
    return false;
  }

  /** Message keys naming the two dates in the period picker; null for "Van" and "Tot en met". */
  default String fromLabelKey() {
    return null;
  }

  default String toLabelKey() {
    return singleDate() ? "period.reference" : null;
  }

  /** The presets the period picker offers. */
  default List<Period.Preset> presets() {
    return Period.Preset.standard();
  }

  /** Choices besides the period (a select each in the picker); none by default. */
  default List<Option> options(OfficeUser user) {
    return List.of();
  }

  /** A line above the panels, e.g. that the municipality has configured nothing to show; or null. */
  default String notice(OfficeUser user) {
    return null;
  }

  List<Panel> panels(OfficeUser user, Selection selection);
}
