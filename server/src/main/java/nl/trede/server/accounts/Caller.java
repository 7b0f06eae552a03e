package nl.trede.server.accounts;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Role;

/** Who is calling: a user of one municipality, on one device. */
public record Caller(String userId, String tenantId, Role role, String deviceId) {

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
