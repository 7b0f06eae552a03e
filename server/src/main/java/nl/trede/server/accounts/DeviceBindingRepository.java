package nl.trede.server.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface DeviceBindingRepository extends CrudRepository<DeviceBinding, String> {

  /** The app version a device reported, written only when it changed. */
  @Query("UPDATE device_binding SET app_version = :appVersion WHERE device_id = :deviceId")
  void reportVersion(String deviceId, String appVersion);

  /** Revokes a device of this user; 0 when it is not theirs or was revoked before. */
  @Query("""
      UPDATE device_binding SET revoked_at = :at, revoked_by = :by
      WHERE device_id = :deviceId AND user_id = :userId AND revoked_at IS NULL""")
  int revoke(String deviceId, String userId, Instant at, String by);

  List<DeviceBinding> findByUserIdOrderByBoundAt(String userId);
}
