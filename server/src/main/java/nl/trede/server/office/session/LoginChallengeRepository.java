package nl.trede.server.office.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.ANSI)
interface LoginChallengeRepository extends CrudRepository<LoginChallenge, String> {

  /** Counts one try; 0 when the tries are used up or the challenge is spent (on any instance). */
  @Query("""
      UPDATE login_challenge SET attempts = attempts + 1
      WHERE token_hash = :tokenHash AND used_at IS NULL AND attempts < :maxAttempts""")
  long countAttempt(String tokenHash, int maxAttempts);

  /** Spends the challenge: 1 for the one request that completes the login, 0 for any other. */
  @Query("UPDATE login_challenge SET used_at = :at WHERE token_hash = :tokenHash AND used_at IS NULL")
  long spend(String tokenHash, Instant at);

  /** Challenges of a user that can no longer be used; cleared when that user starts another. */
  @Query("DELETE FROM login_challenge WHERE user_id = :userId AND (used_at IS NOT NULL OR created_at < :before)")
  void deleteEnded(String userId, Instant before);
}
