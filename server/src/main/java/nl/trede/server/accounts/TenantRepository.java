package nl.trede.server.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.ANSI)
public interface TenantRepository extends CrudRepository<Tenant, String> {

  /**
   * Takes the next change sequence number. The UPDATE locks the tenant row until the transaction
   * ends, so one tenant's writers take turns and a number becomes visible only after every
   * smaller one has committed: a pull can never skip a change (DESIGN §3, the PostgreSQL pitfall).
   */
  @Query("UPDATE tenant SET last_seq = last_seq + 1 WHERE id = :tenantId")
  void incrementSeq(String tenantId);

  @Query("UPDATE tenant SET last_seq = :seq WHERE id = :tenantId")
  void setSeq(String tenantId, long seq);

  @Query("SELECT last_seq FROM tenant WHERE id = :tenantId")
  long lastSeq(String tenantId);

  default long nextSeq(String tenantId) {
    incrementSeq(tenantId);
    return lastSeq(tenantId);
  }
}
