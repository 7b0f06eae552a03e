package nl.trede.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A record as a store holds it: its data and, per field, which version and device last changed it,
 * which is what lets concurrent edits of different fields merge (decision 0003).
 */
public record StoredState(
    RecordType type,
    long version,
    boolean deleted,
    ObjectNode data,
    Map<String, FieldStamp> stamps,
    List<FieldConflict> conflicts) {

  public StoredState {
    stamps = stamps == null ? Map.of() : Map.copyOf(stamps);
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
  }

  /** The version a field last changed at, and the device that changed it. */
  public record FieldStamp(long version, UUID deviceId) {}
}
