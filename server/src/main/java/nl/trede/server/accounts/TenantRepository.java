package nl.trede.server.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.ANSI)
public interface TenantRepository extends CrudRepository<Tenant, String> {

  /** The tenant's last change number (sync.ChangeSequence reserves them under the tenant's row lock). */
  @Query("SELECT last_seq FROM tenant WHERE id = :tenantId")
  long lastSeq(String tenantId);
}
