package nl.trede.client.store;

import static nl.trede.client.store.StoreConnection.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.FilingReader;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;

/**
 * The tables every part of the store shares: {@code record} (what the screens show: the server's
 * state with pending local changes on top, and tombstones) and {@code open_conflict}. Whose file
 * a row is in and when it happened are asked of the record ({@link DomainRecord#fileCandidateId()},
 * {@link HistoryEntry#eventAt()}), never read from its JSON by field name.
 */
final class RecordRows {
  private static final String UPSERT = """
      INSERT INTO record (id, type, candidate_id, server_version, deleted, data, event_at, sync_state, last_error,
        updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET type = excluded.type, candidate_id = excluded.candidate_id,
        server_version = excluded.server_version, deleted = excluded.deleted, data = excluded.data,
        event_at = excluded.event_at, sync_state = excluded.sync_state,
        last_error = excluded.last_error, updated_at = excluded.updated_at""";

  /**
   * A record's row as it is written.
   *
   * @param data the record's JSON; null for a tombstone
   * @param eventAt when it happened (epoch ms), for history entries
   */
  record Row(UUID id, RecordType type, UUID candidateId, long serverVersion, boolean deleted, String data,
      Long eventAt, SyncState state, String lastError) {

    /** A live record, filed and dated as the record itself (or its {@link #filing}) says. */
    static Row live(UUID id, RecordType type, DomainRecord filed, long serverVersion, String data, SyncState state,
        String lastError) {
      return new Row(id, type, filed.fileCandidateId(), serverVersion, false, data, RecordRows.eventAt(filed), state,
          lastError);
    }
  }

  private final StoreConnection db;

  RecordRows(StoreConnection db) {
    this.db = db;
  }

  /**
   * Of a stored record, only whose file it is in and when it happened: cheap enough for thousands
   * of pulled records ({@link FilingReader}).
   */
  static DomainRecord filing(RecordType type, ObjectNode data) {
    return FilingReader.read(data, type.recordClass());
  }

  /** When a history entry happened (epoch ms), for ordering timelines; null for other records. */
  static Long eventAt(DomainRecord record) {
    return record instanceof HistoryEntry entry && entry.eventDate() != null ? entry.eventAt().toEpochMilli() : null;
  }

  void write(Row row) throws SQLException {
    try (PreparedStatement s = db.prepare(UPSERT)) {
      bind(s, row, db.clock().millis());
      s.executeUpdate();
    }
  }

  /** One batch, however many rows: with thousands per pulled page, statements were the whole cost. */
  void writeAll(Collection<Row> rows) throws SQLException {
    long now = db.clock().millis();
    try (PreparedStatement s = db.prepare(UPSERT)) {
      for (Row row : rows) {
        bind(s, row, now);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void bind(PreparedStatement s, Row row, long now) throws SQLException {
    s.setString(1, row.id().toString());
    s.setString(2, row.type().wireName());
    s.setString(3, row.candidateId() == null ? null : row.candidateId().toString());
    s.setLong(4, row.serverVersion());
    s.setInt(5, row.deleted() ? 1 : 0);
    s.setString(6, row.data());
    setNullableLong(s, 7, row.eventAt());
    s.setString(8, row.state().name());
    s.setString(9, row.lastError());
    s.setLong(10, now);
  }

  /** A record as stored, tombstones included. */
  Optional<StoredRecord> find(UUID id) {
    return db.query("SELECT * FROM record WHERE id = ?", List.of(id.toString()), RecordRows::read).stream()
        .findFirst();
  }

  Optional<Candidate> candidate(UUID id) {
    return find(id).filter(r -> r.type() == RecordType.CANDIDATE && !r.deleted() && r.data() != null)
        .map(r -> (Candidate) MutationRules.read(RecordType.CANDIDATE, r.data()));
  }

  static StoredRecord read(ResultSet rs) throws SQLException, JsonProcessingException {
    String data = rs.getString("data");
    String candidate = rs.getString("candidate_id");
    long eventAt = rs.getLong("event_at");
    boolean noEvent = rs.wasNull();
    return new StoredRecord(UUID.fromString(rs.getString("id")), RecordType.fromWire(rs.getString("type")),
        candidate == null ? null : UUID.fromString(candidate), rs.getLong("server_version"),
        rs.getInt("deleted") == 1, data == null ? null : (ObjectNode) Json.MAPPER.readTree(data),
        noEvent ? null : Instant.ofEpochMilli(eventAt), SyncState.valueOf(rs.getString("sync_state")),
        StoreConnection.violations(rs.getString("last_error")));
  }

  // ---------------------------------------------------------------- open conflicts

  List<FieldConflict> conflicts(UUID recordId) {
    return db.query("SELECT * FROM open_conflict WHERE record_id = ? ORDER BY detected_at",
        List.of(recordId.toString()), rs -> new FieldConflict(
            UUID.fromString(rs.getString("id")), rs.getString("field"),
            nodeOrNull(rs.getString("server_value")), nodeOrNull(rs.getString("device_value")),
            uuidOrNull(rs.getString("mutation_id")), uuidOrNull(rs.getString("device_user_id")),
            rs.getObject("detected_at") == null ? null : Instant.ofEpochMilli(rs.getLong("detected_at"))));
  }

  void insertConflict(UUID recordId, FieldConflict conflict) throws SQLException {
    try (PreparedStatement s = db.prepare("""
        INSERT OR REPLACE INTO open_conflict (id, record_id, field, server_value, device_value, mutation_id,
          detected_at, device_user_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
      s.setString(1, conflict.id().toString());
      s.setString(2, recordId.toString());
      s.setString(3, conflict.field());
      s.setString(4, conflict.serverValue() == null ? null : json(conflict.serverValue()));
      s.setString(5, conflict.deviceValue() == null ? null : json(conflict.deviceValue()));
      s.setString(6, conflict.mutationId() == null ? null : conflict.mutationId().toString());
      setNullableLong(s, 7, conflict.detectedAt() == null ? null : conflict.detectedAt().toEpochMilli());
      s.setString(8, conflict.deviceUserId() == null ? null : conflict.deviceUserId().toString());
      s.executeUpdate();
    }
  }

  private static void setNullableLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setLong(index, value);
    }
  }

  private static JsonNode nodeOrNull(String text) throws JsonProcessingException {
    return text == null ? null : Json.MAPPER.readTree(text);
  }

  private static UUID uuidOrNull(String text) {
    return text == null ? null : UUID.fromString(text);
  }
}
