package nl.trede.server.office.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.trede.server.office.view.DisplayFormat;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook of one sheet (fastexcel, decision 0021): numbers as numbers, dates as dates, so
 * a policy officer can sum and filter without converting; a bold frozen header with a filter.
 * Rows are flushed to the stream in blocks, so a large export does not sit in memory.
 */
public final class XlsxSink implements TableSink {
  private static final int FLUSH_EVERY = 1000;

  private final Workbook workbook;
  private final Worksheet sheet;
  private List<Column> columns;
  private int row;

  public XlsxSink(OutputStream out, String sheetName) {
    this.workbook = new Workbook(out, "Trede", "1.0");
    // Excel allows 31 characters and no []:*?/\ in a sheet name.
    String safe = sheetName.replaceAll("[\\[\\]:*?/\\\\]", " ");
    this.sheet = workbook.newWorksheet(safe.length() > 31 ? safe.substring(0, 31) : safe);
  }

  @Override
  public void header(List<Column> columns) {
    this.columns = columns;
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, columns.get(c).header());
      sheet.style(0, c).bold().fillColor("EEF2F4").set();
      sheet.width(c, switch (columns.get(c).type()) {
        case TEXT -> 24;
        case DATE -> 12;
        case DATE_TIME -> 17;
        default -> 12;
      });
    }
    sheet.freezePane(0, 1);
    row = 1;
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (int c = 0; c < cells.size(); c++) {
      Object value = cells.get(c);
      if (value == null) {
        continue;
      }
      if (value instanceof Boolean b) {
        sheet.value(row, c, b ? "ja" : "nee");
      } else if (value instanceof BigDecimal d) {
        sheet.value(row, c, d);
        sheet.style(row, c).format("#,##0.##").set();
      } else if (value instanceof Number n) {
        sheet.value(row, c, n);
        if (value instanceof Double) {
          sheet.style(row, c).format("#,##0.0").set();
        }
      } else if (value instanceof LocalDate d) {
        sheet.value(row, c, d);
        sheet.style(row, c).format("dd-mm-yyyy").set();
      } else if (value instanceof Instant t) {
        sheet.value(row, c, LocalDateTime.ofInstant(t, DisplayFormat.ZONE));
        sheet.style(row, c).format("dd-mm-yyyy hh:mm").set();
      } else {
        sheet.value(row, c, value.toString());
      }
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  @Override
  public void finish() throws IOException {
    if (columns != null && !columns.isEmpty()) {
      sheet.setAutoFilter(0, 0, Math.max(0, row - 1), columns.size() - 1);
    }
    workbook.finish();
  }
}
