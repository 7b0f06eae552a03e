package nl.trede.client.store;

/** Where a local record stands with the server. */
public enum SyncState {
  /** Changed on the device; the change waits in the outbox. */
  PENDING,
  /** The device holds what the server holds. */
  SYNCED,
  /** Another device changed the same field; the server kept its value until a person chooses. */
  CONFLICT,
  /** The server refused the last change; the record stays visible with the reasons. */
  REJECTED;

  /**
   * A record's state follows from its outbox and conflicts: pending changes first (the coach's
   * latest word), then open conflicts, then refusals, else synced.
   */
  static SyncState of(boolean pending, boolean conflicted, boolean refused) {
    return pending ? PENDING : conflicted ? CONFLICT : refused ? REJECTED : SYNCED;
  }
}
