package nl.trede.server.office.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.ConsoleWrites;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.FormData;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;

/**
 * Saves a console form of a candidate's file the way the app saves its forms (its {@code Editing}
 * snapshot): the form carries the version it showed; the server reads that version back from the
 * record's history, and sends only the fields the user changed against it, on that version. So a
 * colleague's change that came in while the form was open is never overwritten silently: a field
 * the user did not touch is not sent, and a field both changed becomes a conflict for a person to
 * resolve. The push is one mutation: it is stored whole or, when a rule is broken, not at all.
 */
@Singleton
public class FileEditor {
  private final QueryRunner db;
  private final ConsoleWrites writes;
  private final java.time.Clock clock;

  public FileEditor(QueryRunner db, ConsoleWrites writes, java.time.Clock clock) {
    this.db = db;
    this.writes = writes;
    this.clock = clock;
  }

  /** The file as the user may see it now, with its version: what an edit form opens on. */
  public record Shown(Candidate candidate, long version) {}

  /**
   * The file a form of the file opens on; one the user may not reach, or an id that is not one, is
   * answered "niet gevonden" like one that does not exist.
   */
  public Shown reachable(OfficeUser user, String candidateId) {
    return (FilePages.isUuid(candidateId) ? current(user, candidateId) : Optional.<Shown>empty())
        .orElseThrow(nl.trede.server.office.access.OfficeRefusal::notFound);
  }

  public Optional<Shown> current(OfficeUser user, String candidateId) {
    SqlQuery sql = new SqlQuery("SELECT r.data, r.version FROM sync_record r WHERE r.tenant_id = ? AND r.id = ?"
        + " AND r.type = ? AND r.deleted = ?", user.tenantId(), candidateId, RecordType.CANDIDATE.wireName(), false);
    sql.and(user.scope().files("r.id"));
    return db.list(sql, rs -> new Shown(StoredJson.read(rs.getString(1), Candidate.class), rs.getLong(2)))
        .stream().findFirst();
  }

  /**
   * The version the form was opened on, as it was: from the record's history, or the current one
   * when the form is not stale. Empty when the file is gone or out of reach.
   */
  private Optional<Shown> shown(OfficeUser user, String candidateId, long version) {
    Optional<Shown> now = current(user, candidateId);
    if (now.isEmpty() || now.get().version() == version) {
      return now;
    }
    return db.list(new SqlQuery("SELECT h.data FROM record_history h WHERE h.record_id = ? AND h.version = ?"
            + " AND h.tenant_id = ?", candidateId, version, user.tenantId()),
        rs -> new Shown(StoredJson.read(rs.getString(1), Candidate.class), version)).stream().findFirst();
  }

  /**
   * Saves what the form changed in these sections against the version it showed.
   *
   * @param action the console's name for it in the audit log, e.g. {@code office.edit-file}
   */
  public SaveOutcome save(OfficeUser user, String candidateId, long shownVersion, FormData form,
      Collection<FormSection> sections, String action, String remoteAddress) {
    Optional<Shown> shown = shown(user, candidateId, shownVersion);
    if (shown.isEmpty()) {
      return new SaveOutcome.NotFound();
    }
    CandidateForm.Read read = CandidateForm.read(form, shown.get().candidate(), sections);
    if (!read.violations().isEmpty()) {
      return new SaveOutcome.Refused(CandidateForm.allProblems(read, read.candidate() == null ? List.of()
          : read.candidate().validate(clock)), read.rename());
    }
    ObjectNode changed = changes(shown.get().candidate(), read.candidate(), sections);
    if (changed.isEmpty()) {
      return new SaveOutcome.Unchanged(candidateId);
    }
    MutationResult result = writes.push(user, writes.update(RecordType.CANDIDATE, UUID.fromString(candidateId),
        shownVersion, changed), remoteAddress);
    List<String> fields = new ArrayList<>();
    changed.fieldNames().forEachRemaining(fields::add);
    writes.audited(user, action, RecordType.CANDIDATE, candidateId, result, remoteAddress,
        "fields=" + String.join(",", fields));
    return SaveOutcome.of(candidateId, result, read.rename());
  }

  /** The fields of these sections whose value the form changed, with their new value. */
  static ObjectNode changes(Candidate before, Candidate after, Collection<FormSection> sections) {
    ObjectNode was = Json.MAPPER.valueToTree(before);
    ObjectNode now = Json.MAPPER.valueToTree(after);
    ObjectNode changed = Json.MAPPER.createObjectNode();
    for (FormSection section : sections) {
      for (String field : section.fields()) {
        // A field left out when empty (the kind of benefit, not recorded) reads as null.
        JsonNode value = now.hasNonNull(field) ? now.get(field) : NullNode.getInstance();
        if (!value.equals(was.hasNonNull(field) ? was.get(field) : NullNode.getInstance())) {
          changed.set(field, value);
        }
      }
    }
    return changed;
  }
}
