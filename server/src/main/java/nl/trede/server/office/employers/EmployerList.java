package nl.trede.server.office.employers;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.projection.SearchText;
import nl.trede.server.office.view.OfficeText;
import nl.trede.sync.RecordType;

/**
 * Werkgevers: the municipality's employers with their aanspreekpunt (001 §3.1 "een vast
 * aanspreekpunt … bij de gemeente"), open vacancies, running placements, SROI and the last contact
 * with them (issue 17's employer-contact log). Employers and vacancies are the municipality's own, not
 * in any file, so every console role sees all of them; the counts name nobody. A municipality has
 * hundreds of employers, not hundreds of thousands: the list is read whole and filtered here.
 */
@Singleton
public class EmployerList {
  /**
   * One employer in the list.
   *
   * @param lastContact the day of the latest contact with the employer, a withdrawn one and its
   *     withdrawal left out; a correction counts with the entry it corrects (both are usually of the
   *     same day: the page of the employer applies the full rule); null when none
   */
  public record Row(String id, String name, String kvkNumber, Sector sector, String sectorLabel, String accountOwnerId,
      String accountOwner, long openVacancies, long runningPlacements, boolean sroi, LocalDate lastContact) {}

  /** The list's filters, as the page's query string carries them; empty strings mean "all". */
  public record Filter(String q, String sector, String owner, boolean sroiOnly) {
    boolean accepts(Row row) {
      String needle = SearchText.normalise(q == null ? "" : q.strip());
      return (needle.isEmpty() || SearchText.normalise(row.name()).contains(needle)
              || row.kvkNumber() != null && row.kvkNumber().contains(q.strip()))
          && (sector == null || sector.isEmpty() || row.sector() != null && row.sector().name().equals(sector))
          && (owner == null || owner.isEmpty() || owner.equals(row.accountOwnerId()))
          && (!sroiOnly || row.sroi());
    }
  }

  private final QueryRunner db;
  private final DisplayNames names;
  private final OfficeText text;

  public EmployerList(QueryRunner db, DisplayNames names, OfficeText text) {
    this.db = db;
    this.names = names;
    this.text = text;
  }

  public List<Row> rows(OfficeUser user, Filter filter, LocalDate today) {
    String tenant = user.tenantId();
    Map<String, DisplayNames.Person> users = names.users(tenant);
    Map<String, Long> open = new HashMap<>();
    for (Vacancy v : EmployerRecords.all(db, tenant, RecordType.VACANCY, Vacancy.class)) {
      if (v.status() == VacancyStatus.OPEN) {
        open.merge(v.employerId().toString(), 1L, Long::sum);
      }
    }
    Map<String, Long> running = db.list(new SqlQuery("""
        SELECT employer_id, COUNT(*) FROM placement_link WHERE tenant_id = ? AND employer_id IS NOT NULL
          AND start_date <= ? AND (end_date IS NULL OR end_date >= ?) GROUP BY employer_id""",
        tenant, today.toString(), today.toString()), rs -> Map.entry(rs.getString(1), rs.getLong(2)))
        .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Map<String, LocalDate> contacted = db.list(new SqlQuery("""
        SELECT v.employer_id, MAX(v.event_at) FROM visit_log v WHERE v.tenant_id = ? AND v.kind = 'employer-contact'
          AND v.withdrawn = ? AND v.employer_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM visit_log w WHERE w.corrects_id = v.record_id AND w.withdrawn = ?)
        GROUP BY v.employer_id""", tenant, false, true),
        rs -> Map.entry(rs.getString(1), LocalDate.parse(rs.getString(2).substring(0, 10))))
        .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return EmployerRecords.all(db, tenant, RecordType.EMPLOYER, Employer.class).stream()
        .map(e -> {
          String id = e.id().toString();
          String owner = e.accountOwnerId() == null ? null : e.accountOwnerId().toString();
          return new Row(id, e.name(), e.kvkNumber(), e.sector(), e.sector() == null ? "" : text.label("sector", e.sector()),
              owner, ownerName(users, owner), open.getOrDefault(id, 0L), running.getOrDefault(id, 0L),
              e.sroiObligation(), contacted.get(id));
        })
        .filter(filter::accepts)
        .sorted(Comparator.comparing((Row r) -> r.name().toLowerCase(Locale.ROOT)).thenComparing(Row::id))
        .toList();
  }

  /** The colleague's name; an id of nobody (any more) in this municipality reads as unknown. */
  String ownerName(Map<String, DisplayNames.Person> users, String owner) {
    if (owner == null) {
      return null;
    }
    DisplayNames.Person person = users.get(owner);
    return person == null ? text.get("employers.owner.unknown") : person.displayName();
  }
}
