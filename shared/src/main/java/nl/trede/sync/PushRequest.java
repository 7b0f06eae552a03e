package nl.trede.sync;

import java.util.List;

/** A batch of mutations in the order they were made on the device. */
public record PushRequest(List<Mutation> mutations) {
  public PushRequest {
    mutations = mutations == null ? List.of() : List.copyOf(mutations);
  }
}
