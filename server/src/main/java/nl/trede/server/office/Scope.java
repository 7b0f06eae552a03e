package nl.trede.server.office;

import java.util.List;

/**
 * What part of the municipality a console user sees, as SQL: office and admin all of it, a case
 * manager the files of the candidates in their caseload (and what lies outside any file, as their
 * devices do). Every console query goes through here, so no page can forget it.
 */
public final class Scope {
  private Scope() {}

  /**
   * A condition on a candidate id column ({@code column} may be null for records outside any
   * file) with its parameters, to AND into a query that already restricts the tenant.
   */
  public static Condition files(OfficeUser user, String column) {
    if (!user.limitedToCaseload()) {
      return new Condition("1 = 1", List.of());
    }
    return new Condition("(" + column + " IS NULL OR " + column
        + " IN (SELECT cl.candidate_id FROM caseload cl WHERE cl.user_id = ?))", List.of(user.userId()));
  }

  /** Like {@link #files}, for a column that always names a candidate (a candidate list). */
  public static Condition candidates(OfficeUser user, String column) {
    if (!user.limitedToCaseload()) {
      return new Condition("1 = 1", List.of());
    }
    return new Condition(column + " IN (SELECT cl.candidate_id FROM caseload cl WHERE cl.user_id = ?)",
        List.of(user.userId()));
  }

  public record Condition(String sql, List<Object> parameters) {}
}
