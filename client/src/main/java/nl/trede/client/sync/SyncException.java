package nl.trede.client.sync;

import nl.trede.sync.Problem;

/** A request to the server that did not give an answer the device can store. */
public class SyncException extends Exception {
  /** What the device should do about it. */
  public enum Kind {
    /** No answer (offline, timeout, server down): keep everything, retry with backoff. */
    NETWORK,
    /** The server no longer accepts the token: ask the user to log in again; keep the outbox. */
    UNAUTHORIZED,
    /** An admin revoked this device: wipe the user's store from it and say why (sync-protocol.md). */
    DEVICE_REVOKED,
    /** An admin deactivated the user: wipe the user's store from this device and say why. */
    USER_DEACTIVATED,
    /** The login's password was set by an admin: the user chooses their own before anything opens. */
    PASSWORD_CHANGE_REQUIRED,
    /** The login itself failed: wrong user name or password. */
    BAD_CREDENTIALS,
    /** The app speaks an old protocol: tell the user to update; keep the outbox. */
    UNSUPPORTED_PROTOCOL,
    /** The server refused the request itself (a bug on one side): retry later, keep the outbox. */
    REFUSED,
    /** The server failed: retry with backoff. */
    SERVER_ERROR,
    /**
     * The server was restored from a backup since the device last saw it (another database epoch):
     * the engine resends its journal and pushes again (decision 0047); seen by the user only if that
     * fails, then retried like a server error.
     */
    SERVER_RESTORED
  }

  private final Kind kind;
  private final transient Problem problem;

  public SyncException(Kind kind, String message, Problem problem, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.problem = problem;
  }

  public Kind kind() {
    return kind;
  }

  /** The server's problem+json answer, when there was one. */
  public Problem problem() {
    return problem;
  }

  /** Whether the server ended this device's hold on the user's data: the store must go. */
  public boolean wipesDevice() {
    return kind == Kind.DEVICE_REVOKED || kind == Kind.USER_DEACTIVATED;
  }

  /** Whether trying again later, unchanged, may succeed. */
  public boolean retryable() {
    return kind == Kind.NETWORK || kind == Kind.SERVER_ERROR || kind == Kind.REFUSED || kind == Kind.SERVER_RESTORED;
  }
}
