package nl.trede.server.office.obligations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Corrections;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.kpi.CandidateFileLoader;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.ConsoleWrites;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.files.SaveOutcome;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.FormData;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.sync.RecordType;

/**
 * Maatregelen and tegenprestaties in the console (002 §4.5, 001 §2.1.3): those of a file, recording
 * one through sync like any device, and the "Niet verschenen" signal: a no-show "dan volgt een
 * sanctie die passend is" (000 §5), so a no-show nothing has followed yet reaches the case manager.
 */
@Singleton
public class Obligations {
  private final QueryRunner db;
  private final ConsoleWrites writes;
  private final DisplayNames directory;
  private final OfficeText text;
  private final CandidateFileLoader files;
  private final Clock clock;

  public Obligations(QueryRunner db, ConsoleWrites writes, DisplayNames directory, OfficeText text,
      CandidateFileLoader files, Clock clock) {
    this.db = db;
    this.writes = writes;
    this.directory = directory;
    this.text = text;
    this.files = files;
    this.clock = clock;
  }

  /** One measure as the console shows it; {@code corrected}: a later measure replaced it. */
  public record Line(String id, ObligationKind kind, String kindLabel, LocalDate decidedOn, String decidedBy,
      String what, LocalDate fromDate, LocalDate untilDate, String justification, boolean corrected) {}

  /** A no-show in a file nothing has followed yet: no later contact, no measure since. */
  /**
   * @param contactId the contact not appeared at; null for a group session
   * @param session the title of the group session not appeared at; null for a contact
   */
  public record Signal(String candidateId, String candidateName, String contactId, String day, String session) {}

  /** The measures of a file the user reaches, newest first. */
  public List<Line> ofFile(OfficeUser user, String candidateId) {
    List<ObligationMeasure> measures = measures(user, List.of(candidateId));
    Set<UUID> corrected = new HashSet<>(Corrections.notInForce(measures.stream().map(Corrections.Link::of).toList()));
    Map<String, DisplayNames.Person> people = directory.users(user.tenantId());
    List<Line> lines = new ArrayList<>();
    for (ObligationMeasure m : measures) {
      DisplayNames.Person by = people.get(String.valueOf(m.decidedBy()));
      String what = m.kind() == ObligationKind.BENEFIT_REDUCTION
          ? text.get("obligation.reduction-line", m.percentage(), m.months())
          : text.get("obligation.service-line", m.activity(), m.hoursPerWeek().stripTrailingZeros().toPlainString());
      lines.add(new Line(m.id().toString(), m.kind(), text.label("obligation.kind", m.kind()), m.decidedOn(),
          by == null ? text.get("visits.unknown") : by.displayName(), what, m.fromDate(), m.untilDate(),
          m.justification(), corrected.contains(m.id())));
    }
    lines.sort(Comparator.comparing(Line::decidedOn).thenComparing(Line::id).reversed());
    return lines;
  }

  private List<ObligationMeasure> measures(OfficeUser user, List<String> candidateIds) {
    if (candidateIds.isEmpty()) {
      return List.of();
    }
    SqlQuery sql = new SqlQuery("SELECT r.data FROM sync_record r WHERE r.tenant_id = ? AND r.type = ?"
        + " AND r.deleted = ?", user.tenantId(), RecordType.OBLIGATION_MEASURE.wireName(), false)
        .and(user.scope().records("r.candidate_id")).andIn("r.candidate_id", candidateIds);
    return db.list(sql, rs -> StoredJson.read(rs.getString(1), ObligationMeasure.class));
  }

  /**
   * The no-shows in the files this user reaches that nothing has followed: no contact recorded after
   * it (a later no-show is the signal instead) nor a group contact attended on a later day (a contact
   * moment too, decision 0064), not corrected, and no maatregel or tegenprestatie decided on or after
   * its day or naming it. Oldest first: the longest unanswered comes first.
   */
  public List<Signal> noShows(OfficeUser user) {
    return noShows(user, null);
  }

  /** The signals of one file ({@code candidateId}), or of every file the user reaches (null). */
  public List<Signal> noShows(OfficeUser user, String candidateId) {
    SqlQuery sql = new SqlQuery("SELECT v.record_id, v.candidate_id, v.event_at FROM visit_log v"
        + " WHERE v.tenant_id = ? AND v.kind = ? AND v.no_show = ?", user.tenantId(),
        RecordType.CONTACT.wireName(), true)
        .and(user.scope().files("v.candidate_id"))
        .and("NOT EXISTS (SELECT 1 FROM visit_log l WHERE l.tenant_id = v.tenant_id AND l.kind = v.kind"
            + " AND l.candidate_id = v.candidate_id AND (l.event_at > v.event_at OR l.corrects_id = v.record_id))")
        .and("NOT EXISTS (SELECT 1 FROM record_name n WHERE n.record_id = v.candidate_id"
            + " AND (n.deleted = ? OR n.exit_date IS NOT NULL))", true);
    if (candidateId != null) {
      sql.and("v.candidate_id = ?", candidateId);
    }
    List<String[]> rows = db.list(sql, rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
    List<String> files = rows.stream().map(r -> r[1]).distinct().toList();
    Map<String, List<ObligationMeasure>> measuresByFile = measures(user, files).stream()
        .collect(java.util.stream.Collectors.groupingBy(m -> m.candidateId().toString()));
    Map<String, DisplayNames.Named> names = directory.names(user.tenantId(), files);
    Map<UUID, List<LocalDate>> inGroup = this.files.groupContacts(user.tenantId(), files);
    List<Signal> signals = new ArrayList<>();
    for (String[] r : rows) {
      LocalDate day = LocalDate.parse(r[2].substring(0, 10));
      boolean followed = groupContactAfter(inGroup, r[1], day)
          || measuresByFile.getOrDefault(r[1], List.of()).stream().anyMatch(m ->
          r[0].equals(String.valueOf(m.reasonContactId())) || !m.decidedOn().isBefore(day));
      if (!followed) {
        DisplayNames.Named name = names.get(r[1]);
        signals.add(new Signal(r[1], name == null ? text.get("visits.unknown") : name.name(), r[0], r[2], null));
      }
    }
    signals.addAll(sessionNoShows(user, candidateId));
    signals.sort(Comparator.comparing(Signal::day).thenComparing(s -> String.valueOf(s.contactId())));
    return signals;
  }

  /** Whether the file's candidate attended a group contact that counts on a day after this one. */
  private static boolean groupContactAfter(Map<UUID, List<LocalDate>> inGroup, String file, LocalDate day) {
    return inGroup.getOrDefault(UUID.fromString(file), List.of()).stream().anyMatch(d -> d.isAfter(day));
  }

  /**
   * A group session not appeared at (presence {@code NO_SHOW}, issue 18) in an open file, with no
   * contact after the session's day (an attended group contact included) and no measure decided on
   * or after it: as a contact's no-show.
   */
  private List<Signal> sessionNoShows(OfficeUser user, String candidateId) {
    SqlQuery sql = new SqlQuery("SELECT r.data FROM sync_record r WHERE r.tenant_id = ? AND r.type = ?"
        + " AND r.deleted = ? AND r.data LIKE ?", user.tenantId(), RecordType.SESSION_ATTENDANCE.wireName(), false,
        "%\"NO_SHOW\"%").and(user.scope().files("r.candidate_id"))
        .and("NOT EXISTS (SELECT 1 FROM record_name n WHERE n.record_id = r.candidate_id"
            + " AND (n.deleted = ? OR n.exit_date IS NOT NULL))", true);
    if (candidateId != null) {
      sql.and("r.candidate_id = ?", candidateId);
    }
    List<SessionAttendance> missed = db.list(sql, rs -> StoredJson.read(rs.getString(1), SessionAttendance.class))
        .stream().filter(a -> a.presence() == SessionAttendance.Presence.NO_SHOW).toList();
    if (missed.isEmpty()) {
      return List.of();
    }
    // One query each for the sessions, the files' last contacts, their measures and names: the
    // candidate list asks this on every load.
    Map<UUID, GroupSession> sessions = new java.util.HashMap<>();
    db.list(new SqlQuery("SELECT r.data FROM sync_record r WHERE r.tenant_id = ? AND r.deleted = ?", user.tenantId(),
        false).andIn("r.id", missed.stream().map(a -> a.sessionId().toString()).distinct().toList()),
        rs -> StoredJson.read(rs.getString(1), GroupSession.class)).forEach(g -> sessions.put(g.id(), g));
    List<String> files = missed.stream().map(a -> a.candidateId().toString()).distinct().toList();
    // event_at is the local day as text ("2026-12-04 10:00"): it sorts as the day does.
    Map<String, String> lastContact = new java.util.HashMap<>();
    db.list(new SqlQuery("SELECT l.candidate_id, MAX(l.event_at) FROM visit_log l WHERE l.tenant_id = ? AND l.kind = ?",
        user.tenantId(), RecordType.CONTACT.wireName()).andIn("l.candidate_id", files).append("GROUP BY l.candidate_id"),
        rs -> new String[] {rs.getString(1), rs.getString(2)}).forEach(r -> lastContact.put(r[0], r[1]));
    Map<String, List<ObligationMeasure>> measuresByFile = measures(user, files).stream()
        .collect(java.util.stream.Collectors.groupingBy(m -> m.candidateId().toString()));
    Map<String, DisplayNames.Named> names = directory.names(user.tenantId(), files);
    Map<UUID, List<LocalDate>> inGroup = this.files.groupContacts(user.tenantId(), files);
    List<Signal> signals = new ArrayList<>();
    for (SessionAttendance a : missed) {
      GroupSession session = sessions.get(a.sessionId());
      String file = a.candidateId().toString();
      if (session == null) {
        continue;
      }
      String after = session.date().plusDays(1).toString();
      boolean contacted = lastContact.containsKey(file) && lastContact.get(file).compareTo(after) >= 0
          || groupContactAfter(inGroup, file, session.date());
      boolean measured = measuresByFile.getOrDefault(file, List.of()).stream()
          .anyMatch(m -> !m.decidedOn().isBefore(session.date()));
      if (!contacted && !measured) {
        DisplayNames.Named name = names.get(file);
        signals.add(new Signal(file, name == null ? text.get("visits.unknown") : name.name(), null,
            session.date().toString(), session.title()));
      }
    }
    return signals;
  }

  /**
   * Records a measure decided by this user, through sync like any device: the same rules (shared
   * validation, the role table, the municipality's limits) refuse it with the field named.
   */
  public SaveOutcome record(OfficeUser user, String candidateId, FormData form, String remote) {
    UUID id = Ids.newId();
    ObjectNode fields = Json.MAPPER.createObjectNode().put("id", id.toString()).put("candidateId", candidateId)
        .put("decidedBy", user.userId()).put("decidedOn", LocalDate.now(clock.withZone(DisplayFormat.ZONE)).toString());
    String kind = form.get("kind");
    fields.put("kind", kind);
    fields.put("justification", form.get("justification"));
    fields.put("fromDate", form.get("fromDate"));
    fields.put("untilDate", form.get("untilDate"));
    fields.put("reasonContactId", form.get("reasonContactId"));
    if (ObligationKind.BENEFIT_REDUCTION.name().equals(kind)) {
      number(fields, "percentage", form.get("percentage"));
      number(fields, "months", form.get("months"));
    } else if (ObligationKind.COMMUNITY_SERVICE.name().equals(kind)) {
      fields.put("activity", form.get("activity"));
      number(fields, "hoursPerWeek", form.get("hoursPerWeek"));
    }
    Mutation create = new Mutation(Ids.newId(), RecordType.OBLIGATION_MEASURE, id, MutationKind.CREATE, 0, fields,
        List.of(), clock.instant());
    MutationResult result = writes.push(user, create, remote);
    writes.audited(user, "office.record-obligation", RecordType.OBLIGATION_MEASURE, id.toString(), result, remote,
        "kind=" + kind);
    return SaveOutcome.of(id.toString(), result, Map.of());
  }

  /** A number as typed: as a number when it is one, else as typed, so sync names the field ("type"). */
  private static void number(ObjectNode fields, String name, String value) {
    if (value == null) {
      fields.putNull(name);
      return;
    }
    try {
      BigDecimal n = new BigDecimal(value.replace(',', '.'));
      if (n.scale() <= 0) {
        fields.put(name, n.intValueExact());
      } else {
        fields.put(name, n);
      }
    } catch (ArithmeticException | NumberFormatException e) {
      fields.put(name, value);
    }
  }
}
