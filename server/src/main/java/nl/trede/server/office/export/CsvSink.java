package nl.trede.server.office.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.trede.server.office.view.DisplayFormat;

/**
 * CSV the way Dutch Excel opens it by double-click: Excel with Dutch regional settings expects ';'
 * between fields (',' is the decimal separator there) and reads a file without a byte-order mark
 * as ANSI, which garbles "é" and "ë"; so UTF-8 with a BOM, ';', decimal commas and dd-mm-yyyy dates.
 * Text that Excel would take for a formula (=, +, -, @) gets a leading apostrophe, so an exported
 * note cannot run anything on the reader's laptop (CSV injection).
 */
public final class CsvSink implements TableSink {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Writer out;

  public CsvSink(OutputStream out) throws IOException {
    out.write(BOM);
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  @Override
  public void header(List<Column> columns) throws IOException {
    line(columns.stream().map(Column::header).toList());
  }

  @Override
  public void row(List<?> cells) throws IOException {
    line(cells);
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  private void line(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(';');
      }
      out.write(field(cells.get(i)));
    }
    out.write("\r\n");
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? "ja" : "nee";
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString().replace('.', ',');
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',');
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    if (value instanceof LocalDate d) {
      return DisplayFormat.INSTANCE.date(d);
    }
    if (value instanceof Instant t) {
      return DisplayFormat.INSTANCE.dateTime(t);
    }
    return text(value.toString());
  }

  private static String text(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
