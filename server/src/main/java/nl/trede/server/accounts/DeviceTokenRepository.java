package nl.trede.server.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
public interface DeviceTokenRepository extends CrudRepository<DeviceToken, String> {

  /** The user of a token that is not revoked, if the user is active: one query per request. */
  @Query("""
      SELECT u.id AS user_id, u.tenant_id AS tenant_id, u.role AS role, t.device_id AS device_id
      FROM device_token t JOIN app_user u ON u.id = t.user_id
      WHERE t.token_hash = :tokenHash AND t.revoked_at IS NULL AND u.active = TRUE""")
  Optional<TokenOwner> findOwner(String tokenHash);

  /** The named logins of these devices, oldest first (so the latest name wins when read in turn). */
  List<DeviceToken> findByDeviceIdInAndDeviceNameIsNotNullOrderByCreatedAt(Collection<String> deviceIds);

  /** Every login of the municipality's users, revoked ones too: who a device belonged to. */
  @Query("""
      SELECT d.* FROM device_token d JOIN app_user u ON u.id = d.user_id WHERE u.tenant_id = :tenantId""")
  List<DeviceToken> loginsOfMunicipality(String tenantId);
}
