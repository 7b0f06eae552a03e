package nl.trede.server.sync;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * A candidate in a user's caseload, derived from the candidate's case manager and coaches. Pulls
 * join on it, so a device only ever receives the files of its own user.
 */
@MappedEntity("caseload")
public record CaseloadEntry(@EmbeddedId Key key, String tenantId, long sinceSeq) {
  @Embeddable
  public record Key(
      @MappedProperty("user_id") String userId,
      @MappedProperty("candidate_id") String candidateId) {}
}
