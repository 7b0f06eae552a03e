package nl.trede.server.office.candidates;

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
import nl.trede.domain.DomainRecord;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.kpi.LadderHistory;
import nl.trede.config.PremiumEligibility;
import nl.trede.server.kpi.OverdueContacts;
import nl.trede.server.kpi.Synced;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.visits.VisitEntries;
import nl.trede.server.office.visits.VisitEntry;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.RecordType;

/** One candidate's file as the office reads it: details, plan, ladder history and timeline. */
@Singleton
public class CandidateFile {
  private final QueryRunner db;
  private final DisplayNames directory;
  private final VisitEntries entries;
  private final KpiService kpis;
  private final FileHistory history;

  public CandidateFile(QueryRunner db, DisplayNames directory, VisitEntries entries, KpiService kpis,
      FileHistory history) {
    this.kpis = kpis;
    this.history = history;
    this.db = db;
    this.directory = directory;
    this.entries = entries;
  }

  /**
   * @param timeline contacts, steps and hours, newest first
   * @param steps the ladder steps in force, oldest first
   * @param openConflicts fields of the file waiting for a person to choose
   * @param version the file's version now, which the page's forms stand on
   * @param items the timeline with the file's own changes and referrals in it, newest first
   * @param premium when the uitstroompremie's conditions are or will be met (002 §3.3.9); null when
   *     the municipality has none, it was granted, or no work qualifies
   */
  public record View(Candidate candidate, Instant registeredAt, String caseManager,
      List<String> coaches, Integer rung, OverdueContacts.CandidateStatus contactStatus,
      List<VisitEntry> timeline, List<VisitEntry> steps, int openConflicts, long version, List<Item> items,
      PremiumEligibility premium) {
    /** Closed on or before this day (uitstroom); a file with an exit date ahead is open until then. */
    public boolean closedOn(LocalDate day) {
      return !candidate.isOpenOn(day) && candidate.exit() != null;
    }
  }

  /**
   * One line of the timeline: an entry recorded in the field, or a change of the file itself (its
   * record or a referral), at the day and time it happened or reached the server.
   */
  public record Item(LocalDate date, String time, VisitEntry entry, FileHistory.Change change) {}

  private record Stored(String type, String data, long seq, Instant createdAt, boolean deleted, String conflicts,
      long version) {}

  /** A live record of the file other than the candidate, read once, typed. */
  private record Entry(Stored stored, RecordType type, DomainRecord record) {}

  /** The file, or empty when it does not exist, is deleted, or is outside the user's view. */
  public Optional<View> view(OfficeUser user, String candidateId, LocalDate today) {
    SqlQuery sql = new SqlQuery("SELECT r.type, r.data, r.seq, r.created_at, r.deleted, r.conflicts, r.version"
        + " FROM sync_record r WHERE r.tenant_id = ? AND r.candidate_id = ?", user.tenantId(), candidateId);
    sql.and(user.scope().files("r.candidate_id"));
    List<Stored> rows = db.list(sql, rs -> new Stored(rs.getString(1), rs.getString(2), rs.getLong(3),
        rs.getTimestamp(4).toInstant(), rs.getBoolean(5), rs.getString(6), rs.getLong(7)));
    Stored file = rows.stream().filter(r -> r.type().equals(RecordType.CANDIDATE.wireName())).findFirst().orElse(null);
    if (file == null || file.deleted()) {
      return Optional.empty();
    }
    Candidate candidate = StoredJson.read(file.data(), Candidate.class);
    // A deleted record keeps its file but not its content: it is no entry of the timeline.
    List<Entry> live = rows.stream().filter(r -> !r.deleted() && !r.type().equals(RecordType.CANDIDATE.wireName()))
        .map(CandidateFile::entry).toList();
    Map<String, DisplayNames.Person> users = directory.users(user.tenantId());
    List<VisitEntry> timeline = timeline(user, candidateId, live, users);
    List<Synced<LadderStep>> steps = live.stream().filter(e -> e.record() instanceof LadderStep)
        .map(e -> new Synced<>((LadderStep) e.record(), e.stored().seq(), e.stored().createdAt())).toList();
    List<Synced<LadderStep>> inForce = Corrections.inForce(steps, Synced::record);
    Set<String> inForceIds = new HashSet<>();
    inForce.forEach(s -> inForceIds.add(s.record().id().toString()));
    List<VisitEntry> ladder = timeline.stream()
        .filter(e -> e.type() == RecordType.LADDER_STEP && inForceIds.contains(e.id()))
        .sorted(Comparator.comparing(VisitEntry::date).thenComparing(VisitEntry::id))
        .toList();
    OverdueContacts.CandidateStatus status = kpis.contactStatuses(user.tenantId(), List.of(candidateId), today)
        .get(candidate.id());
    int conflicts = StoredJson.read(file.conflicts(), JsonNode.class).size();
    List<Placement> placements = live.stream().filter(e -> e.record() instanceof Placement)
        .map(e -> (Placement) e.record()).toList();
    PremiumEligibility premium = kpis.configuration(user.tenantId())
        .flatMap(config -> PremiumEligibility.of(config, candidate, placements, today)).orElse(null);
    return Optional.of(new View(candidate, file.createdAt(),
        candidate.caseManagerId() == null ? null : name(users, candidate.caseManagerId().toString()),
        candidate.coachIds().stream().map(id -> name(users, id.toString())).toList(),
        LadderHistory.rungAt(inForce, today).orElse(null), status, timeline, ladder, conflicts, file.version(),
        items(timeline, history.of(user, candidateId, users)), premium));
  }

  /** The field's entries and the file's changes in one line of time, newest first. */
  private static List<Item> items(List<VisitEntry> timeline, List<FileHistory.Change> changes) {
    List<Item> items = new ArrayList<>(timeline.size() + changes.size());
    timeline.forEach(e -> items.add(new Item(e.date(), e.time(), e, null)));
    for (FileHistory.Change c : changes) {
      java.time.ZonedDateTime at = c.at().atZone(nl.trede.server.office.view.DisplayFormat.ZONE);
      items.add(new Item(at.toLocalDate(), String.format("%02d:%02d", at.getHour(), at.getMinute()), null, c));
    }
    items.sort(Comparator.comparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> i.time() == null ? "" : i.time()).reversed());
    return items;
  }

  /** Contacts, steps, hours and placements of the file, newest first. */
  private List<VisitEntry> timeline(OfficeUser user, String candidateId, List<Entry> live,
      Map<String, DisplayNames.Person> users) {
    Set<String> ids = new HashSet<>();
    ids.add(candidateId);
    List<Corrections.Link> history = new ArrayList<>();
    for (Entry e : live) {
      if (e.type().appendOnly()) {
        history.add(Corrections.Link.of(e.record()));
      }
      employerOf(e.record()).ifPresent(id -> ids.add(id.toString()));
    }
    // Struck through: what the one rule of corrections puts out of force, as the figures do.
    Corrections.Verdict verdict = Corrections.decide(history);
    Map<String, DisplayNames.Named> names = directory.names(user.tenantId(), ids);
    Set<String> afterHandover = new HashSet<>(db.list(new SqlQuery(
        "SELECT record_id FROM handover_arrival WHERE tenant_id = ? AND candidate_id = ?", user.tenantId(),
        candidateId), rs -> rs.getString(1)));
    List<VisitEntry> timeline = new ArrayList<>();
    for (Entry e : live) {
      if (e.type() == RecordType.EMPLOYER || e.type() == RecordType.VACANCY || e.type() == RecordType.REFERRAL
          || e.type() == RecordType.OBLIGATION_MEASURE || e.type() == RecordType.EMPLOYER_CONTACT
          || e.type() == RecordType.SESSION_ATTENDANCE || e.type() == RecordType.ASSESSMENT
          || e.type() == RecordType.BROAD_INTAKE) {
        continue;
      }
      UUID id = e.record().id();
      timeline.add(entries.entry(e.type(), e.stored().data(), new VisitEntries.Shown(users, names,
          verdict.notInForce().contains(id), verdict.withdrawn(id), afterHandover.contains(id.toString()),
          e.stored().createdAt())));
    }
    timeline.sort(Comparator.comparing(VisitEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(e -> e.time() == null ? "" : e.time())
        .thenComparing(VisitEntry::id).reversed());
    return timeline;
  }

  /** The employer a record names, for the names the timeline shows. */
  private static Optional<UUID> employerOf(DomainRecord record) {
    if (record instanceof Contact c) {
      return Optional.ofNullable(c.employerId());
    }
    if (record instanceof CoachingHours h) {
      return Optional.ofNullable(h.employerId());
    }
    return record instanceof Placement p ? Optional.ofNullable(p.employerId()) : Optional.empty();
  }

  private static Entry entry(Stored stored) {
    RecordType type = RecordType.fromWire(stored.type());
    return new Entry(stored, type, StoredJson.record(type, stored.data()));
  }

  private static String name(Map<String, DisplayNames.Person> users, String id) {
    DisplayNames.Person p = users.get(id);
    return p == null ? "?" : p.displayName();
  }
}
