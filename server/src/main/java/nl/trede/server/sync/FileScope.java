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
 * <p>A device pulls besides its reach the referrals sent to its user's team ({@link #pulled}): a
 * team in Trede is the users of one role, and each of them may answer a referral before the file
 * is theirs (sync-protocol.md, "Referrals").
 *
 * <p>Every condition is ANDed into a query that already restricts the municipality.
 *
 * @param role the user's role, for the referrals to their team; {@code null} where that does not matter
 */
public record FileScope(Reach reach, String userId, Role role) {
  /** How far a user reaches into the municipality's candidate files. */
  public enum Reach { MUNICIPALITY, CASELOAD, NO_FILES }

  private static final SqlCondition EVERYTHING = new SqlCondition("1 = 1", List.of());
  private static final String CASELOAD = "(SELECT cl.candidate_id FROM caseload cl WHERE cl.user_id = ?)";
  private static final String TO_THE_TEAM = "(SELECT ra.referral_id FROM referral_addressee ra WHERE ra.team_role = ?)";

  public static FileScope of(Role role, String userId) {
    if (role.seesWholeMunicipality()) {
      return new FileScope(Reach.MUNICIPALITY, null, role);
    }
    return new FileScope(role.hasCaseload() ? Reach.CASELOAD : Reach.NO_FILES, role.hasCaseload() ? userId : null,
        role);
  }

  public static FileScope municipality() {
    return new FileScope(Reach.MUNICIPALITY, null, null);
  }

  public static FileScope caseloadOf(String userId) {
    return new FileScope(Reach.CASELOAD, userId, null);
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

  /**
   * What a device of this user pulls, by the alias of {@code sync_record}: the records it reaches,
   * and the referrals sent to its user's team.
   */
  public SqlCondition pulled(String alias) {
    SqlCondition reached = records(alias + ".candidate_id");
    if (reach != Reach.CASELOAD || role == null) {
      return reached;
    }
    List<Object> parameters = new java.util.ArrayList<>(reached.parameters());
    parameters.add(role.name());
    return new SqlCondition("(" + reached.sql() + " OR " + alias + ".id IN " + TO_THE_TEAM + ")", parameters);
  }
}
