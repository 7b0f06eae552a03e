package nl.trede.server.sync;

import jakarta.inject.Singleton;
import java.util.List;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;

/**
 * The page queries of a pull, in plain JDBC: a page is thousands of rows, and reading only the
 * columns a device receives, without mapping each row to an entity, is most of what serving it
 * costs. The SQL is the same on SQLite and PostgreSQL.
 */
@Singleton
class PullQueries {
  private static final String COLUMNS = "r.type, r.id, r.version, r.deleted, r.data, r.conflicts, r.seq, r.candidate_id";

  /**
   * A pulled row: what the device receives, its place in the change sequence, and the candidate
   * file it belongs to (for the read audit).
   */
  record Pulled(String type, String id, long version, boolean deleted, String data, String conflicts,
      long seq, String candidateId) {}

  private final QueryRunner queries;

  PullQueries(QueryRunner queries) {
    this.queries = queries;
  }

  /**
   * The changes after {@code afterSeq} in the user's scope: a caseload role its own candidates'
   * files, the referrals to its team and everything outside any file, a jobhunter only what is
   * outside any file, office and admin the whole municipality.
   */
  List<Pulled> page(String tenantId, long afterSeq, FileScope scope, int limit) {
    return pulled(new SqlQuery("SELECT " + COLUMNS + " FROM sync_record r WHERE r.tenant_id = ? AND r.seq > ?",
        tenantId, afterSeq).and(scope.pulled("r")).append("ORDER BY r.seq LIMIT ?", limit));
  }

  /**
   * The history a device missed for candidates that joined its user's caseload (granted at a
   * sequence number in (grantedAfter, grantedUpTo]): their records up to the device's position.
   * Later records reach it through the ordinary pull.
   */
  List<Pulled> backfill(String tenantId, String userId, long grantedAfter, long grantedUpTo, long afterSeq,
      long upToSeq, int limit) {
    return pulled(new SqlQuery("SELECT " + COLUMNS + """
         FROM sync_record r
        JOIN caseload c ON c.candidate_id = r.candidate_id AND c.user_id = ?
        WHERE r.tenant_id = ? AND c.since_seq > ? AND c.since_seq <= ?
          AND r.seq > ? AND r.seq <= ?
        ORDER BY r.seq LIMIT ?""", userId, tenantId, grantedAfter, grantedUpTo, afterSeq, upToSeq, limit));
  }

  private List<Pulled> pulled(SqlQuery sql) {
    return queries.list(sql, rs -> new Pulled(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8)));
  }
}
