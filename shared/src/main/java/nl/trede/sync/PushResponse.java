package nl.trede.sync;

import java.util.List;
import java.util.UUID;

/**
 * One result per mutation, in the order of the request.
 *
 * @param epoch the server database's epoch (optional: absent from older servers), as in {@link PullPage}
 */
public record PushResponse(List<MutationResult> results, UUID epoch) {
  public PushResponse(List<MutationResult> results) {
    this(results, null);
  }
}
