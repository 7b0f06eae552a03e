package nl.trede.server.office.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.ANSI)
interface OfficeSessionRepository extends CrudRepository<OfficeSession, String> {

  @Query("UPDATE office_session SET last_seen_at = :at WHERE token_hash = :tokenHash AND revoked_at IS NULL")
  void touch(String tokenHash, Instant at);

  @Query("UPDATE office_session SET revoked_at = :at WHERE token_hash = :tokenHash AND revoked_at IS NULL")
  void revoke(String tokenHash, Instant at);

  /** Sessions of a user that can no longer be used; cleared at that user's next login. */
  @Query("""
      DELETE FROM office_session WHERE user_id = :userId
        AND (revoked_at IS NOT NULL OR last_seen_at < :idleBefore OR created_at < :createdBefore)""")
  void deleteEnded(String userId, Instant idleBefore, Instant createdBefore);
}
