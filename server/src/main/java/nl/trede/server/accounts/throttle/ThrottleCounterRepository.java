package nl.trede.server.accounts.throttle;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/**
 * The counters' statements. Every change is one UPDATE computed by the database, so two server
 * instances counting the same account at once never lose a failure.
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface ThrottleCounterRepository extends CrudRepository<ThrottleCounter, String> {

  /** The same SQL on SQLite (3.24+) and PostgreSQL; a row another instance just made is kept. */
  @Query("""
      INSERT INTO login_throttle (counter_key, failures, updated_at) VALUES (:key, 0, :at)
      ON CONFLICT (counter_key) DO NOTHING""")
  void createIfAbsent(String key, Instant at);

  /**
   * Takes the row's write lock for the rest of the transaction (PostgreSQL; SQLite locks the whole
   * file on the first write), so a burst of parallel attempts is judged one after the other.
   */
  @Query("UPDATE login_throttle SET updated_at = :at WHERE counter_key = :key")
  void lock(String key, Instant at);

  /** One more failure; a counter whose last failure is older than {@code forgetBefore} starts again. */
  @Query("""
      UPDATE login_throttle SET
        failures = CASE WHEN last_failure_at IS NULL OR last_failure_at < :forgetBefore THEN 1
                        ELSE failures + 1 END,
        last_failure_at = :at, updated_at = :at
      WHERE counter_key = :key""")
  void fail(String key, Instant at, Instant forgetBefore);

  /** Takes back one failure counted before the password was checked, which turned out right. */
  @Query("""
      UPDATE login_throttle SET failures = CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END,
        updated_at = :at
      WHERE counter_key = :key""")
  void forgiveOne(String key, Instant at);

  @Query("""
      UPDATE login_throttle SET failures = 0, last_failure_at = NULL, last_success_at = :at, updated_at = :at
      WHERE counter_key = :key""")
  void succeed(String key, Instant at);

  @Query("DELETE FROM login_throttle WHERE updated_at < :before")
  void deleteUntouchedSince(Instant before);
}
