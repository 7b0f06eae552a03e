package nl.trede.server.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface AuditEventRepository extends CrudRepository<AuditEvent, String> {
  List<AuditEvent> findByTenantIdOrderByAt(String tenantId);
}
