package nl.trede.server.office.candidates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Corrections;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.kpi.LadderHistory;
import nl.trede.server.kpi.OverdueContacts;
import nl.trede.server.kpi.Synced;
import nl.trede.server.office.Db;
import nl.trede.server.office.Directory;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.Sql;
import nl.trede.server.office.visits.VisitEntries;
import nl.trede.server.office.visits.VisitEntry;

/** One candidate's file as the office reads it: details, plan, ladder history and timeline. */
@Singleton
public class CandidateFile {
  private final Db db;
  private final Directory directory;
  private final VisitEntries entries;
  private final KpiService kpis;

  public CandidateFile(Db db, Directory directory, VisitEntries entries, KpiService kpis) {
    this.kpis = kpis;
    this.db = db;
    this.directory = directory;
    this.entries = entries;
  }

  /**
   * @param timeline contacts, steps and hours, newest first
   * @param steps the ladder steps in force, oldest first
   * @param openConflicts fields of the file waiting for a person to choose
   */
  public record View(Candidate candidate, Instant registeredAt, String caseManager,
      List<String> coaches, Integer rung, OverdueContacts.CandidateStatus contactStatus,
      List<VisitEntry> timeline, List<VisitEntry> steps, int openConflicts) {}

  private record Stored(String type, String data, long seq, Instant createdAt, boolean deleted, String conflicts) {}

  /** A live record of the file other than the candidate, read once. */
  private record Entry(Stored stored, JsonNode node) {}

  /** The file, or empty when it does not exist, is deleted, or is outside the user's view. */
  public Optional<View> view(OfficeUser user, String candidateId, LocalDate today) {
    Sql sql = new Sql("SELECT r.type, r.data, r.seq, r.created_at, r.deleted, r.conflicts"
        + " FROM sync_record r WHERE r.tenant_id = ? AND r.candidate_id = ?", user.tenantId(), candidateId);
    sql.and(user.scope().files("r.candidate_id"));
    List<Stored> rows = db.list(sql, rs -> new Stored(rs.getString(1), rs.getString(2), rs.getLong(3),
        rs.getTimestamp(4).toInstant(), rs.getBoolean(5), rs.getString(6)));
    Stored file = rows.stream().filter(r -> r.type().equals("candidate")).findFirst().orElse(null);
    if (file == null || file.deleted()) {
      return Optional.empty();
    }
    Candidate candidate = read(file.data(), Candidate.class);
    List<Corrections.Link> history = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    ids.add(candidateId);
    List<Synced<LadderStep>> steps = new ArrayList<>();
    // A deleted record keeps its file but not its content: it is no entry of the timeline.
    List<Entry> live = rows.stream().filter(r -> !r.deleted() && !r.type().equals("candidate"))
        .map(r -> new Entry(r, read(r.data(), JsonNode.class))).toList();
    for (Entry e : live) {
      JsonNode node = e.node();
      if (node.hasNonNull("id")) {
        history.add(new Corrections.Link(UUID.fromString(node.get("id").asText()),
            node.hasNonNull("correctsId") ? UUID.fromString(node.get("correctsId").asText()) : null));
      }
      if (node.hasNonNull("employerId")) {
        ids.add(node.get("employerId").asText());
      }
      if (e.stored().type().equals("ladder-step")) {
        steps.add(new Synced<>(Json.MAPPER.convertValue(node, LadderStep.class), e.stored().seq(),
            e.stored().createdAt()));
      }
    }
    Map<String, Directory.Person> users = directory.users(user.tenantId());
    Map<String, Directory.Named> names = directory.names(user.tenantId(), ids);
    Set<String> afterHandover = new HashSet<>(db.list(new Sql(
        "SELECT record_id FROM handover_arrival WHERE tenant_id = ? AND candidate_id = ?", user.tenantId(),
        candidateId), rs -> rs.getString(1)));
    // Struck through: what the one rule of corrections puts out of force, as the figures do.
    Set<String> corrected = new HashSet<>();
    Corrections.notInForce(history).forEach(id -> corrected.add(id.toString()));
    List<VisitEntry> timeline = new ArrayList<>();
    for (Entry e : live) {
      Stored r = e.stored();
      if (r.type().equals("employer") || r.type().equals("vacancy")) {
        continue;
      }
      String id = e.node().path("id").asText();
      timeline.add(entries.entry(r.type(), r.data(), corrected.contains(id), afterHandover.contains(id),
          r.createdAt(), users, names));
    }
    timeline.sort(Comparator.comparing(VisitEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(e -> e.time() == null ? "" : e.time())
        .thenComparing(VisitEntry::id).reversed());
    List<Synced<LadderStep>> inForce = Corrections.inForce(steps, Synced::record);
    Set<String> inForceIds = new HashSet<>();
    inForce.forEach(s -> inForceIds.add(s.record().id().toString()));
    List<VisitEntry> ladder = timeline.stream()
        .filter(e -> e.kind().equals("ladder-step") && inForceIds.contains(e.id()))
        .sorted(Comparator.comparing(VisitEntry::date).thenComparing(VisitEntry::id))
        .toList();
    OverdueContacts.CandidateStatus status = kpis.contactStatuses(user.tenantId(), List.of(candidateId), today)
        .get(candidate.id());
    int conflicts = read(file.conflicts(), JsonNode.class).size();
    return Optional.of(new View(candidate, file.createdAt(),
        candidate.caseManagerId() == null ? null : name(users, candidate.caseManagerId().toString()),
        candidate.coachIds().stream().map(id -> name(users, id.toString())).toList(),
        LadderHistory.rungAt(inForce, today).orElse(null), status, timeline, ladder, conflicts));
  }

  private static String name(Map<String, Directory.Person> users, String id) {
    Directory.Person p = users.get(id);
    return p == null ? "?" : p.displayName();
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " does not parse", e);
    }
  }
}
