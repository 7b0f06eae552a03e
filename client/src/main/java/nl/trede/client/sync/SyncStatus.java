package nl.trede.client.sync;

import java.time.Instant;

/**
 * What the status bar shows: how much waits, when sync last succeeded, whether it runs now, and
 * the last failure (null after a success).
 *
 * @param problems records the server rejected or that hold a conflict: the coach must look
 */
public record SyncStatus(
    int pending,
    int problems,
    Instant lastSuccess,
    boolean running,
    SyncException.Kind lastError,
    Instant nextAttempt) {

  public static SyncStatus initial(int pending, int problems, Instant lastSuccess) {
    return new SyncStatus(pending, problems, lastSuccess, false, null, null);
  }

  /** Sync waits for the user: a new login or an app update; or for good, the device being wiped. */
  public boolean blocked() {
    return lastError == SyncException.Kind.UNAUTHORIZED
        || lastError == SyncException.Kind.UNSUPPORTED_PROTOCOL
        || wipesDevice();
  }

  /** The server ended this device's hold on the user's data: the app wipes the store (AppController). */
  public boolean wipesDevice() {
    return lastError == SyncException.Kind.DEVICE_REVOKED || lastError == SyncException.Kind.USER_DEACTIVATED;
  }
}
