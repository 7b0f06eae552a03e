package nl.trede.client.store;

/** The local database failed for a reason that is not the caller's input. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
