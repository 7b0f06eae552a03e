package nl.trede.server.office.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * An uploaded file as a header and rows of text: an Excel workbook (its first sheet) or a CSV as
 * Dutch Excel saves it (';', UTF-8 with or without a byte-order mark, or Windows-1252) or as others
 * do (','). Row numbers are the file's own, the header being row 1, so a problem names the row the
 * person sees in Excel.
 */
final class ImportTable {
  /** Far more than a municipality's caseload (Dalfsen's is about 360), and a bound on the work. */
  static final int MAX_ROWS = 5_000;
  private static final int MAX_CELL = 4_000;

  /** One row of cells as text, with its row number in the file. */
  record Line(int number, List<String> cells) {
    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean blank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  record Table(List<String> headers, List<Line> lines) {}

  /** The file cannot be read as a table at all; {@code rule} says why. */
  static final class Unreadable extends Exception {
    private final String rule;

    Unreadable(String rule) {
      super(rule);
      this.rule = rule;
    }

    String rule() {
      return rule;
    }
  }

  private ImportTable() {}

  static Table read(byte[] bytes) throws Unreadable {
    if (bytes == null || bytes.length == 0) {
      throw new Unreadable("empty-file");
    }
    List<List<String>> raw = ReadableWorkbook.isOOXMLZipHeader(bytes) ? xlsx(bytes) : csv(text(bytes));
    int first = 0;
    while (first < raw.size() && raw.get(first).stream().allMatch(String::isBlank)) {
      first++;
    }
    if (first == raw.size()) {
      throw new Unreadable("empty-file");
    }
    List<String> headers = raw.get(first).stream().map(String::strip).toList();
    List<Line> lines = new ArrayList<>();
    for (int i = first + 1; i < raw.size(); i++) {
      Line line = new Line(i + 1, raw.get(i));
      if (!line.blank()) {
        lines.add(line);
      }
    }
    if (lines.size() > MAX_ROWS) {
      throw new Unreadable("too-many-rows");
    }
    return new Table(headers, lines);
  }

  private static List<List<String>> xlsx(byte[] bytes) throws Unreadable {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
         Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      List<List<String>> out = new ArrayList<>();
      for (Row row : (Iterable<Row>) rows::iterator) {
        // Rows numbered as Excel shows them; missing rows stay empty lines.
        while (out.size() < row.getRowNum() - 1) {
          out.add(List.of());
        }
        if (out.size() > MAX_ROWS + 1) {
          throw new Unreadable("too-many-rows");
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
          cells.add(row.getOptionalCell(c).map(ImportTable::cellText).orElse(""));
        }
        out.add(cells);
      }
      return out;
    } catch (IOException | RuntimeException e) {
      throw new Unreadable("file-format");
    }
  }

  /**
   * A cell as the person typed it: a date cell as an ISO date, a number without a trailing ".0",
   * a boolean as ja/nee, text as it is.
   */
  private static String cellText(Cell cell) {
    CellType type = cell.getType();
    if (type == CellType.NUMBER) {
      String format = cell.getDataFormatString();
      if (format != null && isDateFormat(format)) {
        return cell.asDate().toLocalDate().toString();
      }
      BigDecimal number = cell.asNumber();
      return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
    if (type == CellType.BOOLEAN) {
      return Boolean.TRUE.equals(cell.asBoolean()) ? "ja" : "nee";
    }
    if (type == CellType.EMPTY || type == CellType.ERROR) {
      return "";
    }
    return limit(cell.getText());
  }

  private static boolean isDateFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
    return f.contains("d") && f.contains("y") || f.contains("mmm") || f.contains("yy");
  }

  private static String text(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
    } catch (CharacterCodingException notUtf8) {
      // An older Excel saves "CSV (gescheiden door lijstscheidingsteken)" in the Windows code page.
      return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
    }
  }

  /**
   * RFC 4180 with the separator Dutch Excel uses: ';' when the first line has one, else ',' or tab.
   * Quoted fields may hold separators, quotes ("") and line breaks.
   */
  static List<List<String>> csv(String text) throws Unreadable {
    String firstLine = text.lines().findFirst().orElse("");
    char separator = firstLine.indexOf(';') >= 0 ? ';' : firstLine.indexOf('\t') >= 0 ? '\t' : ',';
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == separator) {
        row.add(limit(field.toString()));
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(limit(field.toString()));
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        if (rows.size() > MAX_ROWS + 1) {
          throw new Unreadable("too-many-rows");
        }
      } else {
        field.append(c);
      }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
      row.add(limit(field.toString()));
      rows.add(row);
    }
    return rows;
  }

  /** Longer than any field may be: cut, and the field's own rule then names the column. */
  private static String limit(String value) {
    return value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value;
  }
}
