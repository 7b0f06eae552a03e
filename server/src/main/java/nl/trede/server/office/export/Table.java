package nl.trede.server.office.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.trede.server.office.view.DisplayFormat;

/**
 * A table as a dashboard shows it and exports it: the same rows on screen, in CSV and in Excel.
 * Cells are String, Number, LocalDate, Instant, Boolean, {@link Link} or null.
 */
public record Table(List<Column> columns, List<Row> rows) {

  /** @param tone a CSS class for the row on screen: "" or e.g. "total", "overdue" */
  public record Row(List<?> cells, String tone) {
    public static Row of(Object... cells) {
      return new Row(java.util.Arrays.asList(cells), "");
    }

    public Row tone(String css) {
      return new Row(cells, css);
    }
  }

  /** Text that links to a console page on screen and is plain text in an export. */
  public record Link(String text, String href) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** A value shown with a CSS class on screen (e.g. a heat tint), exported as the plain value. */
  public record Tinted(Object value, String css) {}

  /** A cell as the page shows it. */
  public record Shown(String text, String href, String css) {}

  public record ShownRow(List<Shown> cells, String tone) {}

  /** Where a candidate's file opens in the console; a link there names that file. */
  public static final String CANDIDATE_PAGE = "/office/kandidaten/";

  /** The candidate files the table names, by its links to their pages (for the read audit). */
  public List<String> candidateFiles() {
    List<String> files = new ArrayList<>();
    for (Row row : rows) {
      for (Object cell : row.cells()) {
        if (cell instanceof Link link && link.href() != null && link.href().startsWith(CANDIDATE_PAGE)) {
          files.add(link.href().substring(CANDIDATE_PAGE.length()));
        }
      }
    }
    return files;
  }

  public List<ShownRow> displayRows() {
    List<ShownRow> shown = new ArrayList<>(rows.size());
    for (Row row : rows) {
      List<Shown> cells = new ArrayList<>(row.cells().size());
      for (Object cell : row.cells()) {
        if (cell instanceof Link link) {
          cells.add(new Shown(link.text(), link.href(), ""));
        } else if (cell instanceof Tinted tinted) {
          cells.add(new Shown(display(tinted.value()), null, tinted.css()));
        } else {
          cells.add(new Shown(display(cell), null, ""));
        }
      }
      shown.add(new ShownRow(cells, row.tone()));
    }
    return shown;
  }

  public int write(TableSink sink) throws IOException {
    sink.header(columns);
    for (Row row : rows) {
      List<Object> cells = new ArrayList<>(row.cells().size());
      for (Object cell : row.cells()) {
        cells.add(cell instanceof Link link ? link.text() : cell instanceof Tinted tinted ? tinted.value() : cell);
      }
      sink.row(cells);
    }
    return rows.size();
  }

  static String display(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal d) {
      return DisplayFormat.INSTANCE.number(d, 2);
    }
    if (cell instanceof Double d) {
      return Double.isNaN(d) ? "–" : DisplayFormat.INSTANCE.number(d, 1);
    }
    if (cell instanceof Number n) {
      return DisplayFormat.INSTANCE.number(n.longValue());
    }
    if (cell instanceof LocalDate d) {
      return DisplayFormat.INSTANCE.date(d);
    }
    if (cell instanceof Instant t) {
      return DisplayFormat.INSTANCE.dateTime(t);
    }
    if (cell instanceof Boolean b) {
      return b ? "ja" : "nee";
    }
    return cell.toString();
  }
}
