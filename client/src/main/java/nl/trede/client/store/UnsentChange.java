package nl.trede.client.store;

import java.util.List;
import nl.trede.domain.Violation;
import nl.trede.sync.Mutation;

/**
 * A change of a file that is no longer on the device, kept with its whole content.
 *
 * @param refused why the server refused it; empty while it still waits to be sent
 */
public record UnsentChange(Mutation mutation, List<Violation> refused) {

  /**
   * The server's one answer for a record or file the user may not reach (and for one that does
   * not exist): what it says of work on a file that has left the caseload (sync-protocol.md).
   */
  public static boolean outOfReach(Violation v) {
    return "not-found".equals(v.rule()) && "recordId".equals(v.field())
        || "unknown-reference".equals(v.rule()) && "candidateId".equals(v.field());
  }

  /** Refused only because the file is out of the user's reach: nothing else to explain. */
  public boolean refusedAsOutOfReach() {
    return !refused.isEmpty() && refused.stream().allMatch(UnsentChange::outOfReach);
  }
}
