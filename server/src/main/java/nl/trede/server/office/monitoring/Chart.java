package nl.trede.server.office.monitoring;

import java.util.List;

/**
 * What a dashboard panel draws, in terms the browser hands to Chart.js (office.js): no styling
 * here beyond an optional colour per series.
 *
 * @param type Chart.js chart type: bar or line
 * @param horizontal bars run left to right (long category names such as employers)
 */
public record Chart(String type, List<String> labels, List<Series> series, boolean stacked,
    boolean horizontal, String valueTitle, String categoryTitle, boolean integers, Double max) {

  public Chart(String type, List<String> labels, List<Series> series, boolean stacked, boolean horizontal,
      String valueTitle, String categoryTitle, boolean integers) {
    this(type, labels, series, stacked, horizontal, valueTitle, categoryTitle, integers, null);
  }

  /**
   * One data set.
   *
   * @param colors one colour per bar (e.g. a target met or not); null for {@code color} everywhere
   * @param kind "bar" (or null) for the chart's own type; "target" for a mark per bar at the value
   *     (a KPI's target); "line" for a line over bars (a budget per month)
   */
  public record Series(String label, List<? extends Number> data, String color, List<String> colors, String kind) {
    public Series(String label, List<? extends Number> data, String color) {
      this(label, data, color, null, null);
    }

    public static Series target(String label, List<? extends Number> data) {
      return new Series(label, data, "#1d2a30", null, "target");
    }

    public static Series line(String label, List<? extends Number> data, String color) {
      return new Series(label, data, color, null, "line");
    }
  }

  public static Chart bars(List<String> labels, String valueTitle, Series... series) {
    return new Chart("bar", labels, List.of(series), false, false, valueTitle, null, true);
  }

  public Chart asStacked() {
    return new Chart(type, labels, series, true, horizontal, valueTitle, categoryTitle, integers, max);
  }

  public Chart asHorizontal() {
    return new Chart(type, labels, series, stacked, true, valueTitle, categoryTitle, integers, max);
  }

  public Chart withDecimals() {
    return new Chart(type, labels, series, stacked, horizontal, valueTitle, categoryTitle, false, max);
  }

  public Chart withCategoryTitle(String title) {
    return new Chart(type, labels, series, stacked, horizontal, valueTitle, title, integers, max);
  }

  /** The value axis ends here (a percentage at 100) instead of at the largest value. */
  public Chart withMax(double value) {
    return new Chart(type, labels, series, stacked, horizontal, valueTitle, categoryTitle, integers, value);
  }
}
