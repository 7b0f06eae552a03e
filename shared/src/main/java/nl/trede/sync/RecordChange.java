package nl.trede.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * The current state of one record as a pull delivers it. A tombstone has {@code deleted} set and
 * no data: the device removes the record and never lets an older copy bring it back.
 */
public record RecordChange(
    RecordType type,
    UUID id,
    long version,
    boolean deleted,
    ObjectNode data,
    List<FieldConflict> conflicts) {

  public RecordChange {
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
  }
}
