package nl.trede.server.kpi;

import static nl.trede.server.kpi.KpiFigures.FROM;
import static nl.trede.server.kpi.KpiFigures.TO;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.Tenant;
import nl.trede.server.accounts.TenantRepository;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.config.ConfigurationInstaller;
import nl.trede.server.support.ApiClient;
import nl.trede.server.sync.PushService;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The KPIs as the office console gets them: Lansingerland's test population pushed through sync
 * into a real database, read back by the loader (candidates, steps, placements, contacts and the
 * candidate's versions), and computed to the same hand-computed figures as the pure test. Run once
 * per database by its subclasses. On the way: two offline corrections of one step pushed with the
 * one made later arriving first (the one made later still counts), a correction of a correction,
 * and a deleted placement and a deleted file, which count nowhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KpiServiceContract implements TestPropertyProvider {
  private static final String TENANT = "lansingerland";
  private static final UUID WORKER = UUID.fromString("0190a1b2-0000-7000-8000-00000000a001");
  private static final UUID EMPLOYER = UUID.fromString("0190a1b2-0000-7000-8000-00000000a002");
  /** A second case manager, whose caseload holds one file: the scope test. */
  private static final UUID OTHER = UUID.fromString("0190a1b2-0000-7000-8000-00000000a003");

  @Inject
  TenantRepository tenants;

  @Inject
  UserRepository users;

  @Inject
  ConfigurationInstaller installer;

  @Inject
  PushService sync;

  @Inject
  KpiService kpis;

  @Inject
  Clock clock;

  private final List<TestFile> files = LansingerlandKpisTest.population(WORKER, EMPLOYER);
  private final TestFile lena = TestFile.candidate("Lena").by(OTHER, EMPLOYER).benefitSince("2024-01-01")
      .classified("dagritme", "onvoldoende", "doelgroep", "overig").step(null, 2, "2024-02-01")
      .placement(nl.trede.domain.placement.PlacementKind.DAY_ACTIVITY, "2025-03-01", null);
  /** On bijstand since 2018, so in the baseline of 2019, but deleted: a file that should not have existed. */
  private final TestFile ludo = TestFile.candidate("Ludo").by(WORKER, EMPLOYER).benefitSince("2018-03-01")
      .classified("dagritme", "onvoldoende", "doelgroep", "overig").step(null, 1, "2018-04-01");
  /** A day activity for Lars, registered by mistake and deleted: Lars stays without activation. */
  private final TestFile larsByMistake = TestFile.candidate("Lars").by(WORKER, EMPLOYER)
      .placement(nl.trede.domain.placement.PlacementKind.DAY_ACTIVITY, "2025-02-01", null);

  /** The database's own settings, without the demo: this test brings its own municipality. */
  abstract Map<String, String> database();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(database());
    properties.put("trede.demo.enabled", "false");
    return properties;
  }

  @BeforeAll
  void seedThePopulationThroughSync() {
    tenants.save(new Tenant(TENANT, "Gemeente Lansingerland", 0, clock.instant()));
    users.save(new User(WORKER.toString(), TENANT, "klantmanager-kpi", "Klantmanager", Role.CASE_MANAGER,
        "no password: never logs in", true, clock.instant(), false, null));
    users.save(new User(OTHER.toString(), TENANT, "klantmanager-kpi-2", "Andere klantmanager", Role.CASE_MANAGER,
        "no password: never logs in", true, clock.instant(), false, null));
    assertThat(installer.install(TENANT)).isTrue();
    Caller klantmanager = new Caller(WORKER.toString(), TENANT, Role.CASE_MANAGER, Ids.newId().toString());

    push(klantmanager, List.of(create(RecordType.EMPLOYER, new Employer(EMPLOYER, "Kwekerij De Kas", "27123456",
        Sector.AGRICULTURE, "Oudeweg 1, Bleiswijk", null, null, null, false, false, null, null))));
    List<Mutation> records = new ArrayList<>();
    files.forEach(f -> records.add(create(RecordType.CANDIDATE, f.candidate())));
    files.forEach(f -> f.steps().forEach(s -> records.add(create(RecordType.LADDER_STEP, s))));
    files.forEach(f -> f.placements().forEach(p -> records.add(create(RecordType.PLACEMENT, p))));
    files.forEach(f -> f.contacts().forEach(c -> records.add(create(RecordType.CONTACT, c))));
    push(klantmanager, records);
    Caller other = new Caller(OTHER.toString(), TENANT, Role.CASE_MANAGER, Ids.newId().toString());
    push(other, List.of(create(RecordType.CANDIDATE, lena.candidate()), create(RecordType.LADDER_STEP, lena.steps().get(0)),
        create(RecordType.PLACEMENT, lena.placements().get(0))));
    nl.trede.domain.placement.Placement mistake = larsByMistake.placements().get(0);
    push(klantmanager, List.of(create(RecordType.CANDIDATE, ludo.candidate()),
        create(RecordType.LADDER_STEP, ludo.steps().get(0)), create(RecordType.PLACEMENT, mistake)));
    push(klantmanager, List.of(delete(RecordType.PLACEMENT, mistake.id()), delete(RecordType.CANDIDATE, ludo.id)));
    // Reclassified today, after the period: on 1 January 2025 the first version still holds.
    for (TestFile f : files) {
      long version = 1;
      for (Map<String, String> classification : f.reclassifications()) {
        push(klantmanager, List.of(ApiClient.update(RecordType.CANDIDATE, f.id, version++,
            ApiClient.fields().set("classification", Json.MAPPER.valueToTree(classification)))));
      }
    }
  }

  private void push(Caller caller, List<Mutation> mutations) {
    for (MutationResult result : sync.push(caller, mutations, "test")) {
      assertThat(result).as(result.toString()).isInstanceOf(MutationResult.Applied.class);
    }
  }

  private static Mutation create(RecordType type, DomainRecord record) {
    return ApiClient.create(type, record);
  }

  private static Mutation delete(RecordType type, UUID id) {
    return new Mutation(Ids.newId(), type, id, nl.trede.sync.MutationKind.DELETE, 1, null, List.of(),
        java.time.Instant.now());
  }

  @Test
  void theFiguresReadFromTheDatabaseAreTheHandComputedOnes() {
    KpiReport report = kpis.compute(KpiScope.caseload(TENANT, WORKER.toString()), FROM, TO);

    assertThat(report.municipality()).isEqualTo(TENANT);
    // The report names the version of the configuration it was computed with: the shipped file's.
    assertThat(report.configVersion()).isEqualTo(KpiFigures.shipped(TENANT).version()).isGreaterThan(1);
    KpiFigures.assertFigures(report, files, LansingerlandKpisTest.expected());
  }

  @Test
  void aCaseManagerSeesTheKpisOfTheirOwnCaseloadAndTheOfficeThoseOfTheMunicipality() {
    List<TestFile> all = new ArrayList<>(files);
    all.add(lena);

    // Lena is on benefit since 2024 (not in the 2019 baseline), dagritme onvoldoende, rung 2 and in a
    // day activity since March 2025. Her caseload had nobody on bijstand on 1 January 2019: no verdict.
    KpiFigures.assertFigures(kpis.compute(KpiScope.caseload(TENANT, OTHER.toString()), FROM, TO), all,
        KpiFigures.expect("minder-bijstand", List.of("Lena"), List.of(), null, null),
        KpiFigures.expect("meedoen", List.of("Lena"), List.of("Lena"), "100.0", true),
        KpiFigures.expect("activering-stap", List.of("Lena"), List.of(), "0.0", false),
        KpiFigures.expect("dagritme-activering", List.of("Lena"), List.of("Lena"), "100.0", true));
    // The municipality: 5 on bijstand on 1 January 2019, 6 on 31 December 2025 with Lena: +20.0 %.
    KpiFigures.assertFigures(kpis.compute(TENANT, FROM, TO), all,
        KpiFigures.expect("minder-bijstand", List.of("Lieke", "Lars", "Lina", "Laura", "Lieve", "Lena"),
            List.of("Lex", "Lisa", "Lode"), "20.0", false),
        KpiFigures.expect("meedoen", List.of("Lieke", "Luuk", "Lars", "Lina", "Levi", "Lucas", "Laura", "Lieve", "Lena"),
            List.of("Lieke", "Luuk", "Lina", "Levi", "Lena"), "55.6", true),
        KpiFigures.expect("activering-stap", List.of("Lieke", "Lars", "Levi", "Lucas", "Laura", "Lieve", "Lena"),
            List.of("Lieke", "Lucas", "Laura"), "42.9", true),
        KpiFigures.expect("dagritme-activering", List.of("Lieke", "Lars", "Lina", "Levi", "Lena"),
            List.of("Lieke", "Lina", "Lena"), "60.0", false));
    assertThat(kpis.current(KpiScope.caseload(TENANT, OTHER.toString()), TO).kpis())
        .allSatisfy(k -> assertThat(k.populationIds()).containsExactly(lena.id));
  }

  @Test
  void eachKpiOverItsOwnReviewPeriodRunsFromTheStartOfItsCalendarPeriodToToday() {
    LocalDate today = LocalDate.of(2025, 12, 31);
    KpiReport report = kpis.current(KpiScope.caseload(TENANT, WORKER.toString()), today);

    // Every Lansingerland KPI is yearly (002 §6.2): the calendar year up to today is 2025 itself.
    assertThat(report.kpis()).allSatisfy(k -> {
      assertThat(k.from()).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(k.to()).isEqualTo(today);
    });
    KpiFigures.assertFigures(report, files, LansingerlandKpisTest.expected());
    assertThat(report.kpis().get(0).targetPercent()).isEqualByComparingTo(BigDecimal.valueOf(-15));
  }

  @Test
  void aMunicipalityWithoutConfigurationHasNoKpis() {
    assertThat(kpis.compute("nergensdorp", FROM, TO).kpis()).isEmpty();
  }
}
