package nl.trede.server.office.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.EmployerContactKind;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.PasswordHasher;
import nl.trede.server.accounts.Tenant;
import nl.trede.server.accounts.TenantRepository;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.config.ConfigurationInstaller;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ConsoleContract;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.sync.PushService;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * The employer side of issue 18 through sync and in the console: an employer's aanspreekpunt
 * (001 §3.1), the vacancy a placement filled, the Werkgevers list with its filters and one
 * employer's page with its vacancies, placements (names only of files the user reaches), contacts
 * and the SROI obligation the municipality's policy computes (002 §3.2.5). Run once per database by
 * the subclasses.
 */
abstract class EmployerPagesContract extends ConsoleContract {
  @Inject
  TenantRepository tenants;

  @Inject
  UserRepository users;

  @Inject
  PasswordHasher hasher;

  @Inject
  ConfigurationInstaller installer;

  @Inject
  PushService sync;

  @Inject
  Clock clock;

  /** An employer of Eva's, with her as aanspreekpunt, an open and a closed vacancy. */
  private record World(Employer employer, Vacancy open, Vacancy closed, Candidate own, Candidate outside,
      Placement filled, Placement elsewhere) {}

  private World world() {
    Session eva = api.login("jobhunter1");
    Session office = api.login("office1");
    Employer e = new Employer(Ids.newId(), "Kwekerij " + suffix(), "27123456", Sector.AGRICULTURE, "Kasweg 1",
        "Joke Arends", null, null, false, true, eva.user(), null);
    Vacancy open = vacancy(e, "Oogstmedewerker", VacancyStatus.OPEN, eva);
    Vacancy closed = vacancy(e, "Inpakker", VacancyStatus.CLOSED, eva);
    assertApplied(api.push(eva, ApiClient.create(RecordType.EMPLOYER, e), ApiClient.create(RecordType.VACANCY, open),
        ApiClient.create(RecordType.VACANCY, closed)));
    Candidate own = candidate("Petra", "Plaats" + suffix(), user("casemanager1"), List.of(user("coach1")));
    // A file no case manager holds, coached by Carla: outside Fatima's caseload.
    Candidate outside = candidate("Olaf", "Buiten" + suffix(), null, List.of(user("coach2")));
    Placement filled = placement(own, e, open.id(), office, today().minusDays(10), null);
    Placement elsewhere = placement(outside, e, null, office, today().minusMonths(6), today().minusMonths(1));
    assertApplied(api.push(office, ApiClient.create(RecordType.CANDIDATE, own),
        ApiClient.create(RecordType.CANDIDATE, outside), ApiClient.create(RecordType.PLACEMENT, filled),
        ApiClient.create(RecordType.PLACEMENT, elsewhere)));
    assertApplied(api.push(eva, ApiClient.create(RecordType.EMPLOYER_CONTACT, new EmployerContact(Ids.newId(), e.id(),
        eva.user(), today().minusDays(4), EmployerContactKind.VISIT, "Joke Arends", "Kassen bekeken", null, null,
        null, false))));
    return new World(e, open, closed, own, outside, filled, elsewhere);
  }

  private static Vacancy vacancy(Employer e, String title, VacancyStatus status, Session by) {
    return new Vacancy(Ids.newId(), e.id(), title, List.of("Tomaten oogsten"), new BigDecimal("24"), Set.of(), null,
        false, status, today(), by.user());
  }

  private static Placement placement(Candidate c, Employer e, UUID vacancy, Session by, LocalDate start,
      LocalDate end) {
    return new Placement(Ids.newId(), c.id(), PlacementKind.REGULAR_JOB, e.id(), vacancy, null, "Oogstmedewerker",
        null, null, start, null, end, end == null ? null : nl.trede.domain.placement.PlacementEndReason.COMPLETED,
        new BigDecimal("24"), null, false, List.of(), null, by.user());
  }

  @Test
  void theListShowsAanspreekpuntOpenVacanciesRunningPlacementsSroiAndTheLastContactAndFilters() {
    World w = world();
    OfficeClient office = loggedIn("office1");

    OfficeClient.Page byName = office.get("/office/werkgevers?q=" + w.employer().name().split(" ")[1]);
    String row = row(byName.text(), w.employer().id());

    assertThat(rowIds(byName)).containsExactly(w.employer().id().toString());
    assertThat(row).contains(">Eva Smit<").contains(">Landbouw<").contains("vacancies\">1<")
        .contains("placements\">1<").contains("sroi\">ja<")
        .contains(">" + nl.trede.server.office.view.DisplayFormat.INSTANCE.date(today().minusDays(4)) + "<");
    assertThat(rowIds(office.get("/office/werkgevers?sroi=1&owner=" + user("jobhunter1"))))
        .contains(w.employer().id().toString());
    assertThat(rowIds(office.get("/office/werkgevers?owner=" + user("coach1"))))
        .doesNotContain(w.employer().id().toString());
    assertThat(rowIds(office.get("/office/werkgevers?sector=RETAIL&q=" + w.employer().name().split(" ")[1])))
        .isEmpty();
  }

  @Test
  void theEmployerPageShowsTheVacancyWithThePlacementThatFilledItAndNamesOnlyFilesTheUserReaches() {
    World w = world();
    String path = "/office/werkgevers/" + w.employer().id();

    String asOffice = loggedIn("office1").get(path).text();
    OfficeClient.Page caseManager = loggedIn("casemanager1").get(path);
    String asCaseManager = caseManager.text();

    assertThat(caseManager.status()).isEqualTo(200);
    assertThat(asOffice).contains("Aanspreekpunt").contains(">Eva Smit<").contains("Oogstmedewerker")
        .contains("Vervuld door plaatsing").contains(w.own().familyName()).contains(w.outside().familyName())
        .contains("op vacature \u201eOogstmedewerker\u201d").contains("Kassen bekeken")
        .contains("Lopende plaatsingen (1)").contains("Beëindigde plaatsingen (1)");
    assertThat(asCaseManager).contains(w.own().familyName()).doesNotContain(w.outside().familyName())
        .contains("Kandidaat buiten uw caseload");
    // The page named Fatima's candidate: a read of that file, and of no other.
    assertThat(auditEvents.findAll()).filteredOn(a -> "office.view-employer".equals(a.action())
            && w.employer().id().toString().equals(a.recordId()) && user("casemanager1").toString().equals(a.userId()))
        .isNotEmpty();
  }

  @Test
  void aPlacementNamesOnlyItsOwnEmployersVacancyAndAnAanspreekpuntMustBeAColleagueHere() {
    World w = world();
    Session office = api.login("office1");
    Session eva = api.login("jobhunter1");
    Employer other = new Employer(Ids.newId(), "Bakkerij " + suffix(), "27123457", Sector.RETAIL, null, null, null,
        null, false, false, null, null);
    assertApplied(api.push(eva, ApiClient.create(RecordType.EMPLOYER, other)));

    List<Violation> otherVacancy = refused(office, ApiClient.create(RecordType.PLACEMENT,
        placement(w.own(), other, w.open().id(), office, today(), null)));
    List<Violation> officeAsOwner = refused(eva, ApiClient.update(RecordType.EMPLOYER, other.id(), 1,
        ApiClient.fields().put("accountOwnerId", user("office1").toString())));
    List<MutationResult> coachAsOwner = api.push(eva, ApiClient.update(RecordType.EMPLOYER, other.id(), 1,
        ApiClient.fields().put("accountOwnerId", user("coach1").toString())));

    assertThat(otherVacancy).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("vacancyId", "vacancy-of-another-employer"));
    assertThat(officeAsOwner).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("accountOwnerId", "unknown-reference"));
    assertThat(coachAsOwner).singleElement().isInstanceOf(MutationResult.Applied.class);
  }

  @Test
  void lansingerlandsPolicyComputesFivePercentOfTheContractValueAndListsThePlacementsWithoutAValue() {
    String tenant = "lansingerland";
    String officeId = Ids.newId().toString();
    String jobhunterId = Ids.newId().toString();
    if (tenants.findById(tenant).isEmpty()) {
      tenants.save(new Tenant(tenant, "Gemeente Lansingerland", 0, clock.instant()));
    }
    String officeName = "office-sroi-" + suffix();
    users.save(new User(officeId, tenant, officeName, "Lotte Kantoor", Role.OFFICE, hasher.hash("Trede-sroi-2026!"),
        true, clock.instant(), false, null));
    users.save(new User(jobhunterId, tenant, "jobhunter-sroi-" + suffix(), "Sem Jager", Role.JOBHUNTER,
        "no password: never logs in", true, clock.instant(), false, null));
    installer.install(tenant);
    Employer e = new Employer(Ids.newId(), "Aannemer " + suffix(), "27123458", Sector.CONSTRUCTION, null, null, null,
        null, false, true, UUID.fromString(jobhunterId), new BigDecimal("250000"));
    Caller jobhunter = new Caller(jobhunterId, tenant, Role.JOBHUNTER, Ids.newId().toString());
    assertThat(sync.push(jobhunter, List.of(ApiClient.create(RecordType.EMPLOYER, e)), "test"))
        .singleElement().isInstanceOf(MutationResult.Applied.class);
    OfficeClient browser = browser();
    assertThat(browser.login(officeName, "Trede-sroi-2026!").status()).isEqualTo(303);

    String page = browser.get("/office/werkgevers/" + e.id()).text();

    assertThat(page).contains(">Sem Jager<").contains("€ 250.000<").contains("5% van de contractwaarde")
        .contains("€ 12.500<").contains("rekent daarom geen bedrag uit");
  }

  private List<Violation> refused(Session by, nl.trede.sync.Mutation m) {
    MutationResult result = api.push(by, m).get(0);
    assertThat(result).isInstanceOf(MutationResult.Rejected.class);
    return ((MutationResult.Rejected) result).violations();
  }

  private static String row(String page, UUID id) {
    int start = page.indexOf("data-id=\"" + id + "\"");
    assertThat(start).as("a row for " + id).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }
}
