package nl.trede.server.sync;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * One version of a changeable record (candidate, placement, employer, vacancy, configuration) as it
 * was when it reached the server. Append-only history records need none: they never change.
 */
@MappedEntity("record_history")
public record RecordHistory(
    @EmbeddedId Key key,
    String tenantId,
    String type,
    String candidateId,
    String data,
    Instant changedAt,
    String changedBy) {

  public RecordHistory(String recordId, long version, String tenantId, String type, String candidateId,
      String data, Instant changedAt, String changedBy) {
    this(new Key(recordId, version), tenantId, type, candidateId, data, changedAt, changedBy);
  }

  @Embeddable
  public record Key(@MappedProperty("record_id") String recordId, @MappedProperty("version") long version) {}
}
