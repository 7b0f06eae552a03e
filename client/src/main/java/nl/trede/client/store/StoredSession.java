package nl.trede.client.store;

import java.util.UUID;
import nl.trede.domain.Role;

/**
 * The user this store belongs to, as the server described them at the last online login, and the
 * device token. Kept inside the encrypted store, so it is readable only with the password.
 *
 * @param token {@code null} after the server declared it invalid: sync waits for a new login
 */
public record StoredSession(
    String serverUrl,
    String username,
    UUID userId,
    String displayName,
    Role role,
    String tenantId,
    String tenantName,
    String token) {

  public StoredSession withToken(String newToken) {
    return new StoredSession(serverUrl, username, userId, displayName, role, tenantId, tenantName, newToken);
  }
}
