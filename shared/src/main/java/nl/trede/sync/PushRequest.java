package nl.trede.sync;

import java.util.List;

/** A batch of mutations in the order they were made on the device. */
public record PushRequest(List<Mutation> mutations) {
  public PushRequest {
    // Not List.copyOf: a null entry is the device's mistake to be answered per mutation, not a crash.
    mutations = mutations == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(mutations));
  }
}
