package nl.trede.client.e2e;

import nl.trede.client.support.RecordingDevice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.Editing;
import nl.trede.client.store.LeftFile;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.RealServer;
import nl.trede.client.support.TestPostgres;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.ui.classification.ClassificationFormPresenter;
import nl.trede.client.ui.employerform.EmployerFormPresenter;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.placement.PlacementPresenter;
import nl.trede.client.ui.vacancy.VacancyFormPresenter;
import nl.trede.domain.Ids;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two everyday ways a coach's work used to vanish without a trace, end to end with real
 * devices against the real server on SQLite and on PostgreSQL (sync-protocol.md, "When a file
 * leaves a caseload" and "Forms"): work recorded offline on a file the case manager meanwhile
 * took the coach off, and a form left open while a background sync brought a colleague's change.
 */
class WorkIsNeverLostTest {
  private static final String PASSWORD = "trede-demo";
  private static final Clock CLOCK = Clock.systemUTC();

  @TempDir
  static Path dir;

  private static final Map<String, RealServer> servers = new HashMap<>();

  @BeforeAll
  static void startServers() throws Exception {
    Path jar = RealServer.jar();
    assertThat(jar).as("the server jar (build it first: mvn -pl server -am package -DskipTests)")
        .isNotNull().isRegularFile();
    servers.put("sqlite", RealServer.start(jar, Files.createDirectories(dir.resolve("sqlite"))));
    servers.put("postgres", RealServer.start(jar, Files.createDirectories(dir.resolve("postgres")),
        TestPostgres.serverOptions()));
  }

  @AfterAll
  static void stopServers() {
    servers.values().forEach(RealServer::close);
  }

  record Device(Session session, SyncEngine engine) {
    LocalStore store() {
      return session.store();
    }

    UUID userId() {
      return session.user().userId();
    }

    void sync() {
      assertThat(engine.syncNow().lastError()).isNull();
    }

    FieldContext context() {
      return new FieldContext(store(), Messages.dutch(), CLOCK, store().session().orElseThrow(), RecordingDevice.opening());
    }
  }

  // ---------------------------------------------------------------- a file leaves the caseload

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"sqlite", "postgres"})
  void workOnAFileThatLeftTheCaseloadReachesTheFileOrStaysInFrontOfTheCoach(String database) throws Exception {
    RealServer server = servers.get(database);
    Device coach = device(server, "coach1b", database);
    Device caseManager = device(server, "casemanager1", database);
    Candidate file = coach.store().<Candidate>all(RecordType.CANDIDATE).stream()
        .filter(c -> caseManager.userId().equals(c.caseManagerId()) && c.coachIds().size() > 1)
        .findFirst().orElseThrow();
    LocalDate today = LocalDate.now(CLOCK.withZone(Violations.ZONE));

    // Offline, at the candidate's kitchen table: a visit, a step up and a new phone number.
    Contact visit = coach.store().create(RecordType.CONTACT, new Contact(Ids.newId(), file.id(), null, coach.userId(),
        LocationType.HOME, Instant.now().minus(1, ChronoUnit.HOURS), 45, null, "Huisbezoek na de overdracht",
        null, null, false, false, null));
    int rung = coach.store().currentRung(file.id()).orElse(1);
    LadderStep step = coach.store().create(RecordType.LADDER_STEP, new LadderStep(Ids.newId(), file.id(), rung,
        Math.min(6, rung + 1), today, "Werkt nu twee ochtenden", coach.userId(), null));
    Editing<Candidate> phoneForm = coach.store().<Candidate>edit(RecordType.CANDIDATE, file.id()).orElseThrow();
    coach.store().update(phoneForm, withPhone(phoneForm.record(), "06-31313131"));

    // Meanwhile the case manager hands the file over: the coach is taken off it.
    setCoaches(caseManager, file.id(), ids -> ids.remove(coach.userId()));
    caseManager.sync();

    coach.sync();

    // The history made while the file was on the phone is in the file, marked as arrived after the handover.
    Map<UUID, RecordChange> server1 = server.officeView();
    assertThat(server1).containsKeys(visit.id(), step.id());
    assertThat(server1.get(file.id()).data().get("phone").asText()).as("a field edit is not taken in")
        .isEqualTo(file.phone());
    // The file is off the phone; what became of each piece of work is in front of the coach.
    assertThat(coach.store().candidate(file.id())).isEmpty();
    assertThat(coach.store().find(visit.id())).isEmpty();
    LeftFile left = coach.store().leftFiles().stream().filter(f -> f.candidateId().equals(file.id()))
        .findFirst().orElseThrow();
    assertThat(left.name()).isEqualTo(file.displayName());
    assertThat(left.accepted()).isEqualTo(2);
    assertThat(left.unsent()).singleElement().satisfies(u -> {
      assertThat(u.mutation().kind()).isEqualTo(MutationKind.UPDATE);
      assertThat(u.mutation().fields().get("phone").asText()).isEqualTo("06-31313131");
      assertThat(u.refused()).extracting(v -> v.rule()).containsExactly("not-found");
    });
    assertThat(coach.store().problemCount()).isPositive();

    // The case manager puts the coach back on the file: the refused edit goes out again and lands.
    setCoaches(caseManager, file.id(), ids -> ids.add(coach.userId()));
    caseManager.sync();
    coach.sync();
    coach.sync();

    assertThat(coach.store().leftFiles()).noneMatch(f -> f.candidateId().equals(file.id()));
    assertThat(coach.store().candidate(file.id()).orElseThrow().phone()).isEqualTo("06-31313131");
    assertThat(coach.store().find(visit.id())).as("the file comes back with its history").isPresent();
    assertThat(server.officeView().get(file.id()).data().get("phone").asText()).isEqualTo("06-31313131");
    assertThat(coach.store().pendingCount()).isZero();
    close(coach, caseManager);
  }

  // ---------------------------------------------------------------- forms left open

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"sqlite", "postgres"})
  void aFormLeftOpenAcrossABackgroundSyncSendsOnlyWhatThePersonChanged(String database) throws Exception {
    RealServer server = servers.get(database);
    Device me = device(server, "coach1", database);
    Device colleague = device(server, "coach1b", database);
    List<String> employers = new ArrayList<>(me.store().employers().stream().map(e -> e.id().toString()).toList());

    // Employer: the colleague changes the phone number, I change the contact person.
    UUID employerA = UUID.fromString(employers.get(0));
    EmployerFormPresenter first = new EmployerFormPresenter(me.context(), employerA, id -> { });
    colleagueFirst(me, colleague, RecordType.EMPLOYER, employerA,
        (Employer e) -> withEmployerContact(e, e.contactPerson(), "0481-777777"),
        () -> first.contactPerson().set("Joop Aalbers"), first::save);
    RecordChange employer = server.officeView().get(employerA);
    assertThat(text(employer, "contactPhone")).as("the colleague's change stays").isEqualTo("0481-777777");
    assertThat(text(employer, "contactPerson")).isEqualTo("Joop Aalbers");
    assertThat(employer.conflicts()).isEmpty();

    // Employer: both change the contact person: a conflict, the colleague's value kept.
    UUID employerB = UUID.fromString(employers.get(1));
    EmployerFormPresenter second = new EmployerFormPresenter(me.context(), employerB, id -> { });
    colleagueFirst(me, colleague, RecordType.EMPLOYER, employerB,
        (Employer e) -> withEmployerContact(e, "Sanne Aalbers", e.contactPhone()),
        () -> second.contactPerson().set("Piet Aalbers"), second::save);
    assertConflict(server.officeView().get(employerB), "contactPerson", "Sanne Aalbers", "Piet Aalbers");

    // Vacancy: status there, title here; then title on both sides.
    Vacancy vacancy = me.store().<Vacancy>all(RecordType.VACANCY).get(0);
    VacancyFormPresenter vacancyForm = new VacancyFormPresenter(me.context(), vacancy.employerId(), vacancy.id(), () -> { });
    colleagueFirst(me, colleague, RecordType.VACANCY, vacancy.id(),
        (Vacancy v) -> withVacancy(v, v.title(), VacancyStatus.FILLED),
        () -> vacancyForm.title().set("Medewerker magazijn (ochtend)"), vacancyForm::save);
    RecordChange savedVacancy = server.officeView().get(vacancy.id());
    assertThat(text(savedVacancy, "status")).isEqualTo("FILLED");
    assertThat(text(savedVacancy, "title")).isEqualTo("Medewerker magazijn (ochtend)");
    VacancyFormPresenter vacancyAgain = new VacancyFormPresenter(me.context(), vacancy.employerId(), vacancy.id(),
        () -> { });
    colleagueFirst(me, colleague, RecordType.VACANCY, vacancy.id(), (Vacancy v) -> withVacancy(v, "Orderpicker", v.status()),
        () -> vacancyAgain.title().set("Magazijnmedewerker"), vacancyAgain::save);
    assertConflict(server.officeView().get(vacancy.id()), "title", "Orderpicker", "Magazijnmedewerker");

    // Placement: the goal there, the role here; then the role on both sides.
    Placement placement = me.store().<Placement>all(RecordType.PLACEMENT).stream()
        .filter(p -> p.endDate() == null).findFirst().orElseThrow();
    PlacementPresenter placementForm = new PlacementPresenter(me.context(), placement.candidateId(), placement.id(),
        () -> { });
    colleagueFirst(me, colleague, RecordType.PLACEMENT, placement.id(),
        (Placement p) -> withPlacement(p, p.role(), "Zelfstandig orders pakken"),
        () -> placementForm.role().set("Orderpicker"), placementForm::save);
    RecordChange savedPlacement = server.officeView().get(placement.id());
    assertThat(text(savedPlacement, "goal")).isEqualTo("Zelfstandig orders pakken");
    assertThat(text(savedPlacement, "role")).isEqualTo("Orderpicker");
    PlacementPresenter placementAgain = new PlacementPresenter(me.context(), placement.candidateId(), placement.id(),
        () -> { });
    colleagueFirst(me, colleague, RecordType.PLACEMENT, placement.id(), (Placement p) -> withPlacement(p, "Chauffeur", p.goal()),
        () -> placementAgain.role().set("Heftruckchauffeur"), placementAgain::save);
    assertConflict(server.officeView().get(placement.id()), "role", "Chauffeur", "Heftruckchauffeur");

    // Classification: the phone there, the classification here; then the classification on both sides.
    Candidate candidate = me.store().<Candidate>all(RecordType.CANDIDATE).stream()
        .filter(c -> c.coachIds().contains(colleague.userId())).findFirst().orElseThrow();
    ClassificationFormPresenter classificationForm = new ClassificationFormPresenter(me.context(), candidate.id(), () -> { });
    edit(colleague, RecordType.CANDIDATE, candidate.id(), (Candidate c) -> withPhone(c, "06-40404040"));
    me.sync();
    String mine = choose(classificationForm, 0);
    assertThat(classificationForm.save()).isTrue();
    me.sync();
    RecordChange savedCandidate = server.officeView().get(candidate.id());
    assertThat(text(savedCandidate, "phone")).isEqualTo("06-40404040");
    assertThat(savedCandidate.data().get("classification").toString()).contains(mine);
    classificationForm = new ClassificationFormPresenter(me.context(), candidate.id(), () -> { });
    ClassificationFormPresenter theirs = new ClassificationFormPresenter(colleague.context(), candidate.id(), () -> { });
    choose(theirs, 1);
    assertThat(theirs.save()).isTrue();
    colleague.sync();
    me.sync();
    choose(classificationForm, 2);
    assertThat(classificationForm.save()).isTrue();
    me.sync();
    assertThat(server.officeView().get(candidate.id()).conflicts()).extracting(FieldConflict::field)
        .contains("classification");
    close(me, colleague);
  }

  /** Picks, in the first dimension the coach may change, the n-th value other than the current one. */
  private static String choose(ClassificationFormPresenter form, int n) {
    ClassificationFormPresenter.Row row = form.rows().stream().filter(ClassificationFormPresenter.Row::editable)
        .findFirst().orElseThrow();
    List<nl.trede.client.ui.kit.DimensionChoice> others = row.choices().stream()
        .filter(c -> c.key() != null && !c.equals(row.value().get())).toList();
    nl.trede.client.ui.kit.DimensionChoice choice = others.get(n % others.size());
    row.value().set(choice);
    return choice.key();
  }

  // ---------------------------------------------------------------- helpers

  private static void assertConflict(RecordChange record, String field, String kept, String other) {
    assertThat(text(record, field)).as("the value saved first stays").isEqualTo(kept);
    assertThat(record.conflicts()).as("the clash is kept for a person")
        .anyMatch(c -> c.field().equals(field) && c.deviceValue().asText().equals(other));
  }

  private static String text(RecordChange record, String field) {
    JsonNode value = record.data().get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /**
   * A form is open on my device; a colleague changes the record and syncs; my background sync
   * brings that in; then I type and save, and my device syncs.
   */
  private static <T extends nl.trede.domain.DomainRecord> void colleagueFirst(Device me, Device colleague,
      RecordType type, UUID id, java.util.function.Function<T, T> theirs, Runnable myTyping,
      java.util.function.BooleanSupplier save) {
    edit(colleague, type, id, theirs);
    me.sync();
    myTyping.run();
    assertThat(save.getAsBoolean()).isTrue();
    me.sync();
  }

  /** A colleague's change through their own form on an up-to-date device, synced at once. */
  private static <T extends nl.trede.domain.DomainRecord> void edit(Device colleague, RecordType type, UUID id,
      java.util.function.Function<T, T> change) {
    colleague.sync();
    Editing<T> opened = colleague.store().<T>edit(type, id).orElseThrow();
    colleague.store().update(opened, change.apply(opened.record()));
    colleague.sync();
  }

  private static void setCoaches(Device caseManager, UUID candidate, Consumer<List<UUID>> change) {
    edit(caseManager, RecordType.CANDIDATE, candidate, (Candidate c) -> {
      List<UUID> coaches = new ArrayList<>(c.coachIds());
      change.accept(coaches);
      return new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), c.phone(), c.address(),
          c.caseManagerId(), coaches, c.benefitStartDate(), c.flags(), c.classification(), c.wageValuePercent(),
          c.exemptions(), c.participation(), c.plan(), c.inflow(), c.exit(), c.certificates(), c.languageLevel(),
          c.availableHoursPerWeek());
    });
  }

  private static Candidate withPhone(Candidate c, String phone) {
    return new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), phone, c.address(), c.caseManagerId(),
        c.coachIds(), c.benefitStartDate(), c.flags(), c.classification(), c.wageValuePercent(), c.exemptions(),
        c.participation(), c.plan(), c.inflow(), c.exit(), c.certificates(), c.languageLevel(),
        c.availableHoursPerWeek());
  }

  private static Employer withEmployerContact(Employer e, String person, String phone) {
    return new Employer(e.id(), e.name(), e.kvkNumber(), e.sector(), e.address(), person, phone, e.contactEmail(),
        e.harrieTrained(), e.sroiObligation(), null, null);
  }

  private static Vacancy withVacancy(Vacancy v, String title, VacancyStatus status) {
    return new Vacancy(v.id(), v.employerId(), title, v.tasks(), v.hoursPerWeek(), v.requirements(), v.languageLevel(),
        v.suitsTargetGroupRegister(), status, v.registeredOn(), v.registeredBy());
  }

  private static Placement withPlacement(Placement p, String role, String goal) {
    return new Placement(p.id(), p.candidateId(), p.kind(), p.employerId(), null, p.organisation(), role, goal,
        p.supervision(), p.startDate(), p.plannedEndDate(), p.endDate(), p.endReason(), p.hoursPerWeek(),
        p.contractMonths(), p.withIntent(), p.instruments(), p.jobcoaching(), p.createdBy());
  }

  private static Device device(RealServer server, String user, String database) throws Exception {
    Path home = Files.createDirectories(dir.resolve(database + "-" + user + "-" + Ids.newId()));
    Session session = new LoginService(home, CLOCK, SyncClient::new, Fixtures.FAST_ITERATIONS, "test-" + user)
        .login(server.url(), user, PASSWORD.toCharArray());
    SyncEngine engine = new SyncEngine(session.store(), session.client(), CLOCK, Backoff.standard(),
        SyncEngine.Settings.standard());
    Device device = new Device(session, engine);
    device.sync();
    return device;
  }

  private static void close(Device... devices) {
    for (Device d : devices) {
      d.engine().close();
      d.store().close();
    }
  }
}
