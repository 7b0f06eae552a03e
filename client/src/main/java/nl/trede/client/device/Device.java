package nl.trede.client.device;

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

  /** Gluon Attach where it is available, otherwise nothing. */
  static Device detect() {
    return AttachDevice.create().orElseGet(() -> new Device() {
      @Override
      public Optional<Path> privateStorage() {
        return Optional.empty();
      }

      @Override
      public void onPause(Runnable action) {}

      @Override
      public void onResume(Runnable action) {}
    });
  }
}
