package nl.trede.client.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.GroupContacts;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Corrections;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;
import nl.trede.sync.RoleRules.ReferralReach;

/**
 * What the field screens read: records, a candidate's timeline and history, the caseload with what
 * its screen filters on, employers, the configuration, and the records that need the coach's
 * attention. Read-only; every query holds the store's lock only while it runs.
 */
public final class FieldQueries {
  private final StoreConnection db;
  private final RecordRows rows;

  FieldQueries(StoreConnection db, RecordRows rows) {
    this.db = db;
    this.rows = rows;
  }

  /** A record as stored, tombstones included. */
  public Optional<StoredRecord> find(UUID id) {
    return rows.find(id);
  }

  /** Every record the device holds, tombstones included: what it would show or hand over. */
  public List<StoredRecord> records() {
    return db.query("SELECT * FROM record ORDER BY id", List.of(), RecordRows::read);
  }

  public Optional<Candidate> candidate(UUID id) {
    return rows.candidate(id);
  }

  /**
   * The files on the device of people born on this day, for the duplicate check before a new file
   * is registered ({@code SamePerson}): read by the date, so the names are compared in one place.
   */
  public List<Candidate> bornOn(LocalDate day) {
    return db.query("""
        SELECT data FROM record
        WHERE type = 'candidate' AND deleted = 0 AND data IS NOT NULL AND json_extract(data, '$.dateOfBirth') = ?
        ORDER BY id""", List.of(day.toString()), rs -> read(RecordType.CANDIDATE, rs));
  }

  /** The candidate's current rung: the toRung of the latest ladder step by date. */
  public Optional<Integer> currentRung(UUID candidateId) {
    return db.query("""
        SELECT json_extract(data, '$.toRung') FROM record
        WHERE type = 'ladder-step' AND deleted = 0 AND candidate_id = ?
        ORDER BY json_extract(data, '$.date') DESC, id DESC LIMIT 1""",
        List.of(candidateId.toString()), rs -> rs.getInt(1)).stream().findFirst();
  }

  /** Contacts, ladder steps and coaching hours of one candidate, newest first. */
  public List<TimelineEntry> timeline(UUID candidateId) {
    return db.query("""
        SELECT * FROM record
        WHERE candidate_id = ? AND deleted = 0 AND type IN ('contact', 'ladder-step', 'coaching-hours')
        ORDER BY event_at DESC, id DESC""", List.of(candidateId.toString()), rs -> {
      StoredRecord row = RecordRows.read(rs);
      return new TimelineEntry(row.type(), row.eventAt(), MutationRules.read(row.type(), row.data()),
          row.syncState(), row.violations());
    });
  }

  public List<Employer> employers() {
    return this.<Employer>all(RecordType.EMPLOYER).stream()
        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
  }

  /** The municipality's configuration as the server last sent it; empty before the first sync. */
  public Optional<MunicipalityConfig> configuration() {
    return this.<MunicipalityConfig>all(RecordType.CONFIGURATION).stream().findFirst();
  }

  /**
   * Whether a referral reached this device as one of its receiving team's, the users of one role
   * (sync-protocol.md, "Referrals"): its target is a team of this role in the configuration. The
   * server keeps to whom it was addressed when it was sent; the device has no copy of that, so for
   * a target the configuration no longer names it goes by the one other sign: only the team's
   * devices are sent a referral without its file.
   */
  public boolean addressedTo(Referral referral, Role role) {
    return role.hasCaseload() && configuration().flatMap(c -> c.referralTarget(referral.target()))
        .map(t -> t.isTeam() && t.role() == role)
        .orElseGet(() -> rows.candidate(referral.candidateId()).isEmpty());
  }

  /**
   * How a user of this role reaches a referral here, as the server decides it for a push: through
   * the file when a file owner holds it, else as its team's when it was addressed to them.
   */
  public ReferralReach referralReach(Referral referral, Role role) {
    boolean owner = role.ownsFiles() && rows.candidate(referral.candidateId()).isPresent();
    return !owner && addressedTo(referral, role) ? ReferralReach.ADDRESSED : ReferralReach.FILE;
  }

  /** Every live referral the device holds, as stored (with its sync state): the inbox picks its team's. */
  public List<StoredRecord> referrals() {
    return db.query("SELECT * FROM record WHERE type = 'referral' AND deleted = 0 AND data IS NOT NULL ORDER BY id",
        List.of(), RecordRows::read);
  }

  /** Every live record of a type the device holds. */
  public <T extends DomainRecord> List<T> all(RecordType type) {
    return db.query("SELECT data FROM record WHERE type = ? AND deleted = 0 AND data IS NOT NULL ORDER BY id",
        List.of(type.wireName()), rs -> read(type, rs));
  }

  /** The live records of one type in a candidate's file. */
  public <T extends DomainRecord> List<T> inFile(UUID candidateId, RecordType type) {
    return db.query("""
        SELECT data FROM record WHERE candidate_id = ? AND type = ? AND deleted = 0 AND data IS NOT NULL
        ORDER BY event_at, id""", List.of(candidateId.toString(), type.wireName()), rs -> read(type, rs));
  }

  /**
   * A candidate's history as stored, with each record's sync state: contacts, ladder steps, coaching
   * hours, placements, referrals, maatregelen and tegenprestaties, measurements, brede uitvragen, corrected entries included (the
   * timeline shows them struck through).
   */
  public List<StoredRecord> history(UUID candidateId) {
    return db.query("""
        SELECT * FROM record
        WHERE candidate_id = ? AND deleted = 0 AND data IS NOT NULL
          AND type IN ('contact', 'ladder-step', 'coaching-hours', 'placement', 'referral', 'obligation-measure',
            'assessment', 'broad-intake')
        ORDER BY event_at DESC, id DESC""", List.of(candidateId.toString()), RecordRows::read);
  }

  /**
   * The whole caseload with what its screen filters on, in three queries however large it is: the
   * candidates, every ladder step's rung and date, and per candidate, of the contacts no other
   * contact corrects, the latest conversation (the next contact due counts from it) and the latest
   * no-show. The corrected ids are one uncorrelated subquery, read once from the record_by_corrects
   * index: a correlated NOT EXISTS would run json_extract over every record for
   * every contact (minutes for a caseload of 10,000 records). A withdrawal (decision 0050) is left
   * out as well: with what it withdraws gone, its chain has no conversation. The group contacts
   * attended ({@link #groupContacts}) are read beside them.
   */
  public List<CaseloadFile> caseloadFiles() {
    synchronized (db) {
      Map<UUID, List<LadderStep>> steps = rungsByCandidate();
      Map<UUID, List<Contact>> lastContacts = lastContactsByCandidate();
      Map<UUID, List<LocalDate>> inGroup = groupContacts();
      return db.query(
          "SELECT data, sync_state FROM record WHERE type = 'candidate' AND deleted = 0 AND data IS NOT NULL",
          List.of(), rs -> {
            Candidate candidate = read(RecordType.CANDIDATE, rs);
            return new CaseloadFile(new CandidateFile(candidate, steps.getOrDefault(candidate.id(), List.of()),
                List.of(), lastContacts.getOrDefault(candidate.id(), List.of()), List.of(),
                inGroup.getOrDefault(candidate.id(), List.of())), SyncState.valueOf(rs.getString(2)));
          });
    }
  }

  /**
   * Per candidate, the days of the group contacts they attended that count as contacts, by the one
   * rule the server applies too ({@link GroupContacts}, decision 0064). Nothing is read where no kind
   * of session counts, so a caseload elsewhere costs no extra query.
   */
  public Map<UUID, List<LocalDate>> groupContacts() {
    return groupContactsOf(null);
  }

  /** The same for one candidate's file (the candidate page): only their invitations are read. */
  public List<LocalDate> groupContacts(UUID candidateId) {
    return groupContactsOf(candidateId.toString()).getOrDefault(candidateId, List.of());
  }

  private Map<UUID, List<LocalDate>> groupContactsOf(String candidateId) {
    synchronized (db) {
      MunicipalityConfig config = configuration().orElse(null);
      if (GroupContacts.kinds(config).isEmpty()) {
        return Map.of();
      }
      List<SessionAttendance> attended = db.query("""
          SELECT data FROM record WHERE type = 'session-attendance' AND deleted = 0 AND data IS NOT NULL
            AND json_extract(data, '$.presence') = 'ATTENDED' AND (? IS NULL OR candidate_id = ?)""",
          java.util.Arrays.asList(candidateId, candidateId), rs -> read(RecordType.SESSION_ATTENDANCE, rs));
      return GroupContacts.daysByCandidate(config, all(RecordType.GROUP_SESSION), attended);
    }
  }

  /** Every ladder step with only what rungs need: the reason and author stay in the record for the timeline. */
  private Map<UUID, List<LadderStep>> rungsByCandidate() {
    Map<UUID, List<LadderStep>> steps = new HashMap<>();
    db.forEachRow("""
        SELECT id, candidate_id, json_extract(data, '$.fromRung'), json_extract(data, '$.toRung'),
          json_extract(data, '$.date'), json_extract(data, '$.correctsId')
        FROM record WHERE type = 'ladder-step' AND deleted = 0 AND candidate_id IS NOT NULL""", List.of(), rs -> {
      UUID candidate = UUID.fromString(rs.getString(2));
      Object from = rs.getObject(3);
      String corrects = rs.getString(6);
      steps.computeIfAbsent(candidate, k -> new ArrayList<>()).add(new LadderStep(
          UUID.fromString(rs.getString(1)), candidate, from == null ? null : ((Number) from).intValue(),
          rs.getInt(4), LocalDate.parse(rs.getString(5)), null, null,
          corrects == null ? null : UUID.fromString(corrects)));
    });
    return steps;
  }

  private Map<UUID, List<Contact>> lastContactsByCandidate() {
    Map<UUID, List<Contact>> lastContacts = new HashMap<>();
    db.forEachRow("""
        SELECT candidate_id, data FROM (
          SELECT k.candidate_id, k.data,
            ROW_NUMBER() OVER (PARTITION BY k.candidate_id, COALESCE(json_extract(k.data, '$.noShow'), 0)
              ORDER BY k.event_at DESC, k.id DESC) AS n
          FROM record k
          WHERE k.type = 'contact' AND k.deleted = 0 AND k.candidate_id IS NOT NULL
            AND COALESCE(json_extract(k.data, '$.withdrawn'), 0) = 0
            AND k.id NOT IN (SELECT json_extract(x.data, '$.correctsId') FROM record x
              WHERE json_extract(x.data, '$.correctsId') IS NOT NULL AND x.type = 'contact' AND x.deleted = 0))
        WHERE n = 1""", List.of(), rs -> lastContacts.computeIfAbsent(UUID.fromString(rs.getString(1)),
            k -> new ArrayList<>()).add(read(RecordType.CONTACT, rs.getString(2))));
    return lastContacts;
  }

  /**
   * Per candidate with a contact carrying a workplace signal since then, the contacts in force that
   * happened at or after {@code since}: what the caseload's workplace signals (decision 0068) are
   * read from, for the whole caseload in two queries. The one rule of corrections ({@link Corrections}) is applied over these and every
   * contact that corrects one, read from the partial index of corrections: a correction dated
   * outside the window still puts what it replaces out of force, and of two offline corrections the
   * one made last counts, as on the candidate's page.
   */
  public Map<UUID, List<Contact>> recentContacts(Instant since) {
    synchronized (db) {
      // Only the files with a contact carrying a signal in the window are read whole: a file without
      // one has no open signal, and most files have none (the field is left out when empty).
      List<Contact> recent = db.query("""
          SELECT data FROM record WHERE type = 'contact' AND deleted = 0 AND data IS NOT NULL
            AND event_at >= ? AND candidate_id IN (SELECT s.candidate_id FROM record s
              WHERE s.type = 'contact' AND s.deleted = 0 AND s.event_at >= ?
                AND json_extract(s.data, '$.signals') IS NOT NULL)""",
          List.of(since.toEpochMilli(), since.toEpochMilli()), rs -> read(RecordType.CONTACT, rs));
      if (recent.isEmpty()) {
        // No signal in the window (the usual caseload): no corrections to read on every refresh.
        return Map.of();
      }
      List<Corrections.Link> links = new ArrayList<>();
      recent.forEach(c -> links.add(Corrections.Link.of(c)));
      db.forEachRow("""
          SELECT id, json_extract(data, '$.correctsId'), COALESCE(json_extract(data, '$.withdrawn'), 0)
          FROM record WHERE json_extract(data, '$.correctsId') IS NOT NULL AND type = 'contact' AND deleted = 0""",
          List.of(), rs -> links.add(new Corrections.Link(UUID.fromString(rs.getString(1)),
              UUID.fromString(rs.getString(2)), rs.getInt(3) != 0)));
      Set<UUID> out = Corrections.notInForce(links);
      Map<UUID, List<Contact>> byCandidate = new HashMap<>();
      for (Contact c : recent) {
        if (!out.contains(c.id())) {
          byCandidate.computeIfAbsent(c.candidateId(), k -> new ArrayList<>()).add(c);
        }
      }
      return byCandidate;
    }
  }

  /** Records whose last change the server rejected or that hold an open conflict, with reasons. */
  public List<ProblemRecord> problems() {
    synchronized (db) {
      List<StoredRecord> found = db.query(
          "SELECT * FROM record WHERE sync_state IN ('CONFLICT', 'REJECTED') ORDER BY updated_at DESC",
          List.of(), RecordRows::read);
      List<ProblemRecord> problems = new ArrayList<>();
      for (StoredRecord row : found) {
        problems.add(new ProblemRecord(row.id(), row.type(), row.candidateId(), row.syncState(),
            row.violations(), rows.conflicts(row.id()), row.data()));
      }
      return problems;
    }
  }

  public List<FieldConflict> conflicts(UUID recordId) {
    return rows.conflicts(recordId);
  }

  /** The first column of the row, a record's JSON. */
  private static <T> T read(RecordType type, ResultSet rs) throws SQLException {
    return read(type, rs.getString(1));
  }

  @SuppressWarnings("unchecked")
  private static <T> T read(RecordType type, String data) {
    return (T) MutationRules.read(type, (ObjectNode) StoreConnection.readTree(data));
  }
}
