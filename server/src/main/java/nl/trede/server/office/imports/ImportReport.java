package nl.trede.server.office.imports;

import java.util.List;
import nl.trede.domain.candidate.Candidate;

/**
 * What a check of an uploaded file found, before anything is written: the files it would create,
 * the rows already imported earlier (skipped: an import changes nothing twice), and every problem
 * by row and column.
 *
 * @param rows the data rows read (blank rows not counted)
 */
record ImportReport(int rows, List<Planned> planned, List<Skipped> skipped, List<Problem> problems) {

  /** A row that becomes a new file; {@code row} is its row number in the file (the header is 1). */
  record Planned(int row, String number, Candidate candidate) {}

  /** A row whose file number was imported before. */
  record Skipped(int row, String number) {}

  /**
   * One broken rule.
   *
   * @param row the row in the file (1 for the header), 0 for the file as a whole
   * @param column the column's header, or empty for the file or a whole row
   * @param value what the cell held, as read
   * @param rule the rule's code (as the API names it: {@code required}, {@code date-format} …)
   * @param message the rule in Dutch, for the person who fixes the file
   */
  record Problem(int row, String column, String value, String rule, String message) {}

  static ImportReport unreadable(Problem problem) {
    return new ImportReport(0, List.of(), List.of(), List.of(problem));
  }

  boolean clean() {
    return problems.isEmpty();
  }
}
