package nl.trede.client.store;

/**
 * The store could not be opened with the key derived from the given password. SQLCipher cannot
 * tell a wrong key from a damaged file, so callers treat this as "wrong password".
 */
public class WrongPasswordException extends RuntimeException {
  public WrongPasswordException(Throwable cause) {
    super("the local store does not open with this password", cause);
  }
}
