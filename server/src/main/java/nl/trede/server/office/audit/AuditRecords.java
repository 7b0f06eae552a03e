package nl.trede.server.office.audit;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.referral.Referral;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.sync.RecordType;

/**
 * What an audit event's record is, in words a person tells apart: the candidate's name, the
 * entry's candidate and date, the employer, the user or the device. Record ids are UUID v7, so
 * their first characters are a timestamp and the events of one afternoon all began alike.
 * Every look-up stays inside the reader's reach ({@code FileScope}), so the page names no file
 * the reader could not open; what is out of reach shows as its record type alone.
 */
@Singleton
public class AuditRecords {
  private static final DisplayFormat FMT = DisplayFormat.INSTANCE;

  private final QueryRunner db;
  private final DisplayNames directory;

  public AuditRecords(QueryRunner db, DisplayNames directory) {
    this.db = db;
    this.directory = directory;
  }

  /** The record an event names, by type and id. */
  public record Ref(String type, String id) {}

  /**
   * @param name what tells this record apart ("Rachid Bakker, 28-11-2026"); null when nothing is known
   * @param candidateId the file it belongs to, for a link; null when outside a file or out of reach
   */
  public record Described(String name, String candidateId) {}

  /** Descriptions of these records, by id; a record out of the reader's reach is absent. */
  public Map<String, Described> describe(OfficeUser reader, Collection<Ref> refs) {
    Map<String, Described> out = new HashMap<>();
    Set<String> synced = new HashSet<>();
    Set<String> users = new HashSet<>();
    Set<String> devices = new HashSet<>();
    for (Ref ref : refs) {
      if (ref.id() == null || ref.type() == null) {
        continue;
      }
      switch (ref.type()) {
        case "user" -> users.add(ref.id());
        case "device" -> devices.add(ref.id());
        default -> {
          if (RecordType.find(ref.type()).isPresent()) {
            synced.add(ref.id());
          }
        }
      }
    }
    describeSynced(reader, synced, out);
    Map<String, DisplayNames.Person> people = directory.users(reader.tenantId());
    users.forEach(id -> {
      DisplayNames.Person p = people.get(id);
      if (p != null) {
        out.put(id, new Described(p.displayName(), null));
      }
    });
    if (!devices.isEmpty()) {
      db.list(new SqlQuery("SELECT t.device_id, MAX(t.device_name), MAX(u.display_name) FROM device_token t"
              + " JOIN app_user u ON u.id = t.user_id WHERE u.tenant_id = ?", reader.tenantId())
              .andIn("t.device_id", devices).append("GROUP BY t.device_id"),
          rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
          .forEach(d -> out.put(d[0], new Described(d[1] == null ? d[2] : d[1] + " (" + d[2] + ")", null)));
    }
    return out;
  }

  private record Row(String id, String type, String data, String candidateId, boolean deleted) {}

  private void describeSynced(OfficeUser reader, Set<String> ids, Map<String, Described> out) {
    if (ids.isEmpty()) {
      return;
    }
    // Records outside any file (employers, vacancies) pass the scope; a file's only within reach.
    SqlQuery sql = new SqlQuery("SELECT r.id, r.type, r.data, r.candidate_id, r.deleted FROM sync_record r"
        + " WHERE r.tenant_id = ?", reader.tenantId()).andIn("r.id", ids);
    sql.and(reader.scope().records("r.candidate_id"));
    List<Row> rows = db.list(sql, rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getBoolean(5)));
    Set<String> named = new HashSet<>();
    for (Row r : rows) {
      if (r.candidateId() != null) {
        named.add(r.candidateId());
      }
      if (r.type().equals(RecordType.EMPLOYER.wireName())) {
        named.add(r.id());
      }
    }
    List<Row> vacancies = new ArrayList<>();
    Map<String, DomainRecord> parsed = new HashMap<>();
    for (Row r : rows) {
      if (!r.deleted() && r.data() != null && !r.type().equals(RecordType.CONFIGURATION.wireName())) {
        DomainRecord record = nl.trede.server.sync.StoredJson.record(RecordType.fromWire(r.type()), r.data());
        parsed.put(r.id(), record);
        if (record instanceof Vacancy v && v.employerId() != null) {
          named.add(v.employerId().toString());
          vacancies.add(r);
        }
      }
    }
    Map<String, DisplayNames.Named> names = directory.names(reader.tenantId(), named);
    for (Row r : rows) {
      DomainRecord record = parsed.get(r.id());
      String name = switch (r.type()) {
        case "candidate", "employer" -> nameOf(names, r.id());
        case "vacancy" -> record instanceof Vacancy v
            ? join(v.title(), v.employerId() == null ? null : nameOf(names, v.employerId().toString())) : null;
        default -> join(r.candidateId() == null ? null : nameOf(names, r.candidateId()), dateOf(record));
      };
      out.put(r.id(), new Described(name, r.candidateId()));
    }
  }

  /** The day a history entry, placement or referral is about, as the file's timeline dates it. */
  private static String dateOf(DomainRecord record) {
    LocalDate day = record instanceof HistoryEntry h ? h.eventDate()
        : record instanceof Placement p ? p.startDate()
        : record instanceof Referral r ? r.sentOn() : null;
    return day == null ? null : FMT.date(day);
  }

  private static String nameOf(Map<String, DisplayNames.Named> names, String id) {
    DisplayNames.Named n = names.get(id);
    return n == null ? null : n.name();
  }

  private static String join(String first, String second) {
    if (first == null || first.isBlank()) {
      return second;
    }
    return second == null || second.isBlank() ? first : first + ", " + second;
  }

}
