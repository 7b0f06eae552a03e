package nl.trede.server.office.projection;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.PersonName;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.placement.Placement;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.sync.RecordWriteListener;
import nl.trede.server.sync.StoredJson;
import nl.trede.server.sync.SyncRecordRow;
import nl.trede.server.sync.WrittenRecord;
import nl.trede.sync.RecordType;

/**
 * Keeps the console's three small tables in step with sync, inside the push's transaction:
 * {@code visit_log} (the columns the visit log filters and sorts on, one row per contact, ladder
 * step, coaching-hours entry and contact with an employer) and {@code record_name} (candidate and employer names for search,
 * a candidate's date of birth for the duplicate check at intake and the day the file closed) and
 * {@code placement_link} (each placement's employer, vacancy and period, for the employer pages).
 * So the console never filters JSON, which SQLite and PostgreSQL would each do their own way and
 * neither fast. The same SQL (INSERT … ON CONFLICT) runs on both.
 */
@Singleton
public class OfficeProjection implements RecordWriteListener {
  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private static final String VISIT = """
      INSERT INTO visit_log (record_id, tenant_id, kind, candidate_id, employer_id, author_id,
        location, event_at, no_show, corrects_id, withdrawn, synced_at, signals)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (record_id) DO NOTHING""";
  private static final String NAME_INSERT = """
      INSERT INTO record_name (record_id, tenant_id, type, name, search_name, sort_name, deleted, birth_date,
        exit_date)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String NAME_UPSERT = NAME_INSERT + """

      ON CONFLICT (record_id) DO UPDATE SET name = excluded.name, search_name = excluded.search_name,
        sort_name = excluded.sort_name, deleted = excluded.deleted, birth_date = excluded.birth_date,
        exit_date = excluded.exit_date""";
  private static final String NAME_KEEP = NAME_INSERT + " ON CONFLICT (record_id) DO NOTHING";
  private static final String NAME_DELETED = "UPDATE record_name SET deleted = ? WHERE record_id = ?";
  private static final String LINK_INSERT = """
      INSERT INTO placement_link (placement_id, tenant_id, employer_id, vacancy_id, candidate_id, kind, start_date,
        end_date)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String LINK_UPSERT = LINK_INSERT + """

      ON CONFLICT (placement_id) DO UPDATE SET employer_id = excluded.employer_id, vacancy_id = excluded.vacancy_id,
        candidate_id = excluded.candidate_id, kind = excluded.kind, start_date = excluded.start_date,
        end_date = excluded.end_date""";
  private static final String LINK_KEEP = LINK_INSERT + " ON CONFLICT (placement_id) DO NOTHING";
  private static final String LINK_DELETED = "DELETE FROM placement_link WHERE placement_id = ?";

  private final QueryRunner queries;

  public OfficeProjection(QueryRunner queries) {
    this.queries = queries;
  }

  @Override
  public void written(Collection<WrittenRecord> rows) {
    project(rows, false);
  }

  /**
   * Projects rows read back from the database in the current transaction. {@code catchingUp}
   * (filling in rows written before the console existed) never overwrites: a push may have
   * projected a newer state meanwhile.
   */
  void projectStored(Collection<SyncRecordRow> rows, boolean catchingUp) {
    project(rows.stream().map(row -> new WrittenRecord(row, row.deleted() ? null
        : StoredJson.record(RecordType.fromWire(row.type()), row.data()))).toList(), catchingUp);
  }

  private void project(Collection<WrittenRecord> written, boolean catchingUp) {
    List<List<Object>> visits = new ArrayList<>();
    List<List<Object>> names = new ArrayList<>();
    List<List<Object>> deletions = new ArrayList<>();
    List<List<Object>> links = new ArrayList<>();
    List<List<Object>> unlinked = new ArrayList<>();
    for (WrittenRecord each : written) {
      SyncRecordRow row = each.row();
      RecordType type = RecordType.fromWire(row.type());
      switch (type) {
        case CONTACT, LADDER_STEP, COACHING_HOURS, EMPLOYER_CONTACT -> {
          if (!row.deleted()) {
            visits.add(visit(row, type, (HistoryEntry) each.record()));
          }
        }
        case CANDIDATE, EMPLOYER -> {
          if (row.deleted()) {
            // A tombstone carries no name: keep the one we have, marked deleted.
            deletions.add(Arrays.asList(true, row.id()));
          } else {
            names.add(name(row, type, each.record()));
          }
        }
        case PLACEMENT -> {
          if (row.deleted()) {
            unlinked.add(List.of(row.id()));
          } else {
            links.add(link(row, (Placement) each.record()));
          }
        }
        case VACANCY, CONFIGURATION, REFERRAL, OBLIGATION_MEASURE -> { }
      }
    }
    queries.batch(catchingUp ? LINK_KEEP : LINK_UPSERT, links);
    queries.batch(LINK_DELETED, unlinked);
    queries.batch(VISIT, visits);
    queries.batch(catchingUp ? NAME_KEEP : NAME_UPSERT, names);
    queries.batch(NAME_DELETED, deletions);
  }

  /** A placement's employer, vacancy and period, for the console's employer pages. */
  private static List<Object> link(SyncRecordRow row, Placement p) {
    return Arrays.asList(row.id(), row.tenantId(), text(p.employerId()), text(p.vacancyId()), text(p.candidateId()),
        p.kind() == null ? "" : p.kind().name(), date(p.startDate()), date(p.endDate()));
  }

  private static String date(java.time.LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static List<Object> visit(SyncRecordRow row, RecordType type, HistoryEntry entry) {
    UUID employerId = entry instanceof Contact c ? c.employerId()
        : entry instanceof CoachingHours h ? h.employerId()
        : entry instanceof EmployerContact e ? e.employerId() : null;
    Contact contact = entry instanceof Contact c ? c : null;
    return Arrays.asList(row.id(), row.tenantId(), type.wireName(), text(entry.candidateId()), text(employerId),
        text(entry.author()), contact == null ? null : contact.location().name(), eventAt(entry),
        contact != null && contact.noShow(), text(entry.correctsId()), entry.withdrawn(), row.createdAt(),
        signals(contact));
  }

  /** A contact's workplace signals as the column holds them (decision 0068): names in order, null for none. */
  static String signals(Contact contact) {
    return contact == null || contact.signals().isEmpty() ? null
        : contact.signals().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
  }

  /**
   * The local date of the event, with the time for entries kept to the minute (contacts): a contact
   * at 23:30 UTC on 31 March is a visit on 1 April in the Netherlands, and filters by period must
   * say so.
   */
  static String eventAt(HistoryEntry entry) {
    return entry.eventTime().map(at -> MINUTE.format(LocalDateTime.ofInstant(at, Violations.ZONE)))
        .orElseGet(() -> entry.eventDate().toString());
  }

  private static List<Object> name(SyncRecordRow row, RecordType type, DomainRecord record) {
    String name;
    String sort;
    String born = null;
    String closed = null;
    if (record instanceof Candidate candidate) {
      String given = candidate.givenName() == null ? "" : candidate.givenName();
      String family = candidate.familyName() == null ? "" : candidate.familyName();
      name = (given + " " + family).trim();
      sort = PersonName.sortKey(given, family);
      born = candidate.dateOfBirth() == null ? null : candidate.dateOfBirth().toString();
      closed = candidate.exit() == null || candidate.exit().date() == null ? null : candidate.exit().date().toString();
    } else {
      name = ((Employer) record).name() == null ? "" : ((Employer) record).name();
      sort = SearchText.normalise(name);
    }
    return Arrays.asList(row.id(), row.tenantId(), type.wireName(), name, SearchText.normalise(name),
        sort, false, born, closed);
  }

  /**
   * Candidates listed under a sort key of before the Dutch name order (family name first, then
   * the prefix: PersonName), re-keyed. Every new key is a collation key ending in zeros; an older
   * one was the plain name, which never does. Only rows still old are touched, so instances
   * starting together agree.
   */
  int rekeyCandidates(int limit) {
    List<String[]> old = queries.list(new nl.trede.server.jdbc.SqlQuery("""
        SELECT n.record_id, r.data FROM record_name n JOIN sync_record r ON r.id = n.record_id
        WHERE n.type = ? AND r.deleted = ? AND n.sort_name NOT LIKE ? ORDER BY n.record_id LIMIT ?""",
        "candidate", false, "%00000000", limit), rs -> new String[] {rs.getString(1), rs.getString(2)});
    List<List<Object>> keys = new ArrayList<>();
    for (String[] row : old) {
      Candidate c = StoredJson.read(row[1], Candidate.class);
      keys.add(Arrays.asList(PersonName.sortKey(c.givenName(), c.familyName()), row[0]));
    }
    queries.batch("UPDATE record_name SET sort_name = ? WHERE record_id = ? AND sort_name NOT LIKE '%00000000'", keys);
    return old.size();
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }
}
