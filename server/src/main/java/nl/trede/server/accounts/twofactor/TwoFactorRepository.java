package nl.trede.server.accounts.twofactor;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/**
 * A code is spent by one conditional UPDATE: of two server instances given the same code at the
 * same moment, exactly one changes the row, and only that one accepts it.
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface TwoFactorRepository extends CrudRepository<TwoFactorSettings, String> {

  @Query("""
      UPDATE two_factor SET last_used_step = :step
      WHERE user_id = :userId AND secret IS NOT NULL AND last_used_step < :step""")
  long spend(String userId, long step);

  @Query("""
      UPDATE two_factor SET secret = pending_secret, confirmed_at = :at, pending_secret = NULL,
        pending_created_at = NULL, last_used_step = :step
      WHERE user_id = :userId AND pending_secret = :pendingSecret AND last_used_step < :step""")
  long confirm(String userId, String pendingSecret, long step, Instant at);

  /** The user's row, made once; two instances making it at once leave one. */
  @Query("INSERT INTO two_factor (user_id, last_used_step) VALUES (:userId, -1) ON CONFLICT (user_id) DO NOTHING")
  void createIfAbsent(String userId);

  @Query("UPDATE two_factor SET pending_secret = :secret, pending_created_at = :at WHERE user_id = :userId")
  void offer(String userId, String secret, Instant at);
}
