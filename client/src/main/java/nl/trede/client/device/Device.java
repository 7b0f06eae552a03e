package nl.trede.client.device;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The few device services the app needs, behind one small interface, so the app runs the same on
 * a phone (Gluon Attach) and on a desktop (plain Java) and tests need neither.
 */
public interface Device {
  /** The app's private folder on a phone; empty where the platform has none (desktop). */
  Optional<Path> privateStorage();

  /** Called when the app goes to the background: a chance to sync before the OS suspends it. */
  void onPause(Runnable action);

  /** Called when the app comes back to the foreground. */
  void onResume(Runnable action);

  /**
   * The platform's local notifications, where the app has an implementation for them; empty on a
   * desktop, where the app shows its reminders itself while it runs.
   */
  default Optional<Reminders> reminders() {
    return Optional.empty();
  }

  /**
   * Hands a link to the platform to open outside the app: {@code tel:} to call, a map search for
   * an address (decision 0054). False when the platform certainly cannot, so the screen shows what
   * the link holds to use by hand; true is no promise that something opened (a desktop may have no
   * program for {@code tel:} and not say so).
   */
  boolean open(URI uri);

  /** Gluon Attach where it is available, otherwise the plain desktop. */
  static Device detect() {
    return AttachDevice.create().orElseGet(PlainDesktop::new);
  }
}
