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
    boolean horizontal, String valueTitle, String categoryTitle, boolean integers) {

  public record Series(String label, List<? extends Number> data, String color) {}

  public static Chart bars(List<String> labels, String valueTitle, Series... series) {
    return new Chart("bar", labels, List.of(series), false, false, valueTitle, null, true);
  }

  public Chart asStacked() {
    return new Chart(type, labels, series, true, horizontal, valueTitle, categoryTitle, integers);
  }

  public Chart asHorizontal() {
    return new Chart(type, labels, series, stacked, true, valueTitle, categoryTitle, integers);
  }

  public Chart withDecimals() {
    return new Chart(type, labels, series, stacked, horizontal, valueTitle, categoryTitle, false);
  }

  public Chart withCategoryTitle(String title) {
    return new Chart(type, labels, series, stacked, horizontal, valueTitle, title, integers);
  }

  public Chart asLine() {
    return new Chart("line", labels, series, stacked, horizontal, valueTitle, categoryTitle, integers);
  }
}
