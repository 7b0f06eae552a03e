package nl.trede.server.accounts;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Role;

/** Who is calling: a user of one municipality, on one device. */
public record Caller(String userId, String tenantId, Role role, String deviceId) {
  /**
   * The server itself, writing what no device may: a municipality's configuration and the
   * classifications it migrates. Its changes travel through sync like any other, so devices and
   * the audit log see them.
   */
  public static final String SYSTEM_USER = java.util.UUID.nameUUIDFromBytes(
      "trede:system".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();

  public static Caller system(String tenantId) {
    return new Caller(SYSTEM_USER, tenantId, Role.ADMIN, SYSTEM_USER);
  }

  public boolean isSystem() {
    return SYSTEM_USER.equals(userId) && SYSTEM_USER.equals(deviceId);
  }

  Authentication toAuthentication() {
    return Authentication.build(userId, List.of(role.name()),
        Map.of("tenantId", tenantId, "role", role.name(), "deviceId", deviceId));
  }

  public static Caller of(Authentication authentication) {
    Map<String, Object> attributes = authentication.getAttributes();
    return new Caller(authentication.getName(), (String) attributes.get("tenantId"),
        Role.valueOf((String) attributes.get("role")), (String) attributes.get("deviceId"));
  }
}
