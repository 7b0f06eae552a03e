package nl.trede.sync;

/** Constants both ends of the sync protocol agree on; see docs/sync-protocol.md. */
public final class Protocol {
  /** Raised on any change a client of the previous version could not follow. */
  public static final int VERSION = 1;
  /** Every sync request names its protocol version in this header. */
  public static final String VERSION_HEADER = "Trede-Protocol";
  /**
   * Every request of the app names the app's version in this header, so an admin sees which
   * version each device runs (the console's device list).
   */
  public static final String APP_VERSION_HEADER = "Trede-App-Version";

  public static final int MAX_MUTATIONS_PER_PUSH = 500;
  public static final int DEFAULT_PAGE_SIZE = 1000;
  public static final int MAX_PAGE_SIZE = 5000;

  private Protocol() {}
}
