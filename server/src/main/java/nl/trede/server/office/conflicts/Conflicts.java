package nl.trede.server.office.conflicts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.accounts.DeviceTokenRepository;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.ConsoleWrites;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.candidates.FieldValues;
import nl.trede.server.office.export.Columns;
import nl.trede.server.office.export.TableSink;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;
import nl.trede.sync.StoredState.FieldStamp;

/**
 * Sync conflicts waiting for a person (decision 0003): the same field changed on two devices. The
 * console shows both values and who made them, and resolves a conflict the way a device would: an
 * UPDATE that names it in {@code resolves}, through the sync service, so every device receives the
 * outcome by pull and the audit log holds it.
 */
@Singleton
public class Conflicts {
  private static final TypeReference<List<FieldConflict>> CONFLICTS = new TypeReference<>() {};
  private static final TypeReference<Map<String, FieldStamp>> STAMPS = new TypeReference<>() {};

  private final QueryRunner db;
  private final DeviceTokenRepository logins;
  private final DisplayNames directory;
  private final ConsoleWrites writes;
  private final AuditLog audit;
  private final InstalledConfiguration configurations;
  private final OfficeText text;

  public Conflicts(QueryRunner db, DeviceTokenRepository logins, DisplayNames directory, ConsoleWrites writes,
      AuditLog audit, InstalledConfiguration configurations, OfficeText text) {
    this.db = db;
    this.logins = logins;
    this.directory = directory;
    this.writes = writes;
    this.audit = audit;
    this.configurations = configurations;
    this.text = text;
  }

  /**
   * One field in conflict.
   *
   * @param current the value the record holds now (the server's, kept until someone chooses)
   * @param proposed the other device's value
   */
  public record Choice(String conflictId, String field, String fieldLabel, String current, String currentBy,
      String proposed, String proposedBy, Instant detectedAt) {}

  /** A record with open conflicts. */
  public record Item(String recordId, String type, String typeLabel, String label, String candidateId,
      long version, List<Choice> choices) {}

  private record Row(String id, String type, String candidateId, long version, String data, String stamps,
      String conflicts) {}

  public List<Item> open(OfficeUser user) {
    SqlQuery sql = new SqlQuery("""
        SELECT r.id, r.type, r.candidate_id, r.version, r.data, r.stamps, r.conflicts FROM sync_record r
        WHERE r.tenant_id = ? AND r.conflicts <> '[]' AND r.deleted = ?""", user.tenantId(), false);
    sql.and(user.scope().records("r.candidate_id"));
    sql.append("ORDER BY r.seq DESC");
    List<Row> rows = db.list(sql, rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7)));
    Map<String, DisplayNames.Person> users = directory.users(user.tenantId());
    Set<String> referenced = new HashSet<>();
    rows.forEach(r -> collectIds(StoredJson.read(r.data(), JsonNode.class), referenced));
    Map<String, DisplayNames.Named> names = directory.names(user.tenantId(), referenced);
    Map<String, Set<String>> devices = deviceOwners(user.tenantId());
    FieldValues candidates = new FieldValues(text, configurations.of(user.tenantId()).orElse(null), users);
    List<Item> items = new ArrayList<>();
    for (Row r : rows) {
      JsonNode data = StoredJson.read(r.data(), JsonNode.class);
      Map<String, FieldStamp> stamps = StoredJson.read(r.stamps(), STAMPS);
      List<Choice> choices = new ArrayList<>();
      for (FieldConflict c : StoredJson.read(r.conflicts(), CONFLICTS)) {
        FieldStamp stamp = stamps.get(c.field());
        boolean candidate = RecordType.CANDIDATE.wireName().equals(r.type());
        choices.add(new Choice(c.id().toString(), c.field(), fieldLabel(r.type(), c.field()),
            candidate ? shown(candidates, data, c.field(), data.get(c.field())) : show(data.get(c.field()), users, names),
            stamp == null ? text.get("conflicts.unknown-device") : currentBy(user.tenantId(), r.id(), stamp, devices, users),
            candidate ? shown(candidates, data, c.field(), c.deviceValue()) : show(c.deviceValue(), users, names),
            person(users, c.deviceUserId()), c.detectedAt()));
      }
      items.add(new Item(r.id(), r.type(), text.get("type." + r.type()), label(r.type(), data), r.candidateId(),
          r.version(), choices));
    }
    return items;
  }

  /** What resolving came to. */
  public sealed interface Outcome {}

  public record Resolved() implements Outcome {}

  /** Someone resolved it first, or the record is gone: nothing was changed. */
  public record Gone() implements Outcome {}

  public record Refused(List<Violation> violations) implements Outcome {}

  /**
   * Settles one conflict: {@code keepCurrent} keeps the value the record holds, otherwise the other
   * device's value is applied. Goes through {@link PushService#push} as the user, from the console.
   */
  public Outcome resolve(OfficeUser user, String recordId, String conflictId, boolean keepCurrent, String remote) {
    SqlQuery sql = new SqlQuery("SELECT r.id, r.type, r.candidate_id, r.version, r.data, r.stamps, r.conflicts"
        + " FROM sync_record r WHERE r.tenant_id = ? AND r.id = ? AND r.deleted = ?", user.tenantId(), recordId, false);
    sql.and(user.scope().records("r.candidate_id"));
    Optional<Row> row = db.list(sql, rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7))).stream().findFirst();
    if (row.isEmpty()) {
      return new Gone();
    }
    Optional<FieldConflict> conflict = StoredJson.read(row.get().conflicts(), CONFLICTS).stream()
        .filter(c -> c.id().toString().equals(conflictId)).findFirst();
    if (conflict.isEmpty()) {
      return new Gone();
    }
    ObjectNode fields = Json.MAPPER.createObjectNode();
    if (!keepCurrent) {
      fields.set(conflict.get().field(), conflict.get().deviceValue());
    }
    Mutation m = writes.update(RecordType.fromWire(row.get().type()), UUID.fromString(recordId), row.get().version(),
        fields, List.of(conflict.get().id()));
    MutationResult result = writes.push(user, m, remote);
    String outcome = result instanceof MutationResult.Rejected ? "rejected" : "ok";
    audit.record(user.tenantId(), user.userId(), "office.resolve-conflict", row.get().type(), recordId, outcome,
        remote, "field=" + conflict.get().field() + "; chose=" + (keepCurrent ? "current" : "device"));
    if (result instanceof MutationResult.Rejected rejected) {
      boolean raced = rejected.violations().stream().anyMatch(v -> "unknown-conflict".equals(v.rule()));
      return raced ? new Gone() : new Refused(rejected.violations());
    }
    return new Resolved();
  }

  /**
   * A candidate's field as a person reads it (a plan part by part, a classification by its labels):
   * the record with this value in the field, shown by {@link FieldValues}.
   */
  private String shown(FieldValues values, JsonNode record, String field, JsonNode value) {
    com.fasterxml.jackson.databind.node.ObjectNode with = record.deepCopy();
    with.set(field, value);
    try {
      String shown = values.show(field, Json.MAPPER.treeToValue(with, Candidate.class));
      return shown.isEmpty() ? text.get("conflicts.empty") : shown;
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      return value == null ? "" : value.toString();
    }
  }

  /** One line of the export: a field in conflict on its record. */
  private record ExportLine(Item item, Choice choice) {}

  /** The export's columns: each header with its value, in the order the export shows them. */
  private Columns<ExportLine> columns() {
    return new Columns<ExportLine>()
        .text(text.get("conflicts.col.type"), l -> l.item().typeLabel())
        .text(text.get("conflicts.col.record"), l -> l.item().label())
        .text(text.get("conflicts.col.field"), l -> l.choice().fieldLabel())
        .text(text.get("conflicts.col.current"), l -> l.choice().current())
        .text(text.get("conflicts.col.current-by"), l -> l.choice().currentBy())
        .text(text.get("conflicts.col.proposed"), l -> l.choice().proposed())
        .text(text.get("conflicts.col.proposed-by"), l -> l.choice().proposedBy())
        .dateTime(text.get("conflicts.col.detected"), l -> l.choice().detectedAt())
        .text(text.get("conflicts.col.id"), l -> l.item().recordId());
  }

  public int export(OfficeUser user, TableSink sink, java.util.Collection<String> files) throws IOException {
    Columns<ExportLine> columns = columns();
    columns.header(sink);
    int rows = 0;
    for (Item item : open(user)) {
      files.add(item.candidateId());
      for (Choice c : item.choices()) {
        columns.write(sink, new ExportLine(item, c));
        rows++;
      }
    }
    return rows;
  }

  private String fieldLabel(String type, String field) {
    String key = "field." + type + "." + field;
    String label = text.get(key);
    return label.equals(key) ? field : label;
  }

  private String label(String type, JsonNode data) {
    return switch (type) {
      case "candidate" -> (data.path("givenName").asText("") + " " + data.path("familyName").asText("")).trim();
      case "employer" -> data.path("name").asText("");
      case "vacancy" -> data.path("title").asText("");
      default -> data.path("id").asText("");
    };
  }

  /** A value as a person reads it: names for user and record ids, ja/nee, lists joined. */
  private String show(JsonNode value, Map<String, DisplayNames.Person> users, Map<String, DisplayNames.Named> names) {
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
      return text.get("conflicts.empty");
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? "ja" : "nee";
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(show(v, users, names)));
      return parts.isEmpty() ? text.get("conflicts.empty") : String.join(", ", parts);
    }
    if (value.isTextual()) {
      String s = value.asText();
      if (users.containsKey(s)) {
        return users.get(s).displayName();
      }
      if (names.containsKey(s)) {
        return names.get(s).name();
      }
      return s;
    }
    return value.toString();
  }

  private static void collectIds(JsonNode node, Set<String> ids) {
    if (node == null) {
      return;
    }
    if (node.isTextual() && node.asText().length() == 36) {
      ids.add(node.asText());
    }
    node.forEach(child -> collectIds(child, ids));
  }

  private String person(Map<String, DisplayNames.Person> users, UUID id) {
    DisplayNames.Person p = id == null ? null : users.get(id.toString());
    return p == null ? text.get("visits.unknown") : p.displayName();
  }

  /**
   * Who set the current value: the user whose push gave the record the version the field's stamp
   * names (its history, one row by primary key); else whoever logged in on that device; the
   * console is named as such.
   */
  private String currentBy(String tenantId, String recordId, FieldStamp stamp, Map<String, Set<String>> devices,
      Map<String, DisplayNames.Person> users) {
    if (OfficeUser.CONSOLE_DEVICE.equals(stamp.deviceId())) {
      return text.get("conflicts.console");
    }
    Set<String> owners = new HashSet<>(db.list(new SqlQuery("""
        SELECT h.changed_by FROM record_history h WHERE h.record_id = ? AND h.version = ? AND h.tenant_id = ?""",
        recordId, stamp.version(), tenantId), rs -> rs.getString(1)));
    if (owners.isEmpty()) {
      owners = devices.getOrDefault(stamp.deviceId().toString(), Set.of());
    }
    List<String> names = owners.stream().map(users::get).filter(java.util.Objects::nonNull)
        .map(DisplayNames.Person::displayName).sorted().toList();
    return names.isEmpty() ? text.get("conflicts.unknown-device") : String.join(", ", names);
  }

  private Map<String, Set<String>> deviceOwners(String tenantId) {
    Map<String, Set<String>> owners = new java.util.HashMap<>();
    logins.loginsOfMunicipality(tenantId)
        .forEach(login -> owners.computeIfAbsent(login.deviceId(), k -> new HashSet<>()).add(login.userId()));
    return owners;
  }
}
