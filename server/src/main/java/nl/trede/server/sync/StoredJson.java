package nl.trede.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Json;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.RecordType;
import nl.trede.sync.StoredState.FieldStamp;
import nl.trede.sync.StoredState;

/**
 * JSON as the server stores it: a record's data, field stamps and open conflicts in
 * {@code sync_record}, read back into the {@link StoredState} the merge rules work on or into the
 * domain record itself. The one place that reads stored JSON: stored JSON that does not parse is
 * the server's own fault, never the caller's, so it fails loudly.
 */
public final class StoredJson {
  private static final TypeReference<Map<String, FieldStamp>> STAMPS = new TypeReference<>() {};
  private static final TypeReference<List<FieldConflict>> CONFLICTS = new TypeReference<>() {};

  private StoredJson() {}

  static StoredState toState(SyncRecordRow r) {
    return new StoredState(RecordType.fromWire(r.type()), r.version(), r.deleted(),
        read(r.data(), ObjectNode.class), read(r.stamps(), STAMPS), read(r.conflicts(), CONFLICTS));
  }

  static String write(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " does not parse", e);
    }
  }

  /** A stored record of this type, as its domain record. */
  public static DomainRecord record(RecordType type, String json) {
    return read(json, type.recordClass());
  }

  public static <T> T read(String json, TypeReference<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }
}
