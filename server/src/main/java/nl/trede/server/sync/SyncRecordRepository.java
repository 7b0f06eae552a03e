package nl.trede.server.sync;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface SyncRecordRepository extends CrudRepository<SyncRecordRow, String> {

  List<SyncRecordRow> findByIdIn(java.util.Collection<String> ids);

  /** The live records of one type in a candidate's file, e.g. their placements. */
  @Query("""
      SELECT r.* FROM sync_record r
      WHERE r.tenant_id = :tenantId AND r.candidate_id = :candidateId AND r.type = :type AND r.deleted = FALSE""")
  List<SyncRecordRow> liveInFile(String tenantId, String candidateId, String type);

  /** Every live record of a type in a municipality, e.g. all candidates for a classification migration. */
  @Query("""
      SELECT r.* FROM sync_record r
      WHERE r.tenant_id = :tenantId AND r.type = :type AND r.deleted = FALSE ORDER BY r.id""")
  List<SyncRecordRow> liveOfType(String tenantId, String type);
}
