package nl.trede.sync;

import java.util.List;
import java.util.UUID;

/**
 * A batch of mutations in the order they were made on the device.
 *
 * @param epoch the server database's epoch the device last saw (optional); when the server's is
 *     another, it applies nothing and answers 409 {@code server-restored} (sync-protocol.md)
 */
public record PushRequest(List<Mutation> mutations, UUID epoch) {
  public PushRequest {
    // Not List.copyOf: a null entry is the device's mistake to be answered per mutation, not a crash.
    mutations = mutations == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(mutations));
  }

  public PushRequest(List<Mutation> mutations) {
    this(mutations, null);
  }
}
