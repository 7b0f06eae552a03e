package nl.trede.server.office.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.CsvSink;
import nl.trede.server.office.imports.ImportColumns.ImportColumn;
import nl.trede.server.office.view.OfficeText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The file to fill in: the columns' headers in the order the import reads best (any order is
 * read), as a CSV the way Dutch Excel opens it (decision 0021) or as a workbook whose second sheet
 * explains every column: required or not, what it holds, an example.
 */
final class ImportTemplate {
  private ImportTemplate() {}

  static byte[] csv(List<ImportColumn> columns) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      CsvSink sink = new CsvSink(bytes);
      sink.header(columns.stream().map(c -> Column.text(c.header())).toList());
      sink.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] xlsx(List<ImportColumn> columns, OfficeText text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "Trede", "1.0");
      Worksheet files = workbook.newWorksheet(text.get("import.template.sheet"));
      for (int c = 0; c < columns.size(); c++) {
        files.value(0, c, columns.get(c).header());
        files.style(0, c).bold().fillColor(columns.get(c).required() ? "FCE8B2" : "EEF2F4").set();
        files.width(c, Math.max(14, columns.get(c).header().length() + 4));
      }
      files.freezePane(0, 1);
      Worksheet help = workbook.newWorksheet(text.get("import.template.help-sheet"));
      String[] heads = {text.get("import.template.col.column"), text.get("import.template.col.required"),
          text.get("import.template.col.format"), text.get("import.template.col.example")};
      for (int c = 0; c < heads.length; c++) {
        help.value(0, c, heads[c]);
        help.style(0, c).bold().fillColor("EEF2F4").set();
      }
      for (int r = 0; r < columns.size(); r++) {
        ImportColumn column = columns.get(r);
        help.value(r + 1, 0, column.header());
        help.value(r + 1, 1, column.required() ? text.get("import.yes") : text.get("import.no"));
        help.value(r + 1, 2, column.format());
        help.value(r + 1, 3, column.example());
      }
      help.width(0, 28);
      help.width(1, 10);
      help.width(2, 90);
      help.width(3, 24);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
