package nl.trede.sync;

import java.util.List;
import java.util.UUID;

/**
 * One page of changes in the order the server committed them.
 *
 * @param cursor opaque; the device stores it only after it stored the page, and sends it back
 * @param hasMore another page follows at once
 * @param purgeCandidates candidate files that left this user's scope: remove them and their history
 * @param epoch the server database's epoch (optional: absent from older servers); a change means it
 *     was restored from a backup, and the device resends its journal (sync-protocol.md)
 */
public record PullPage(
    List<RecordChange> changes, String cursor, boolean hasMore, List<UUID> purgeCandidates, UUID epoch) {

  public PullPage(List<RecordChange> changes, String cursor, boolean hasMore, List<UUID> purgeCandidates) {
    this(changes, cursor, hasMore, purgeCandidates, null);
  }

  public PullPage {
    changes = changes == null ? List.of() : List.copyOf(changes);
    purgeCandidates = purgeCandidates == null ? List.of() : List.copyOf(purgeCandidates);
  }
}
