package nl.trede.server.office.export;

import java.io.IOException;
import java.util.List;

/**
 * Where an exported table goes, row by row, so a long visit log is written as it is read instead
 * of being held in memory whole. Cells are String, Number, LocalDate, Instant, Boolean or null.
 */
public interface TableSink {
  void header(List<Column> columns) throws IOException;

  void row(List<?> cells) throws IOException;

  void finish() throws IOException;
}
