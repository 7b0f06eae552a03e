package nl.trede.server.sync;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface SyncRecordRepository extends CrudRepository<SyncRecordRow, String> {

  List<SyncRecordRow> findByIdIn(java.util.Collection<String> ids);
}
