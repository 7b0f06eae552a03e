package nl.trede.client.sync;

import java.time.Instant;
import nl.trede.client.store.Attention;

/**
 * What the status bar shows: how much waits, when sync last succeeded, whether it runs now, and
 * the last failure (null after a success).
 *
 * @param attention records the server rejected or that hold a conflict, files that left with work
 *     on them: the coach must look
 */
public record SyncStatus(
    int pending,
    Attention attention,
    Instant lastSuccess,
    boolean running,
    SyncException.Kind lastError,
    Instant nextAttempt) {

  public static SyncStatus initial(int pending, Attention attention, Instant lastSuccess) {
    return new SyncStatus(pending, attention, lastSuccess, false, null, null);
  }

  /** How many things need the user, of every kind. */
  public int problems() {
    return attention.total();
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
