package nl.trede.server.office.monitoring;

/**
 * The charts' colours, each with one meaning on every page (Okabe–Ito, readable with colour-blindness):
 * green and vermilion only ever say good and bad (a target met or not, on time or late, up or down
 * the ladder, a value to review); a count of files or candidates is blue, hours are orange,
 * money is blue against a grey budget. A chart that colours its bars by their category would
 * make blue mean "Focus op werk" next to a chart where it means "candidates"; the axis says the
 * category already.
 */
final class Colours {
  static final String GOOD = "#009E73";
  static final String BAD = "#D55E00";
  static final String NEUTRAL = "#999999";
  static final String NONE = "#BBBBBB";
  static final String COUNT = "#0072B2";
  static final String HOURS = "#E69F00";
  static final String MONEY = "#0072B2";
  static final String BUDGET = "#B8C4CA";
  static final String IN = "#56B4E9";
  static final String OUT = "#CC79A7";
  static final String TARGET = "#1d2a30";
  /**
   * For series that are categories of their own (the values of a dimension, the reasons of inflow
   * and outflow), stacked in one chart: no green or vermilion, so none reads as good or bad.
   */
  static final String[] SERIES = {"#0072B2", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442", "#8C6D31", "#7F7F7F",
      "#332288"};

  private Colours() {}
}
