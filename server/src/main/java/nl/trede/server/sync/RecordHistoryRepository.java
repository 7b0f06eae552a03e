package nl.trede.server.sync;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface RecordHistoryRepository extends CrudRepository<RecordHistory, RecordHistory.Key> {

  /** Every version of a municipality's records of one type, oldest first: how files moved. */
  @Query("""
      SELECT h.* FROM record_history h
      WHERE h.tenant_id = :tenantId AND h.type = :type
      ORDER BY h.record_id, h.version""")
  List<RecordHistory> ofType(String tenantId, String type);
}
