package nl.trede.server.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
public interface DeviceTokenRepository extends CrudRepository<DeviceToken, String> {

  /** The user of a token that is not revoked, if the user is active: one query per request. */
  @Query("""
      SELECT u.id AS user_id, u.tenant_id AS tenant_id, u.role AS role, t.device_id AS device_id
      FROM device_token t JOIN app_user u ON u.id = t.user_id
      WHERE t.token_hash = :tokenHash AND t.revoked_at IS NULL AND u.active = TRUE""")
  Optional<TokenOwner> findOwner(String tokenHash);
}
