package nl.trede.server.sync;

import jakarta.inject.Singleton;
import java.util.List;
import nl.trede.server.accounts.TenantRepository;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;

/**
 * A municipality's change sequence: every stored change gets the next number, and pulls read
 * changes in that order (DESIGN §3). The counter is a column of the tenant's row, so taking it is
 * also the tenant's write lock.
 */
@Singleton
class ChangeSequence {
  private final QueryRunner queries;
  private final TenantRepository tenants;

  ChangeSequence(QueryRunner queries, TenantRepository tenants) {
    this.queries = queries;
    this.tenants = tenants;
  }

  /**
   * Takes the tenant's sequence lock and reserves {@code count} numbers, in one statement; returns
   * the first. Call it as the first statement of the writing transaction: the UPDATE locks the
   * tenant row until the transaction ends, so one tenant's writers take turns and a number becomes
   * visible only after every smaller one has committed: a pull can never skip a change (DESIGN §3,
   * the PostgreSQL pitfall). Numbers a push does not use (refused mutations) stay gaps; pulls only
   * need numbers to grow.
   */
  long reserve(String tenantId, int count) {
    List<Long> last = queries.list(new SqlQuery(
        "UPDATE tenant SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq", (long) count, tenantId),
        rs -> rs.getLong(1));
    if (last.isEmpty()) {
      throw new IllegalStateException("no tenant " + tenantId);
    }
    return last.get(0) - count + 1;
  }

  /** The last number handed out; a change committed after this read has a larger one. */
  long last(String tenantId) {
    return tenants.lastSeq(tenantId);
  }
}
