package nl.trede.server.accounts.twofactor;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.ANSI)
interface RecoveryCodeRepository extends CrudRepository<RecoveryCode, String> {

  /** Uses a code once: 1 when it was this user's and unused, else 0. */
  @Query("UPDATE recovery_code SET used_at = :at WHERE code_hash = :codeHash AND user_id = :userId AND used_at IS NULL")
  long use(String codeHash, String userId, Instant at);

  long countByUserIdAndUsedAtIsNull(String userId);

  @Query("DELETE FROM recovery_code WHERE user_id = :userId")
  void deleteForUser(String userId);
}
