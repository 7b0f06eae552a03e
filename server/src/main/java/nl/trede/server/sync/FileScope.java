package nl.trede.server.sync;

import java.util.List;
import nl.trede.domain.Role;
import nl.trede.server.jdbc.SqlCondition;

/**
 * Which candidate files a user reaches, as SQL: the one owner of the caseload scope that device
 * pulls ({@link PullQueries}), the console's pages and the figures ({@code kpi.KpiRecords}) all
 * apply, so none of them can mean something else by it. Office and admin reach their whole
 * municipality, a caseload role the files in its caseload (the {@code caseload} table, derived
 * from each candidate's case manager and coaches), a jobhunter no file at all. Records outside any
 * file (employers, vacancies, employer-only contacts) are the whole municipality's.
 *
 * <p>Every condition is ANDed into a query that already restricts the municipality.
 */
public record FileScope(Reach reach, String userId) {
  /** How far a user reaches into the municipality's candidate files. */
  public enum Reach { MUNICIPALITY, CASELOAD, NO_FILES }

  private static final SqlCondition EVERYTHING = new SqlCondition("1 = 1", List.of());
  private static final String CASELOAD = "(SELECT cl.candidate_id FROM caseload cl WHERE cl.user_id = ?)";

  public static FileScope of(Role role, String userId) {
    if (role.seesWholeMunicipality()) {
      return municipality();
    }
    return role.hasCaseload() ? caseloadOf(userId) : new FileScope(Reach.NO_FILES, null);
  }

  public static FileScope municipality() {
    return new FileScope(Reach.MUNICIPALITY, null);
  }

  public static FileScope caseloadOf(String userId) {
    return new FileScope(Reach.CASELOAD, userId);
  }

  /** Records this user reaches, by their candidate column: its files and what lies outside any file. */
  public SqlCondition records(String candidateColumn) {
    return switch (reach) {
      case MUNICIPALITY -> EVERYTHING;
      case CASELOAD -> new SqlCondition("(" + candidateColumn + " IS NULL OR " + candidateColumn + " IN " + CASELOAD + ")",
          List.of(userId));
      case NO_FILES -> new SqlCondition(candidateColumn + " IS NULL", List.of());
    };
  }

  /** Candidate files this user reaches, by a column that always names a candidate. */
  public SqlCondition files(String candidateColumn) {
    return switch (reach) {
      case MUNICIPALITY -> EVERYTHING;
      case CASELOAD -> new SqlCondition(candidateColumn + " IN " + CASELOAD, List.of(userId));
      case NO_FILES -> new SqlCondition("1 = 0", List.of());
    };
  }
}
