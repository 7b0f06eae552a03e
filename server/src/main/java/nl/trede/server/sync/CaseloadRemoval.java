package nl.trede.server.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * A candidate that left a user's caseload at change {@code seq}: that user's devices purge it.
 *
 * @param removedAt when; null for removals recorded before the time was kept
 */
@MappedEntity("caseload_removal")
public record CaseloadRemoval(@EmbeddedId Key key, String tenantId, @Nullable Instant removedAt) {
  @Embeddable
  public record Key(
      @MappedProperty("user_id") String userId,
      @MappedProperty("candidate_id") String candidateId,
      @MappedProperty("seq") long seq) {}
}
