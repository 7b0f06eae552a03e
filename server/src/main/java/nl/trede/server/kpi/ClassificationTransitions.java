package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Candidate;

/**
 * Movement within the file (doorstroom, 003 §1B): a transition matrix of one classification
 * dimension — Dalfsen's category, Overbetuwe's track — between date A (rows) and date B
 * (columns), from the versions of each candidate record. Definitions in docs/kpis.md.
 *
 * <ul>
 *   <li>Population: files in the file on A or opened after A up to B: opened on or before B (or from
 *       before Trede) and not closed on or before A.</li>
 *   <li>Value on a date: the classification as it was at the end of that day
 *       ({@link CandidateFile#candidateOn}): the version the server had received by then.</li>
 *   <li>Rows: each value, "not yet classified", "to review" (a value the scheme no longer knows) and
 *       "new in the file" (opened after A). Columns: each value, "not yet classified", "to review"
 *       and "left the file" (closed after A, on or before B).</li>
 * </ul>
 */
public final class ClassificationTransitions {
  /** Not yet classified on that date. */
  public static final String NONE = "_none";
  /** A value the current scheme no longer has (te herzien). */
  public static final String REVIEW = "_review";
  /** Row only: the file was opened after date A. */
  public static final String NEW = "_new";
  /** Column only: the file was closed after date A, on or before date B. */
  public static final String EXITED = "_exited";

  private ClassificationTransitions() {}

  /** One candidate who moved from one value to another. */
  public record Move(UUID candidateId, String name, String from, String to) {}

  /**
   * @param rows the row states, in order: values, {@link #NONE}, {@link #REVIEW}, {@link #NEW}
   * @param columns the column states: values, {@link #NONE}, {@link #REVIEW}, {@link #EXITED}
   * @param matrix {@code matrix[row][column]}
   * @param stayed a value on both dates, the same
   * @param moved a value on both dates, another one on B
   * @param firstClassified not classified on A, a value on B
   */
  public record Result(LocalDate from, LocalDate to, String dimension, List<String> rows, List<String> columns,
      int[][] matrix, int population, int stayed, int moved, int firstClassified, int newInFile, int exited,
      List<Move> moves) {

    public int cell(String row, String column) {
      int r = rows.indexOf(row);
      int c = columns.indexOf(column);
      return r < 0 || c < 0 ? 0 : matrix[r][c];
    }

    public int rowTotal(String row) {
      int r = rows.indexOf(row);
      int total = 0;
      for (int n : matrix[r]) {
        total += n;
      }
      return total;
    }

    public int columnTotal(String column) {
      int c = columns.indexOf(column);
      int total = 0;
      for (int[] row : matrix) {
        total += row[c];
      }
      return total;
    }
  }

  public static Result compute(Collection<CandidateFile> files, Dimension dimension, LocalDate from, LocalDate to) {
    List<String> values = dimension.values().stream().map(DimensionValue::key).toList();
    List<String> rows = new ArrayList<>(values);
    rows.addAll(List.of(NONE, REVIEW, NEW));
    List<String> columns = new ArrayList<>(values);
    columns.addAll(List.of(NONE, REVIEW, EXITED));
    int[][] matrix = new int[rows.size()][columns.size()];
    int population = 0;
    int stayed = 0;
    int moved = 0;
    int first = 0;
    int opened = 0;
    int closed = 0;
    List<Move> moves = new ArrayList<>();
    for (CandidateFile file : files) {
      Candidate current = file.candidate();
      LocalDate inflow = current.inflow() == null ? null : current.inflow().date();
      LocalDate exit = current.exit() == null ? null : current.exit().date();
      if ((inflow != null && inflow.isAfter(to)) || (exit != null && !exit.isAfter(from))) {
        continue;
      }
      population++;
      String a = inflow != null && inflow.isAfter(from) ? NEW : state(dimension, file.candidateOn(from));
      String b = exit != null && !exit.isAfter(to) ? EXITED : state(dimension, file.candidateOn(to));
      matrix[rows.indexOf(a)][columns.indexOf(b)]++;
      boolean valueOnA = values.contains(a);
      boolean valueOnB = values.contains(b);
      if (valueOnA && valueOnB) {
        if (a.equals(b)) {
          stayed++;
        } else {
          moved++;
          moves.add(new Move(current.id(), current.displayName(), a, b));
        }
      } else if (a.equals(NONE) && valueOnB) {
        first++;
      }
      opened += a.equals(NEW) ? 1 : 0;
      closed += b.equals(EXITED) ? 1 : 0;
    }
    moves.sort(Comparator.comparing((Move m) -> values.indexOf(m.from())).thenComparing(m -> values.indexOf(m.to()))
        .thenComparing(Move::name));
    return new Result(from, to, dimension.key(), List.copyOf(rows), List.copyOf(columns), matrix, population,
        stayed, moved, first, opened, closed, moves);
  }

  private static String state(Dimension dimension, Candidate candidate) {
    String value = candidate.classification().get(dimension.key());
    if (value == null) {
      return NONE;
    }
    return dimension.value(value).isPresent() ? value : REVIEW;
  }
}
