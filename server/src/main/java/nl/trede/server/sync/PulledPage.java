package nl.trede.server.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * A pull page as the server writes it: {@link nl.trede.sync.PullPage} on the wire, but each
 * record's data and conflicts go out as the JSON text stored when the record was written (by
 * the one JSON configuration, after validation), so serving a page never parses and re-writes
 * thousands of records.
 */
@JsonPropertyOrder({"changes", "cursor", "hasMore", "purgeCandidates", "epoch"})
public record PulledPage(List<Change> changes, String cursor, boolean hasMore, List<UUID> purgeCandidates,
    @Nullable UUID epoch) {

  PulledPage(List<Change> changes, String cursor, boolean hasMore, List<UUID> purgeCandidates) {
    this(changes, cursor, hasMore, purgeCandidates, null);
  }

  /** The page as sent: with the database's epoch (DatabaseEpoch). */
  PulledPage withEpoch(UUID current) {
    return new PulledPage(changes, cursor, hasMore, purgeCandidates, current);
  }

  /**
   * One record as {@link nl.trede.sync.RecordChange} has it; a tombstone has no data. The candidate
   * file it belongs to stays on the server (the read audit counts it).
   */
  @JsonPropertyOrder({"type", "id", "version", "deleted", "data", "conflicts"})
  public record Change(String type, String id, long version, boolean deleted,
      @Nullable @JsonRawValue String data, @JsonRawValue String conflicts,
      @JsonIgnore @Nullable String candidateId) {}
}
