package nl.trede.server.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * The device ids the server writes under itself. Field stamps carry the device id of each change
 * and the conflict rule takes two changes from one device as one person's, so a login that took
 * one of these could overwrite an office resolution silently and have it shown as the console's
 * (issue 12): {@link AccountService#login} refuses them, as it refuses another user's device.
 *
 * <p>Every id the server derives is name-based (a version 3 UUID), while an app makes its own as
 * a version 7 UUID: so a login under any version 3 id is refused, also under a console id of a user
 * who has not used the console yet (decision 0041).
 */
public final class ServerDevices {
  /**
   * The office console's one id before each console user had their own (decision 0041): stamps and
   * read-audit rows that carry it were made in the console. Reads in the console are still recorded
   * under it: it marks the console as the channel of a read.
   */
  public static final UUID CONSOLE = named("trede:office-console");
  /** The server itself: installed configurations and the classifications they migrate. */
  public static final UUID SYSTEM = UUID.fromString(Caller.SYSTEM_USER);
  /** The demo's field work, loaded through sync at first start. */
  public static final UUID DEMO = named("trede-demo:device");
  /** A second demo device, for the demo's conflicts: a device never conflicts with itself. */
  public static final UUID DEMO_OTHER = named("trede-demo:other-device");

  private static final Set<UUID> ALL = Set.of(CONSOLE, SYSTEM, DEMO, DEMO_OTHER);
  private static final int NAME_BASED = 3;

  private ServerDevices() {}

  /**
   * The device id of one user's changes in the office console. One per user, not one for the
   * console: two office users changing the same field of a file is a conflict like two phones
   * doing so, never a silent overwrite (decision 0041).
   */
  public static UUID console(String userId) {
    return named("trede:office-console:" + userId);
  }

  public static boolean isServers(UUID deviceId) {
    return ALL.contains(deviceId) || deviceId.version() == NAME_BASED;
  }

  private static UUID named(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
