package nl.trede.server.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import nl.trede.domain.Role;

/**
 * A person with an account in one municipality.
 *
 * @param active false after an admin deactivated the account: it logs in nowhere, and every token
 *     it had is revoked
 * @param passwordChangeRequired the password was set by an admin (a new account or a reset): the
 *     user chooses their own at the next login, before anything opens
 * @param workPhone the number colleagues call them on at work (a jobhunter, for a warm handover);
 *     an employee's work number, not a client's personal data, still never logged; null when not known
 */
@MappedEntity("app_user")
public record User(
    @Id String id,
    String tenantId,
    String username,
    String displayName,
    Role role,
    String passwordHash,
    boolean active,
    Instant createdAt,
    boolean passwordChangeRequired,
    @Nullable String workPhone) {

  /** The same user with another password hash, and whether they must choose a new one at login. */
  public User withPassword(String hash, boolean changeRequired) {
    return new User(id, tenantId, username, displayName, role, hash, active, createdAt, changeRequired, workPhone);
  }

  public User withActive(boolean isActive) {
    return new User(id, tenantId, username, displayName, role, passwordHash, isActive, createdAt,
        passwordChangeRequired, workPhone);
  }

  public User withWorkPhone(String phone) {
    return new User(id, tenantId, username, displayName, role, passwordHash, active, createdAt,
        passwordChangeRequired, phone);
  }
}
