package nl.trede.server.sync;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A candidate that left a user's caseload at change {@code seq}: that user's devices purge it. */
@MappedEntity("caseload_removal")
public record CaseloadRemoval(@EmbeddedId Key key, String tenantId) {
  @Embeddable
  public record Key(
      @MappedProperty("user_id") String userId,
      @MappedProperty("candidate_id") String candidateId,
      @MappedProperty("seq") long seq) {}
}
