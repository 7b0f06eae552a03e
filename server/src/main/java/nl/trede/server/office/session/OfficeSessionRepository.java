package nl.trede.server.office.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface OfficeSessionRepository extends CrudRepository<OfficeSession, String> {

  /** A session not revoked, of an active user, with what every console request needs: one query. */
  @Query("""
      SELECT s.created_at AS created_at, s.last_seen_at AS last_seen_at, u.id AS user_id,
        u.tenant_id AS tenant_id, u.role AS role, u.display_name AS display_name, t.name AS tenant_name
      FROM office_session s JOIN app_user u ON u.id = s.user_id JOIN tenant t ON t.id = u.tenant_id
      WHERE s.token_hash = :tokenHash AND s.revoked_at IS NULL AND u.active = TRUE""")
  Optional<LiveSession> findLive(String tokenHash);

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
