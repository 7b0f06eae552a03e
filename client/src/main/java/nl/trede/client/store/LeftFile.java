package nl.trede.client.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A file that left this device's caseload while its user had work on it (sync-protocol.md, "When a
 * file leaves a caseload"): what happened to each piece of that work, until the user has read it.
 *
 * @param name the candidate's name as the device last knew it; null when it never held it
 * @param leftAt when the device purged the file; null while the purge is still on its way
 * @param accepted history records the server took into the file after the handover
 * @param unsent changes still waiting to be sent, or refused, in the order they were made
 */
public record LeftFile(UUID candidateId, String name, Instant leftAt, int accepted, List<UnsentChange> unsent) {

  /** Nothing is left to decide: the user only needs to read it once. */
  public boolean settled() {
    return unsent.isEmpty();
  }
}
