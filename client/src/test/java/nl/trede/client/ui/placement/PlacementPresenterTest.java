package nl.trede.client.ui.placement;

import nl.trede.client.support.RecordingDevice;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.Instrument;
import nl.trede.config.InstrumentKind;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PlacementPolicy;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.domain.employer.Vacancy;
import nl.trede.client.ui.candidate.CandidatePresenter;
import nl.trede.client.ui.candidate.RecordingActions;
import nl.trede.domain.placement.DisplacementCheck;
import nl.trede.domain.placement.EvaluationOutcome;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementEndReason;
import nl.trede.domain.placement.PlacementEvaluation;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The placement form: instruments from the catalogue, the five steps, policy rules as you type. */
class PlacementPresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private Candidate withSubsidy;
  private Candidate withoutSubsidy;
  private Employer shop;
  private final AtomicInteger saved = new AtomicInteger();

  @BeforeEach
  void store() {
    store = openStore(dir);
    withSubsidy = Fixtures.candidate("Lks", "Kandidaat", Map.of(), Set.of(CandidateFlag.WAGE_COST_SUBSIDY),
        TODAY.minusYears(30));
    withoutSubsidy = Fixtures.candidate("Geen", "Subsidie", Map.of(), Set.of(), TODAY.minusYears(30));
    shop = employer("Supermarkt Heteren");
    store.storePullPage(page("c1", change(RecordType.CONFIGURATION, Fixtures.overbetuwe(), 1),
        change(RecordType.CANDIDATE, withSubsidy, 1), change(RecordType.CANDIDATE, withoutSubsidy, 1),
        change(RecordType.EMPLOYER, shop, 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private PlacementPresenter form(Candidate c, java.util.UUID placement, Role role) {
    return new PlacementPresenter(new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(role), RecordingDevice.opening()),
        c.id(), placement, saved::incrementAndGet);
  }

  private static void regularJob(PlacementPresenter form, Employer at) {
    form.kind().set(PlacementKind.REGULAR_JOB);
    form.employer().set(at);
    form.role().set("Vakkenvuller");
    form.hoursPerWeek().set("24");
    form.contractMonths().set("12");
  }

  @Test
  void theFiveStepsLeadToWhoCoachesAndAnExternalCoachStartsAtTheLowestRegime() {
    PlacementPresenter form = form(withSubsidy, null, Role.JOBCOACH);
    form.coaching().set(true);
    assertThat(form.outcome().get()).isEqualTo("Uitkomst: geen extra jobcoaching.");

    form.supportNeeded().set(true);
    assertThat(form.leadsTo()).isEqualTo(CoachKind.MUNICIPAL);
    form.harrieSufficient().set(true);
    assertThat(form.leadsTo()).isEqualTo(CoachKind.INTERNAL);
    form.harrieSufficient().set(false);
    form.regime().set(JobcoachRegime.HIGH);
    form.specialistNeeded().set(true);
    assertThat(form.outcome().get()).isEqualTo("Uitkomst: een externe jobcoach, op het laagste regime.");
    assertThat(form.regime().get()).isEqualTo(JobcoachRegime.LOW);
    form.networkSufficient().set(true);
    assertThat(form.leadsTo()).isNull();
  }

  @Test
  void aJobcoachAssignsThemselvesAndTheRecordCarriesTheChoiceAndItsReason() {
    PlacementPresenter form = form(withSubsidy, null, Role.JOBCOACH);
    regularJob(form, shop);
    form.coaching().set(true);
    form.supportNeeded().set(true);
    form.reason().set("Geen getrainde collega op de afdeling.");
    form.coachingEnd().set(TODAY.plusMonths(6));
    form.grantedHours().set("40");

    assertThat(form.jobcoachText()).isEqualTo("Uzelf (Anna de Vries)");
    assertThat(form.save()).isTrue();

    Placement saved = store.<Placement>inFile(withSubsidy.id(), RecordType.PLACEMENT).get(0);
    assertThat(saved.jobcoaching().coachKind()).isEqualTo(CoachKind.MUNICIPAL);
    assertThat(saved.jobcoaching().jobcoachId()).isEqualTo(COACH);
    assertThat(saved.jobcoaching().reason()).isEqualTo("Geen getrainde collega op de afdeling.");
    assertThat(saved.jobcoaching().grantedHours()).isEqualTo(40);
    assertThat(store.pendingOutbox(5)).singleElement()
        .satisfies(e -> assertThat(e.mutation().kind()).isEqualTo(MutationKind.CREATE));
  }

  @Test
  void jobcoachingWithoutLoonkostensubsidieIsRefusedAtOnceAsTheServerWould() {
    PlacementPresenter form = form(withoutSubsidy, null, Role.JOBCOACH);
    regularJob(form, shop);
    form.coaching().set(true);
    form.supportNeeded().set(true);
    form.reason().set("Begeleiding nodig.");
    form.coachingEnd().set(TODAY.plusMonths(6));

    assertThat(form.save()).isFalse();

    assertThat(form.errors().of("jobcoaching.coachKind"))
        .isEqualTo("Jobcoaching is voor kandidaten met loonkostensubsidie (art. 10da Participatiewet).");
    assertThat(store.pendingCount()).isZero();
  }

  @Test
  void anInstrumentsConditionsAreCheckedAsYouTypeAtTheFieldsTheyConcern() {
    PlacementPresenter form = form(withSubsidy, null, Role.PARTICIPATION_COACH);
    regularJob(form, shop);
    form.contractMonths().set("3");
    form.instrumentToAdd().set(form.catalogue().stream().filter(i -> i.code().equals("werkgeverscheque"))
        .findFirst().orElseThrow());
    form.addInstrument();
    form.instruments().get(0).amount().set("4.500,00");

    // Lansingerland-style werkgeverscheque: contract of at least 6 months and 32 hours (002 §3.4.4).
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("contractMonths")).isEqualTo("Het gekozen instrument vraagt een langer contract.");
    assertThat(form.errors().of("hoursPerWeek")).isEqualTo("Het gekozen instrument vraagt meer uren per week.");
    assertThat(form.errors().of("instruments"))
        .isEqualTo("Dit bedrag is hoger dan de gemeente voor dit instrument toestaat.");

    form.contractMonths().set("12");
    form.hoursPerWeek().set("32");
    assertThat(form.errors().of("contractMonths")).isNull();
    assertThat(form.errors().of("instruments")).isNull();
    assertThat(form.save()).isTrue();
  }

  @Test
  void volunteeringAboveTheMunicipalitysWeeklyHoursIsRefusedAsYouType() {
    PlacementPresenter form = form(withoutSubsidy, null, Role.PARTICIPATION_COACH);
    form.kind().set(PlacementKind.VOLUNTEERING);
    form.organisation().set("Voedselbank");
    form.hoursPerWeek().set("20");

    // 001 §2.1.3 "het aantal uren beperkt blijven": 16 a week in the fixture, as in Overbetuwe's file.
    assertThat(form.errors().of("hoursPerWeek")).isEqualTo("Meer uren per week dan de gemeente voor deze soort"
        + " plaatsing toestaat. Vrijwilligerswerk blijft beperkt: het mag re-integratie niet in de weg staan.");
    form.hoursPerWeek().set("16");
    assertThat(form.errors().of("hoursPerWeek")).isNull();
    assertThat(form.save()).isTrue();
  }

  @Test
  void theInstrumentsMeantForTheFilesProfileComeFirstMarkedAndTheOthersStaySelectable() {
    // 001 §2.1.3: routes "gekoppeld ... aan profielen"; the cheque is meant for profile 2 here.
    MunicipalityConfig c = Fixtures.overbetuwe();
    List<Instrument> catalogue = c.instruments().stream().map(i -> !i.code().equals("werkgeverscheque") ? i
        : new Instrument(i.code(), i.name(), i.kind(), i.cost(), i.budgetLine(), i.conditions(), i.source(),
            Map.of("profiel", List.of("2")))).toList();
    store.storePullPage(page("c2", change(RecordType.CONFIGURATION, new MunicipalityConfig(c.id(), c.municipality(),
        c.name(), c.version() + 1, c.source(), c.dimensions(), c.caseloadGroups(), c.budgetLines(), catalogue,
        c.contactPolicy(), c.kpis(), c.migrations(), c.socialReturn(), c.jobcoaching(), c.referralTargets(),
        c.obligations()).withPlacements(c.placements()), 2)));
    Candidate profileTwo = Fixtures.candidate("Profiel", "Twee", Map.of("profiel", "2"),
        Set.of(CandidateFlag.WAGE_COST_SUBSIDY), TODAY.minusYears(30));
    store.storePullPage(page("c3", change(RecordType.CANDIDATE, profileTwo, 1)));

    PlacementPresenter onTheRoute = form(profileTwo, null, Role.CASE_MANAGER);
    assertThat(onTheRoute.catalogue()).extracting(Instrument::code)
        .containsExactly("werkgeverscheque", "loonkostensubsidie");
    assertThat(onTheRoute.catalogue()).extracting(onTheRoute::instrumentText)
        .containsExactly("Werkgeverscheque — Past bij Profiel 2", "Loonkostensubsidie");
    // Maatwerk: an instrument off the route is chosen and saved like any other.
    regularJob(onTheRoute, shop);
    onTheRoute.instrumentToAdd().set(onTheRoute.catalogue().get(1));
    onTheRoute.addInstrument();
    assertThat(onTheRoute.save()).isTrue();

    // A file without a profile is on no route: the catalogue as it stands, nothing marked.
    PlacementPresenter unclassified = form(withSubsidy, null, Role.CASE_MANAGER);
    assertThat(unclassified.catalogue()).extracting(unclassified::instrumentText)
        .containsExactly("Loonkostensubsidie", "Werkgeverscheque");
  }

  /** The fixture with internal jobcoaching priced by regime (001 §3.3) and a budget per trajectory (000 §3.4). */
  private static MunicipalityConfig pricedByRegime() {
    MunicipalityConfig c = Fixtures.overbetuwe();
    List<Instrument> catalogue = new java.util.ArrayList<>(c.instruments());
    catalogue.add(new Instrument("interne-jobcoaching", "Vergoeding interne jobcoaching", InstrumentKind.WORKPLACE_SUPPORT,
        new BigDecimal("2000"), null, null, "001 §3.3"));
    return new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version() + 1, c.source(), c.dimensions(),
        c.caseloadGroups(), c.budgetLines(), catalogue, c.contactPolicy(), c.kpis(), c.migrations(), c.socialReturn(),
        c.jobcoaching(), c.referralTargets(), c.obligations()).withPlacements(new PlacementPolicy(c.placements()
            .hoursLimits(), null, new PlacementPolicy.TrajectoryBudget(new BigDecimal("4000"), null, "000 §3.4"),
            List.of(new PlacementPolicy.RegimeTariff(List.of("interne-jobcoaching"), Map.of(JobcoachRegime.LOW,
                new BigDecimal("1500"), JobcoachRegime.MEDIUM, new BigDecimal("3000")), "001 §3.3"))));
  }

  @Test
  void aJobcoachingGrantIsFilledInAtItsRegimesAmountAndTheTrajectorysGrantsStayWithinItsBudget() {
    store.storePullPage(page("c2", change(RecordType.CONFIGURATION, pricedByRegime(), 2)));
    PlacementPresenter form = form(withSubsidy, null, Role.JOBCOACH);
    regularJob(form, shop);
    form.coaching().set(true);
    form.supportNeeded().set(true);
    form.harrieSufficient().set(true);
    form.coachName().set("Collega Jansen");
    form.reason().set("Een getrainde collega op de afdeling.");
    form.coachingEnd().set(TODAY.plusMonths(6));
    form.regime().set(JobcoachRegime.LOW);
    form.instrumentToAdd().set(form.catalogue().stream().filter(i -> i.code().equals("interne-jobcoaching"))
        .findFirst().orElseThrow());
    form.addInstrument();

    assertThat(Messages.parseDecimal(form.instruments().get(0).amount().get())).isEqualByComparingTo("1500");
    form.instruments().get(0).amount().set("2000");
    assertThat(form.errors().of("instruments"))
        .isEqualTo("Dit bedrag is hoger dan het vaste bedrag dat bij het regime van de jobcoaching hoort.");
    form.instruments().get(0).amount().set("1500");
    assertThat(form.errors().of("instruments")).isNull();

    form.instrumentToAdd().set(form.catalogue().stream().filter(i -> i.code().equals("loonkostensubsidie"))
        .findFirst().orElseThrow());
    form.addInstrument();
    form.instruments().get(1).amount().set("3000");
    assertThat(form.errors().of("instruments")).isEqualTo("Samen zijn de bedragen van deze plaatsing hoger dan het"
        + " maximumbudget per re-integratietraject van de gemeente.");
    form.instruments().get(1).amount().set("2500");
    assertThat(form.save()).isTrue();
  }

  @Test
  void anOverrunIsNamedAndAnEditSendsOnlyWhatChanged() {
    Placement running = Fixtures.coachedJob(withSubsidy.id(), shop.id(), COACH, TODAY.minusDays(10));
    store.storePullPage(page("c2", change(RecordType.PLACEMENT, running, 3)));
    PlacementPresenter form = form(withSubsidy, running.id(), Role.JOBCOACH);

    assertThat(form.overrun().get()).startsWith("De geplande einddatum (28 feb. 2026) is voorbij");
    form.coachingEnd().set(TODAY.plusMonths(2));
    form.reason().set("Verlengd: nieuwe taken op de afdeling.");
    assertThat(form.overrun().get()).isNull();
    assertThat(form.save()).isTrue();

    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> {
      assertThat(e.mutation().kind()).isEqualTo(MutationKind.UPDATE);
      assertThat(e.mutation().baseVersion()).isEqualTo(3);
      assertThat(e.mutation().fields().fieldNames()).toIterable().containsExactly("jobcoaching");
    });
  }

  @Test
  void aWepMetIntentieLastsAtMostThreeMonths() {
    PlacementPresenter form = form(withoutSubsidy, null, Role.PARTICIPATION_COACH);
    form.kind().set(PlacementKind.WORK_EXPERIENCE);
    form.employer().set(shop);
    form.goal().set("Werknemersvaardigheden");
    form.supervision().set("Vaste collega");
    form.hoursPerWeek().set("20");
    form.withIntent().set(true);
    form.plannedEndDate().set(TODAY.plusMonths(4));

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("plannedEndDate")).isEqualTo("Een werkervaringsplaats met intentie duurt hoogstens 3 maanden.");
  }

  @Test
  void aWepRecordsThatItDisplacesNoJobByWhomAndWhenAndKeepsItThroughAnEdit() {
    PlacementPresenter form = form(withoutSubsidy, null, Role.PARTICIPATION_COACH);
    regularJob(form, shop);
    assertThat(form.displacement().shown().get()).isFalse();
    form.kind().set(PlacementKind.WORK_EXPERIENCE);
    form.contractMonths().set("");
    form.goal().set("Werkritme opdoen");
    form.supervision().set("Vaste collega");
    form.plannedEndDate().set(TODAY.plusMonths(3));
    assertThat(form.displacement().shown().get()).isTrue();

    // 001 §2.1.3: "uitsluitend ... als hierdoor geen verdringing op de arbeidsmarkt plaatsvindt".
    assertThat(form.save()).isFalse();
    String missing = "Leg vast dat deze plaats geen gewone baan vervangt: het werk is extra en er wordt niemand"
        + " verdrongen.";
    assertThat(form.errors().of("displacementCheck")).isEqualTo(missing);
    form.displacement().finding().set("Boventallige plek naast de vaste ploeg; geen vacature open.");
    assertThat(form.errors().of("displacementCheck")).isNull();
    form.displacement().finding().set(" ");
    assertThat(form.errors().of("displacementCheck")).isEqualTo(missing);
    form.displacement().finding().set("x".repeat(1001));
    assertThat(form.errors().of("displacementCheck.finding")).isEqualTo("Houd het kort: hoogstens 1000 tekens.");
    form.displacement().finding().set("Boventallige plek naast de vaste ploeg; geen vacature open.");
    assertThat(form.save()).isTrue();

    Placement wep = store.<Placement>inFile(withoutSubsidy.id(), RecordType.PLACEMENT).get(0);
    assertThat(wep.displacementCheck()).isEqualTo(new DisplacementCheck(TODAY, COACH,
        "Boventallige plek naast de vaste ploeg; geen vacature open."));
  }

  @Test
  void editingAWepKeepsItsDisplacementCheckAsRecordedAndDoesNotDropIt() {
    DisplacementCheck byColleague = new DisplacementCheck(TODAY.minusDays(20), java.util.UUID.randomUUID(),
        "Extra taken naast de vaste ploeg; niemand vervangen.");
    Placement wep = new Placement(java.util.UUID.randomUUID(), withoutSubsidy.id(), PlacementKind.WORK_EXPERIENCE,
        shop.id(), null, null, "Magazijn", "Werkritme opdoen", "Vaste collega", TODAY.minusDays(14),
        TODAY.plusMonths(2), null, null, new BigDecimal("20"), null, false, List.of(), null, COACH)
        .withDisplacementCheck(byColleague);
    store.storePullPage(page("c2", change(RecordType.PLACEMENT, wep, 3)));
    PlacementPresenter form = form(withoutSubsidy, wep.id(), Role.PARTICIPATION_COACH);
    assertThat(form.displacement().finding().get()).isEqualTo(byColleague.finding());

    form.displacement().finding().set("");
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("displacementCheck")).startsWith("Leg vast dat deze plaats geen gewone baan vervangt");
    form.displacement().finding().set(byColleague.finding());
    form.hoursPerWeek().set("16");
    assertThat(form.save()).isTrue();
    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> assertThat(e.mutation().fields().fieldNames())
        .toIterable().containsExactly("hoursPerWeek"));
    assertThat(store.<Placement>inFile(withoutSubsidy.id(), RecordType.PLACEMENT).get(0).displacementCheck())
        .isEqualTo(byColleague);
  }

  @Test
  void endingAPlacementWithAnEvaluationSavesItAndTheCandidatePageShowsIt() {
    Placement running = Fixtures.coachedJob(withSubsidy.id(), shop.id(), COACH, TODAY.plusMonths(1));
    store.storePullPage(page("c2", change(RecordType.PLACEMENT, running, 3)));
    FieldContext coach = new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(Role.PARTICIPATION_COACH),
        RecordingDevice.opening());
    PlacementPresenter form = new PlacementPresenter(coach, withSubsidy.id(), running.id(), saved::incrementAndGet);

    form.endDate().set(TODAY.minusDays(1));
    form.endReason().set(PlacementEndReason.STOPPED_BY_EMPLOYER);
    form.evaluation().outcome().set(EvaluationOutcome.PARTLY_REACHED);
    form.evaluation().professionalExperience().set(4);
    // 003 §1B asks for both sides: the professional's rating alone is not saved.
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("evaluation.clientExperience"))
        .isEqualTo("Beoordeel ook hoe de kandidaat het ervaart, of laat beide open.");
    form.evaluation().clientExperience().set(2);
    form.evaluation().note().set("Werkgever stopte na reorganisatie; kandidaat wil door in de logistiek.");
    assertThat(form.save()).isTrue();

    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> assertThat(e.mutation().fields().fieldNames())
        .toIterable().containsExactlyInAnyOrder("endDate", "endReason", "evaluation"));
    Placement ended = store.<Placement>inFile(withSubsidy.id(), RecordType.PLACEMENT).get(0);
    assertThat(ended.evaluation()).isEqualTo(new PlacementEvaluation(EvaluationOutcome.PARTLY_REACHED, 2, 4,
        "Werkgever stopte na reorganisatie; kandidaat wil door in de logistiek.", coach.userId(), CLOCK.instant()));

    CandidatePresenter page = new CandidatePresenter(coach, withSubsidy.id(),
        new RecordingActions(new java.util.ArrayList<>()));
    page.refresh();
    assertThat(page.placements()).singleElement().extracting(CandidatePresenter.PlacementCard::evaluation)
        .isEqualTo("Evaluatie: Deels bereikt · kandidaat 2/5 · professional 4/5");
  }

  @Test
  void theEvaluationIsOfferedOnlyForAnEndedPlacement() {
    Placement running = Fixtures.coachedJob(withSubsidy.id(), shop.id(), COACH, TODAY.plusMonths(1));
    store.storePullPage(page("c2", change(RecordType.PLACEMENT, running, 3)));
    PlacementPresenter form = form(withSubsidy, running.id(), Role.PARTICIPATION_COACH);
    form.evaluation().outcome().set(EvaluationOutcome.GOAL_REACHED);

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("evaluation"))
        .isEqualTo("Een evaluatie hoort bij een beëindigde plaatsing: vul eerst de einddatum in.");
  }

  @Test
  void aPlacementFillsOneOfTheChosenEmployersOpenVacanciesAndAnotherEmployerClearsIt() {
    Employer other = employer("Bakkerij Elst");
    Vacancy open = Fixtures.vacancy(shop.id(), "Vakkenvuller", VacancyStatus.OPEN, 3);
    Vacancy closed = Fixtures.vacancy(shop.id(), "Kassamedewerker", VacancyStatus.CLOSED, 5);
    Vacancy elsewhere = Fixtures.vacancy(other.id(), "Bakkershulp", VacancyStatus.OPEN, 1);
    store.storePullPage(page("c2", change(RecordType.EMPLOYER, other, 1), change(RecordType.VACANCY, open, 1),
        change(RecordType.VACANCY, closed, 1), change(RecordType.VACANCY, elsewhere, 1)));
    PlacementPresenter form = form(withoutSubsidy, null, Role.CASE_MANAGER);
    regularJob(form, shop);

    assertThat(form.vacancy().choices()).containsExactly(open);
    form.vacancy().chosen().set(open);
    form.employer().set(other);
    assertThat(form.vacancy().chosen().get()).as("another employer's vacancy is never sent").isNull();
    assertThat(form.vacancy().choices()).containsExactly(elsewhere);
    form.employer().set(shop);
    form.vacancy().chosen().set(open);

    assertThat(form.save()).isTrue();

    Placement stored = store.<Placement>inFile(withoutSubsidy.id(), RecordType.PLACEMENT).get(0);
    assertThat(stored.vacancyId()).isEqualTo(open.id());
    assertThat(store.<Vacancy>all(RecordType.VACANCY)).filteredOn(v -> v.id().equals(open.id()))
        .singleElement().extracting(Vacancy::status).as("the jobhunter's vacancy is left as it was")
        .isEqualTo(VacancyStatus.OPEN);
  }
}
