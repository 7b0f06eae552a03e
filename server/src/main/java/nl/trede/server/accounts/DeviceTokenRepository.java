package nl.trede.server.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
public interface DeviceTokenRepository extends CrudRepository<DeviceToken, String> {

  /**
   * A token with its user and device, revoked or not: one query per request (TokenCheck decides).
   */
  @Query("""
      SELECT u.id AS user_id, u.tenant_id AS tenant_id, u.role AS role, u.active AS active,
        t.device_id AS device_id, t.revoked_at AS revoked_at, t.revoked_reason AS revoked_reason,
        t.last_used_at AS last_used_at, t.created_at AS created_at, d.revoked_at AS device_revoked_at,
        d.app_version AS app_version
      FROM device_token t JOIN app_user u ON u.id = t.user_id
        LEFT JOIN device_binding d ON d.device_id = t.device_id
      WHERE t.token_hash = :tokenHash""")
  Optional<TokenAccess> findAccess(String tokenHash);

  /** Records a use: at most once per touch interval per token, never on every request. */
  @Query("UPDATE device_token SET last_used_at = :at WHERE token_hash = :tokenHash")
  void touch(String tokenHash, Instant at);

  /** Ends a token at logout (the reason is not one that makes the app wipe its store). */
  @Query("""
      UPDATE device_token SET revoked_at = :at, revoked_reason = :reason
      WHERE token_hash = :tokenHash AND revoked_at IS NULL""")
  void revoke(String tokenHash, Instant at, String reason);

  /** Ends every live token of a user, e.g. when they are deactivated. */
  @Query("""
      UPDATE device_token SET revoked_at = :at, revoked_reason = :reason
      WHERE user_id = :userId AND revoked_at IS NULL""")
  int revokeAllOfUser(String userId, Instant at, String reason);

  /** Ends every live token of one device. */
  @Query("""
      UPDATE device_token SET revoked_at = :at, revoked_reason = :reason
      WHERE device_id = :deviceId AND revoked_at IS NULL""")
  int revokeAllOfDevice(String deviceId, Instant at, String reason);

  /** A user's logins, oldest first. */
  List<DeviceToken> findByUserIdOrderByCreatedAt(String userId);

  /** The named logins of these devices, oldest first (so the latest name wins when read in turn). */
  List<DeviceToken> findByDeviceIdInAndDeviceNameIsNotNullOrderByCreatedAt(Collection<String> deviceIds);

  /** Every login of the municipality's users, revoked ones too: who a device belonged to. */
  @Query("""
      SELECT d.* FROM device_token d JOIN app_user u ON u.id = d.user_id WHERE u.tenant_id = :tenantId""")
  List<DeviceToken> loginsOfMunicipality(String tenantId);
}
