package nl.trede.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.sync.StoredState.FieldStamp;

/**
 * How a mutation changes a record: the one rule set both the device (optimistically, when the
 * coach saves) and the server (authoritatively, on push) apply.
 *
 * <p>The conflict rule is per field: a field changed since the mutation's base version by another
 * device, to a value other than the one this mutation sets, is a conflict. The server's value
 * stays, the device's value is kept beside it, and a person resolves it. Every other field merges.
 *
 * <p>The versions in the outcome count only on the server. A device applying a change locally
 * ignores them and keeps the last version the server acknowledged as the base of its next change.
 */
public final class MutationRules {

  private MutationRules() {}

  /** What applying a mutation came to. */
  public sealed interface Outcome {
    /**
     * Branches with one function per case, so a new outcome breaks every caller's compilation
     * until it is handled (Java 17 has no switch on sealed types; decision 0035).
     */
    <T> T match(Function<Changed, T> changed, Function<Unchanged, T> unchanged, Function<Refused, T> refused);
  }

  /** The record changed; {@code conflicts} lists fields that were kept at their stored value. */
  public record Changed(StoredState next, DomainRecord record, List<FieldConflict> conflicts)
      implements Outcome {
    @Override
    public <T> T match(Function<Changed, T> changed, Function<Unchanged, T> unchanged,
        Function<Refused, T> refused) {
      return changed.apply(this);
    }
  }

  /** Nothing to write: a repeated delete, or fields already holding these values. */
  public record Unchanged(StoredState current) implements Outcome {
    @Override
    public <T> T match(Function<Changed, T> changed, Function<Unchanged, T> unchanged,
        Function<Refused, T> refused) {
      return unchanged.apply(this);
    }
  }

  /** Nothing may be written; every reason is named. */
  public record Refused(List<Violation> violations) implements Outcome {
    @Override
    public <T> T match(Function<Changed, T> changed, Function<Unchanged, T> unchanged,
        Function<Refused, T> refused) {
      return refused.apply(this);
    }
  }

  public static Outcome apply(Mutation m, StoredState current, UUID deviceId, UUID userId, Clock clock) {
    List<Violation> shape = checkShape(m, current);
    if (!shape.isEmpty()) {
      return new Refused(shape);
    }
    return switch (m.kind()) {
      case CREATE -> create(m, deviceId, clock);
      case UPDATE -> update(m, current, deviceId, userId, clock);
      case DELETE -> delete(m, current, deviceId);
    };
  }

  private static List<Violation> checkShape(Mutation m, StoredState current) {
    List<Violation> v = new ArrayList<>();
    if (m.id() == null) {
      v.add(new Violation("id", "required", "a mutation needs an id"));
    }
    if (m.type() == null) {
      v.add(new Violation("type", "required", "a mutation names its record type"));
    }
    if (m.recordId() == null) {
      v.add(new Violation("recordId", "required", "a mutation names its record"));
    }
    if (m.kind() == null) {
      v.add(new Violation("kind", "required", "kind must be CREATE, UPDATE or DELETE"));
    }
    if (m.baseVersion() < 0) {
      v.add(new Violation("baseVersion", "range", "baseVersion cannot be negative"));
    }
    if (!v.isEmpty()) {
      return v;
    }
    if (m.kind() != MutationKind.DELETE && m.fields() == null) {
      v.add(new Violation("fields", "required", "CREATE and UPDATE carry fields"));
      return v;
    }
    if (m.fields() != null) {
      Iterator<String> names = m.fields().fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!m.type().fieldNames().contains(name)) {
          v.add(new Violation("fields." + name, "unknown-field",
              "a " + m.type().wireName() + " has no field '" + name + "'"));
        }
      }
      JsonNode id = m.fields().get("id");
      if (id != null && !id.isNull() && !id.asText().equals(m.recordId().toString())) {
        v.add(new Violation("fields.id", "immutable", "a record's id never changes"));
      }
    }
    if (current != null && current.type() != m.type()) {
      v.add(new Violation("type", "type-mismatch",
          "record " + m.recordId() + " is a " + current.type().wireName()));
    }
    if (m.type().appendOnly() && m.kind() != MutationKind.CREATE) {
      v.add(new Violation("kind", "append-only", "a " + m.type().wireName()
          + " is never changed or deleted; record a correction that references it"));
    }
    if (m.kind() == MutationKind.CREATE && current != null) {
      v.add(duplicateId(m.recordId()));
    }
    if (m.kind() == MutationKind.UPDATE && current == null) {
      v.add(notFound(m.recordId()));
    }
    if (m.kind() == MutationKind.UPDATE && current != null && current.deleted()) {
      // Tombstones win: an edit made offline must not bring a deleted record back.
      v.add(new Violation("recordId", "deleted", "record " + m.recordId() + " was deleted"));
    }
    String author = m.type().authorField();
    if (m.kind() == MutationKind.UPDATE && current != null && author != null && m.fields().has(author)
        && !m.fields().get(author).equals(current.data().get(author))) {
      // Who made a record is history: changing it would put words in a colleague's mouth.
      v.add(new Violation(author, "immutable", author + " names who made the record and never changes"));
    }
    if (!m.resolves().isEmpty() && m.kind() != MutationKind.UPDATE) {
      v.add(new Violation("resolves", "update-only", "only an UPDATE resolves conflicts"));
    }
    return v;
  }

  private static Outcome create(Mutation m, UUID deviceId, Clock clock) {
    ObjectNode data = m.fields().deepCopy();
    data.put("id", m.recordId().toString());
    Parsed parsed = parse(m.type(), data, clock);
    if (parsed.record == null) {
      return new Refused(parsed.violations);
    }
    Map<String, FieldStamp> stamps = new HashMap<>();
    for (String field : m.type().fieldNames()) {
      stamps.put(field, new FieldStamp(1, deviceId));
    }
    return new Changed(new StoredState(m.type(), 1, false, parsed.data, stamps, List.of()),
        parsed.record, List.of());
  }

  private static Outcome update(Mutation m, StoredState current, UUID deviceId, UUID userId, Clock clock) {
    Map<UUID, FieldConflict> open = current.conflicts().stream()
        .collect(Collectors.toMap(FieldConflict::id, c -> c));
    List<Violation> unknown = new ArrayList<>();
    for (UUID resolved : m.resolves()) {
      if (!open.containsKey(resolved)) {
        unknown.add(new Violation("resolves", "unknown-conflict",
            "conflict " + resolved + " is not open on this record"));
      }
    }
    if (!unknown.isEmpty()) {
      return new Refused(unknown);
    }
    Set<String> resolvedFields = m.resolves().stream()
        .map(id -> open.get(id).field()).collect(Collectors.toSet());

    long nextVersion = current.version() + 1;
    ObjectNode data = current.data().deepCopy();
    Map<String, FieldStamp> stamps = new HashMap<>(current.stamps());
    List<FieldConflict> conflicts = new ArrayList<>();
    boolean changed = false;
    Iterator<Map.Entry<String, JsonNode>> fields = m.fields().fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode stored = data.get(name);
      JsonNode wanted = field.getValue();
      if (wanted.equals(stored)) {
        continue;
      }
      FieldStamp stamp = stamps.get(name);
      boolean changedElsewhere = stamp != null && stamp.version() > m.baseVersion()
          && !stamp.deviceId().equals(deviceId);
      if (changedElsewhere && !resolvedFields.contains(name)) {
        conflicts.add(new FieldConflict(Ids.newId(), name, stored, wanted, m.id(), userId,
            clock.instant()));
        continue;
      }
      data.set(name, wanted);
      stamps.put(name, new FieldStamp(nextVersion, deviceId));
      changed = true;
    }
    List<FieldConflict> stillOpen = new ArrayList<>(current.conflicts());
    stillOpen.removeIf(c -> m.resolves().contains(c.id()));
    stillOpen.addAll(conflicts);
    if (!changed && conflicts.isEmpty() && m.resolves().isEmpty()) {
      return new Unchanged(current);
    }
    Parsed parsed = parse(m.type(), data, clock);
    if (parsed.record == null) {
      return new Refused(parsed.violations);
    }
    return new Changed(new StoredState(m.type(), nextVersion, false, parsed.data, stamps, stillOpen),
        parsed.record, conflicts);
  }

  private static Outcome delete(Mutation m, StoredState current, UUID deviceId) {
    if (current == null || current.deleted()) {
      return current == null ? new Refused(List.of(notFound(m.recordId()))) : new Unchanged(current);
    }
    // A tombstone keeps no personal data: only that the record existed and is gone.
    ObjectNode tombstone = Json.MAPPER.createObjectNode().put("id", m.recordId().toString());
    return new Changed(new StoredState(m.type(), current.version() + 1, true, tombstone,
        Map.of("id", new FieldStamp(current.version() + 1, deviceId)), List.of()), null, List.of());
  }

  /**
   * The answer for a record that does not exist; the server gives the very same one for a record
   * the caller may not reach, so no answer tells whether a record exists elsewhere.
   */
  public static Violation notFound(java.util.UUID recordId) {
    return new Violation("recordId", "not-found", "record " + recordId + " does not exist");
  }

  /** The answer for creating a record under an id that is taken, wherever it is taken. */
  public static Violation duplicateId(java.util.UUID recordId) {
    return new Violation("recordId", "duplicate-id", "record " + recordId + " exists");
  }

  private record Parsed(ObjectNode data, DomainRecord record, List<Violation> violations) {}

  /** Reads and validates; the stored data is the record written back, so it is normalised. */
  static Parsed parse(RecordType type, ObjectNode data, Clock clock) {
    DomainRecord record;
    try {
      record = Json.MAPPER.treeToValue(data, type.recordClass());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String path = Json.pathOf(e);
      String rule = Json.ruleOf(e);
      // A value of the wrong shape is about the wire ("fields.x"); a forbidden character or a nil
      // id is about the record's field, named as validation names it, so a form shows it there.
      String field = !rule.equals("type") && !path.isEmpty() ? path : path.isEmpty() ? "fields" : "fields." + path;
      return new Parsed(null, null, List.of(new Violation(field, rule, Json.describe(e))));
    }
    List<Violation> violations = record.validate(clock);
    if (!violations.isEmpty()) {
      return new Parsed(null, null, violations);
    }
    return new Parsed(Json.MAPPER.valueToTree(record), record, List.of());
  }

  public static DomainRecord read(RecordType type, ObjectNode data) {
    try {
      return Json.MAPPER.treeToValue(data, type.recordClass());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.wireName() + " does not parse", e);
    }
  }
}
