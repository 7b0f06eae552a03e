package nl.trede.server.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * The device ids the server writes under itself. Field stamps carry the device id of each change
 * and the conflict rule takes two changes from one device as one person's, so a login that took
 * one of these could overwrite an office resolution silently and have it shown as the console's
 * (issue 12): {@link AccountService#login} refuses them, as it refuses another user's device.
 */
public final class ServerDevices {
  /** The office console's changes (conflict resolutions), whoever makes them there. */
  public static final UUID CONSOLE = named("trede:office-console");
  /** The server itself: installed configurations and the classifications they migrate. */
  public static final UUID SYSTEM = UUID.fromString(Caller.SYSTEM_USER);
  /** The demo's field work, loaded through sync at first start. */
  public static final UUID DEMO = named("trede-demo:device");
  /** A second demo device, for the demo's conflicts: a device never conflicts with itself. */
  public static final UUID DEMO_OTHER = named("trede-demo:other-device");

  private static final Set<UUID> ALL = Set.of(CONSOLE, SYSTEM, DEMO, DEMO_OTHER);

  private ServerDevices() {}

  public static boolean isServers(UUID deviceId) {
    return ALL.contains(deviceId);
  }

  private static UUID named(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
