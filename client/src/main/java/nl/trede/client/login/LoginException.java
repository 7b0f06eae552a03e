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
    MISSING_INPUT
  }

  private final Reason reason;

  public LoginException(Reason reason, Throwable cause) {
    super(reason.name(), cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
