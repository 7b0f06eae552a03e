package nl.trede.client.login;

/** A login that did not succeed, with the reason the login screen shows. */
public class LoginException extends Exception {
  public enum Reason {
    /** The password does not open this device's store, or the server refused it. */
    WRONG_CREDENTIALS,
    /** No store for this user on this device yet, and the server cannot be reached. */
    FIRST_LOGIN_NEEDS_NETWORK,
    /** The server needs a newer app. */
    UNSUPPORTED_PROTOCOL,
    /** The server failed or answered something unexpected. */
    SERVER_ERROR,
    /** User name or password left empty. */
    MISSING_INPUT,
    /**
     * The password does not open the store this user has on the device. A typing error, or the
     * password changed since (a reset): then the user may start afresh on this device.
     */
    STORE_DOES_NOT_OPEN,
    /** The password was set by an admin: the user chooses their own now. */
    PASSWORD_CHANGE_REQUIRED,
    /** The server refused the chosen password (it breaks the password rule). */
    NEW_PASSWORD_REFUSED,
    /** An admin revoked this device: the user's store on it was wiped. */
    DEVICE_REVOKED,
    /** An admin deactivated the user: their store on this device was wiped. */
    USER_DEACTIVATED
  }

  /** {@link #unsentWiped()} when the wiped store could not be opened to count (it was of an earlier password). */
  public static final int UNKNOWN = -1;

  private final Reason reason;
  private final int unsentWiped;

  public LoginException(Reason reason, Throwable cause) {
    this(reason, cause, 0);
  }

  public LoginException(Reason reason, Throwable cause, int unsentWiped) {
    super(reason.name(), cause);
    this.reason = reason;
    this.unsentWiped = unsentWiped;
  }

  public Reason reason() {
    return reason;
  }

  /**
   * How many changes the server did not have were wiped with the store ({@link Reason#DEVICE_REVOKED},
   * {@link Reason#USER_DEACTIVATED}); {@link #UNKNOWN} when it could not be counted.
   */
  public int unsentWiped() {
    return unsentWiped;
  }
}
