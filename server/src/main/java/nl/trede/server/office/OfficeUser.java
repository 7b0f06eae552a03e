package nl.trede.server.office;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Role;
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.ServerDevices;
import nl.trede.server.sync.FileScope;

/**
 * Who is using the office console: a user of one municipality, logged in through the browser.
 *
 * @param csrf the token state-changing forms carry; derived from the session secret, so a page
 *     of another site cannot know it
 */
public record OfficeUser(String userId, String tenantId, Role role, String displayName,
    String tenantName, String csrf) {

  /** The console is for the office; field roles work in the app (DOMAIN §1). */
  public static final Set<Role> ROLES = java.util.Arrays.stream(Role.values()).filter(Role::usesOfficeConsole)
      .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

  /**
   * The id under which reads in the console are audited: the console as the channel of a read. The
   * console's changes go through sync under each user's own id ({@link #deviceId()}).
   */
  public static final UUID CONSOLE_DEVICE = ServerDevices.CONSOLE;

  static final String CHANNEL = "office-session";

  /**
   * What the user sees: the same scope their devices would pull (a case manager their caseload,
   * office and admin the municipality). Every console query goes through it, so no page can forget it.
   */
  public FileScope scope() {
    return FileScope.of(role, userId);
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  /**
   * The device id of this user's changes in the console: their own, so a colleague's change of the
   * same field in the console, on a phone or in another browser is a conflict (decision 0041).
   */
  public UUID deviceId() {
    return ServerDevices.console(userId);
  }

  /** The console acting through the sync service, as this user. */
  public Caller caller() {
    return new Caller(userId, tenantId, role, deviceId().toString());
  }

  public Authentication toAuthentication() {
    return Authentication.build(userId, List.of(role.name()), Map.of(
        "tenantId", tenantId, "role", role.name(), "deviceId", deviceId().toString(),
        "channel", CHANNEL, "displayName", displayName, "tenantName", tenantName, "csrf", csrf));
  }

  /**
   * The office user behind a request. A device's bearer token authenticates the same person but is
   * not a console login: it is refused here, so the console is reached only through its own login.
   */
  public static OfficeUser of(Authentication authentication) {
    Map<String, Object> a = authentication.getAttributes();
    if (!CHANNEL.equals(a.get("channel"))) {
      throw new AuthorizationException(authentication);
    }
    return new OfficeUser(authentication.getName(), (String) a.get("tenantId"),
        Role.valueOf((String) a.get("role")), (String) a.get("displayName"),
        (String) a.get("tenantName"), (String) a.get("csrf"));
  }
}
