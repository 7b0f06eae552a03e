package nl.trede.server.office.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import nl.trede.domain.Json;
import nl.trede.server.office.export.Table;

/**
 * The building block of every dashboard: headline figures, a chart, the table behind them, and
 * that table's CSV and Excel export. A new dashboard is a list of these.
 *
 * @param id unique within its dashboard; names the export (?panel=id)
 * @param chart null for a panel that is only a table
 * @param note what to keep in mind when reading the figures (e.g. a rule's consequence)
 */
public record Panel(String id, String title, String explanation, List<Figure> figures, Chart chart,
    Table table, String note) {

  public Panel {
    figures = figures == null ? List.of() : List.copyOf(figures);
  }

  /** The chart for the browser, as JSON in a data attribute (no inline script: see OfficeFilter). */
  public String chartJson() {
    if (chart == null) {
      return null;
    }
    try {
      return Json.MAPPER.writeValueAsString(new ChartJson(chart.type(), chart.labels(),
          chart.series().stream().map(s -> new DatasetJson(s.label(), s.data(), s.color(), s.colors(), s.kind()))
              .toList(),
          chart.stacked(), chart.horizontal(), chart.valueTitle(), chart.categoryTitle(), chart.integers(),
          chart.max()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private record ChartJson(String type, List<String> labels, List<DatasetJson> datasets, boolean stacked,
      boolean horizontal, String valueTitle, String categoryTitle, boolean integers, Double max) {}

  private record DatasetJson(String label, List<? extends Number> data, String color, List<String> colors,
      String kind) {}
}
