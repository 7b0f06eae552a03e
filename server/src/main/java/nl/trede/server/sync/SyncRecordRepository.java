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

  /** A caseload role: its own candidates' files, and everything outside any file. */
  @Query("""
      SELECT r.* FROM sync_record r
      WHERE r.tenant_id = :tenantId AND r.seq > :afterSeq
        AND (r.candidate_id IS NULL
             OR r.candidate_id IN (SELECT c.candidate_id FROM caseload c WHERE c.user_id = :userId))
      ORDER BY r.seq LIMIT :limit""")
  List<SyncRecordRow> pullCaseload(String tenantId, long afterSeq, String userId, int limit);

  /**
   * The history a device missed for candidates that joined its user's caseload (granted at a
   * sequence number in (grantedAfter, grantedUpTo]): their records up to the device's position.
   * Later records reach it through the ordinary pull.
   */
  @Query("""
      SELECT r.* FROM sync_record r
      JOIN caseload c ON c.candidate_id = r.candidate_id AND c.user_id = :userId
      WHERE r.tenant_id = :tenantId AND c.since_seq > :grantedAfter AND c.since_seq <= :grantedUpTo
        AND r.seq > :afterSeq AND r.seq <= :upToSeq
      ORDER BY r.seq LIMIT :limit""")
  List<SyncRecordRow> backfill(String tenantId, String userId, long grantedAfter, long grantedUpTo,
      long afterSeq, long upToSeq, int limit);

  /** A jobhunter: employers, vacancies and employer contacts, no candidate files. */
  @Query("""
      SELECT r.* FROM sync_record r
      WHERE r.tenant_id = :tenantId AND r.seq > :afterSeq AND r.candidate_id IS NULL
      ORDER BY r.seq LIMIT :limit""")
  List<SyncRecordRow> pullOutsideFiles(String tenantId, long afterSeq, int limit);

  /** Office and admin: the whole municipality. */
  @Query("""
      SELECT r.* FROM sync_record r
      WHERE r.tenant_id = :tenantId AND r.seq > :afterSeq
      ORDER BY r.seq LIMIT :limit""")
  List<SyncRecordRow> pullTenant(String tenantId, long afterSeq, int limit);
}
