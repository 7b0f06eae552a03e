package nl.trede.server.office.employers;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.SocialReturn;
import nl.trede.domain.Corrections;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.RecordType;

/**
 * One employer in the console (001 §3.1–3.2, 002 §3.2.5, 004 §4.4): its details and aanspreekpunt,
 * its vacancies with the placements that filled them, its running and ended placements, the SROI
 * obligation as the municipality's policy computes it, and the history of contacts with it.
 *
 * <p>Candidates by name only as the console user may see them: the office and admin the whole
 * municipality, a case manager the files of their caseload ({@link OfficeUser#scope()}). Another
 * placement shows its kind and dates, not who; the controller audits the files named.
 */
@Singleton
public class EmployerPage {
  /** Placements shown per employer at most; a larger employer's oldest ended ones are left off. */
  static final int MAX_PLACEMENTS = 500;

  /**
   * A placement at this employer.
   *
   * @param candidateId the candidate's id when the user may open the file; null otherwise
   * @param candidateName the name when the user may see it; null otherwise
   */
  public record PlacementLine(String id, String candidateId, String candidateName, PlacementKind kind,
      String kindLabel, LocalDate start, LocalDate end, String vacancyId, String vacancyTitle, boolean running) {}

  /**
   * A vacancy and the placements that name it.
   *
   * @param filledButOpen still open although a running placement filled it: the jobhunter decides
   *     whether it is filled (decision 0062), the console says so rather than changing it
   */
  public record VacancyLine(String id, String title, BigDecimal hoursPerWeek, VacancyStatus status,
      String statusLabel, LocalDate registeredOn, List<PlacementLine> filledBy, boolean filledButOpen) {}

  /** One contact with the employer, in force (corrections applied, withdrawn ones left out). */
  public record ContactLine(LocalDate date, String kindLabel, String spokeWith, String summary, String by,
      LocalDate followUp) {}

  /**
   * The SROI obligation.
   *
   * @param policy the municipality's setting; null when it names none
   * @param owed what the policy asks of the contract value; null without a value or a policy
   */
  public record Sroi(boolean obligation, BigDecimal contractValue, SocialReturn policy, SocialReturn.Owed owed) {}

  public record View(Employer employer, String sectorLabel, String accountOwner, List<VacancyLine> vacancies,
      List<PlacementLine> running, List<PlacementLine> ended, List<ContactLine> contacts, Sroi sroi,
      boolean someNamesHidden) {
    /** The files named on the page, for the read audit. */
    public List<String> files() {
      return java.util.stream.Stream.concat(running.stream(), ended.stream()).map(PlacementLine::candidateId)
          .filter(java.util.Objects::nonNull).distinct().toList();
    }
  }

  private final QueryRunner db;
  private final DisplayNames names;
  private final InstalledConfiguration configurations;
  private final EmployerList list;
  private final OfficeText text;

  public EmployerPage(QueryRunner db, DisplayNames names, InstalledConfiguration configurations, EmployerList list,
      OfficeText text) {
    this.db = db;
    this.names = names;
    this.configurations = configurations;
    this.list = list;
    this.text = text;
  }

  public Optional<View> view(OfficeUser user, String employerId, LocalDate today) {
    String tenant = user.tenantId();
    Optional<Employer> found = EmployerRecords.one(db, tenant, RecordType.EMPLOYER, employerId, Employer.class);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Employer e = found.get();
    Map<String, DisplayNames.Person> users = names.users(tenant);
    List<Vacancy> vacancies = EmployerRecords.all(db, tenant, RecordType.VACANCY, Vacancy.class).stream()
        .filter(v -> e.id().equals(v.employerId()))
        .sorted(Comparator.comparing(Vacancy::registeredOn, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
    Map<String, String> titles = vacancies.stream().collect(Collectors.toMap(v -> v.id().toString(), Vacancy::title));
    List<PlacementLine> placements = placements(user, employerId, titles, today);
    List<VacancyLine> vacancyLines = vacancies.stream().map(v -> {
      List<PlacementLine> filled = placements.stream().filter(p -> v.id().toString().equals(p.vacancyId())).toList();
      return new VacancyLine(v.id().toString(), v.title(), v.hoursPerWeek(), v.status(),
          text.label("vacancy.status", v.status()), v.registeredOn(), filled,
          v.status() == VacancyStatus.OPEN && filled.stream().anyMatch(PlacementLine::running));
    }).toList();
    return Optional.of(new View(e, e.sector() == null ? "" : text.label("sector", e.sector()),
        list.ownerName(users, e.accountOwnerId() == null ? null : e.accountOwnerId().toString()), vacancyLines,
        placements.stream().filter(PlacementLine::running).toList(),
        placements.stream().filter(p -> !p.running()).toList(), contacts(tenant, employerId, users),
        sroi(tenant, e), placements.stream().anyMatch(p -> p.candidateName() == null)));
  }

  private Sroi sroi(String tenant, Employer e) {
    SocialReturn policy = configurations.of(tenant).map(MunicipalityConfig::socialReturn).orElse(null);
    BigDecimal value = e.sroiObligation() ? e.sroiContractValue() : null;
    return new Sroi(e.sroiObligation(), value, policy, policy == null || value == null ? null : policy.owed(value));
  }

  private List<PlacementLine> placements(OfficeUser user, String employerId, Map<String, String> titles,
      LocalDate today) {
    record Link(String id, String candidateId, String vacancyId, String kind, String start, String end) {}
    List<Link> links = db.list(new SqlQuery("""
        SELECT placement_id, candidate_id, vacancy_id, kind, start_date, end_date FROM placement_link
        WHERE tenant_id = ? AND employer_id = ? ORDER BY start_date DESC, placement_id LIMIT ?""",
        user.tenantId(), employerId, MAX_PLACEMENTS), rs -> new Link(rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
    Map<String, String> visible = visibleNames(user, links.stream().map(Link::candidateId).collect(Collectors.toSet()));
    List<PlacementLine> lines = new ArrayList<>();
    for (Link l : links) {
      LocalDate start = l.start() == null ? null : LocalDate.parse(l.start());
      LocalDate end = l.end() == null ? null : LocalDate.parse(l.end());
      PlacementKind kind = PlacementKind.valueOf(l.kind());
      boolean shown = visible.containsKey(l.candidateId());
      lines.add(new PlacementLine(l.id(), shown ? l.candidateId() : null, visible.get(l.candidateId()), kind,
          text.label("placement.kind", kind), start, end, l.vacancyId(), titles.get(l.vacancyId()),
          start != null && !start.isAfter(today) && (end == null || !end.isBefore(today))));
    }
    return lines;
  }

  /** Names of the candidates among these whose files the user reaches. */
  private Map<String, String> visibleNames(OfficeUser user, Set<String> candidateIds) {
    if (candidateIds.isEmpty()) {
      return Map.of();
    }
    return db.list(new SqlQuery("SELECT record_id, name FROM record_name WHERE tenant_id = ? AND type = 'candidate'",
        user.tenantId()).andIn("record_id", candidateIds).and(user.scope().files("record_id")),
        rs -> Map.entry(rs.getString(1), rs.getString(2)))
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
  }

  private List<ContactLine> contacts(String tenant, String employerId, Map<String, DisplayNames.Person> users) {
    List<EmployerContact> all = db.list(new SqlQuery("""
        SELECT r.data FROM visit_log v JOIN sync_record r ON r.id = v.record_id
        WHERE v.tenant_id = ? AND v.kind = 'employer-contact' AND v.employer_id = ? AND r.deleted = ?""",
        tenant, employerId, false), rs -> StoredJson.read(rs.getString(1), EmployerContact.class));
    return Corrections.inForce(all).stream()
        .sorted(Comparator.comparing(EmployerContact::date).reversed())
        .map(c -> new ContactLine(c.date(), text.label("employerContact.kind", c.kind()), c.spokeWith(), c.summary(),
            list.ownerName(users, c.authorId() == null ? null : c.authorId().toString()), c.followUpDate()))
        .toList();
  }
}
