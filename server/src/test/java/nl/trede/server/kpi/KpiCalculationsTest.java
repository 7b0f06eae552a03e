package nl.trede.server.kpi;

import static nl.trede.server.kpi.KpiDataSet.A;
import static nl.trede.server.kpi.KpiDataSet.B;
import static nl.trede.server.kpi.KpiDataSet.C;
import static nl.trede.server.kpi.KpiDataSet.CASE_MANAGER;
import static nl.trede.server.kpi.KpiDataSet.COACH_1;
import static nl.trede.server.kpi.KpiDataSet.COACH_2;
import static nl.trede.server.kpi.KpiDataSet.D;
import static nl.trede.server.kpi.KpiDataSet.DATE_A;
import static nl.trede.server.kpi.KpiDataSet.E;
import static nl.trede.server.kpi.KpiDataSet.EMPLOYER_P;
import static nl.trede.server.kpi.KpiDataSet.EMPLOYER_Q;
import static nl.trede.server.kpi.KpiDataSet.G;
import static nl.trede.server.kpi.KpiDataSet.JOBCOACH_1;
import static nl.trede.server.kpi.KpiDataSet.JOBCOACH_2;
import static nl.trede.server.kpi.KpiDataSet.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Corrections;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.placement.PlacementKind;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the console against the hand computation in docs/kpis.md ("Worked example"), on
 * the fixed data set of {@link KpiDataSet}. Reference date 31-03-2026; date A 01-01-2026.
 */
class KpiCalculationsTest {
  private final KpiDataSet data = new KpiDataSet();

  private static BigDecimal hours(String value) {
    return new BigDecimal(value);
  }

  @Test
  void overdueContactsFollowTheAgreedDateThePlanTheCorrectionsAndTheYearlyRule() {
    OverdueContacts.Result r = OverdueContacts.compute(KpiDataSet.policy(), data.files(), REFERENCE);

    // F is registered after the reference date and H's file closed on 15-03: 6 candidates. Overdue:
    // C (never spoken to; registered 10-01-2025 + the default 42 days = 21-02-2025, 403 days), G (the
    // agreed 01-06-2026 is capped by the yearly rule for meedoen: 01-02-2025 + 365 = 01-02-2026, 58
    // days), B (the corrected contact of 20-02 agreed 01-03, 30 days), A (last conversation 01-03 +
    // 14 = 15-03, 16 days), D (never; opened 15-03 + 7 = 22-03, 9 days). E is due on the reference
    // date itself: not overdue yet.
    assertThat(r.candidates()).isEqualTo(6);
    assertThat(r.overdue()).isEqualTo(5);
    assertThat(r.neverSpokenTo()).isEqualTo(2);
    assertThat(r.statuses()).extracting(OverdueContacts.CandidateStatus::candidateId).containsExactly(C, G, B, A, D, E);
    assertThat(r.statuses()).extracting(OverdueContacts.CandidateStatus::daysOverdue)
        .containsExactly(403L, 58L, 30L, 16L, 9L, 0L);
    assertThat(r.statuses()).extracting(OverdueContacts.CandidateStatus::due).containsExactly(
        LocalDate.of(2025, 2, 21), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15),
        LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 31));
    assertThat(r.statuses()).extracting(OverdueContacts.CandidateStatus::capped)
        .containsExactly(false, true, false, false, false, false);
    // A's no-show on 10-03 is not a conversation: the last contact stays 01-03.
    assertThat(r.statuses().get(3).lastContact()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(r.statuses().get(0).frequencyDays()).isEqualTo(42);

    // Per person: coach 2 has B, D and G, coach 1 A and B, the case manager C (no coach), nobody E.
    assertThat(r.perPerson()).containsExactly(
        new OverdueContacts.PerPerson(COACH_2, 3, 3, 58),
        new OverdueContacts.PerPerson(COACH_1, 2, 2, 30),
        new OverdueContacts.PerPerson(CASE_MANAGER, 1, 1, 403),
        new OverdueContacts.PerPerson(null, 1, 0, 0));
  }

  @Test
  void theOverdueFiguresAskTheSameQuestionAsTheFieldApp() {
    // One definition: what MunicipalityConfig.nextContactDue answers the field app is what the console
    // counts, for every open file; closed files have no contact due in either.
    int compared = 0;
    for (Synced<nl.trede.domain.candidate.CandidateFile> file : data.files()) {
      var status = OverdueContacts.status(KpiDataSet.policy(), file, REFERENCE);
      var due = KpiDataSet.CONFIG.nextContactDue(file.record(), REFERENCE);
      if (file.syncedOn().isAfter(REFERENCE)) {
        continue;
      }
      assertThat(due).as(file.record().candidate().displayName()).isEqualTo(status.map(OverdueContacts.CandidateStatus::due));
      compared++;
    }
    assertThat(compared).isEqualTo(7);
  }

  @Test
  void aContactAfterTheReferenceDateDoesNotCountYet() {
    OverdueContacts.Result later = OverdueContacts.compute(KpiDataSet.policy(), data.files(), LocalDate.of(2026, 4, 3));

    // On 03-04 D's contact of 02-04 counts: due 02-04 + 7 = 09-04, not overdue.
    OverdueContacts.CandidateStatus d = later.statuses().stream().filter(s -> s.candidateId().equals(D)).findFirst()
        .orElseThrow();
    assertThat(d.lastContact()).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(d.overdue()).isFalse();
  }

  @Test
  void ladderTransitionsCountEachCandidateOnceFromRungOnAToRungOnB() {
    LadderTransitions.Result r = LadderTransitions.compute(data.candidates, data.steps, DATE_A, REFERENCE);

    // A 2 → 3 (up); B 4 → 3 (down: the step to 5 on 10-03 was corrected back to 3); C none → 1 and
    // D none → 3 (first rung); E 4 → 4 (two intakes on one day: the one synced last counts); G and H
    // no rung on either date. F is registered after date B.
    assertThat(r.population()).isEqualTo(7);
    assertThat(r.matrix()[0][0]).isEqualTo(2);
    assertThat(r.matrix()[2][3]).isEqualTo(1);
    assertThat(r.matrix()[4][3]).isEqualTo(1);
    assertThat(r.matrix()[0][1]).isEqualTo(1);
    assertThat(r.matrix()[0][3]).isEqualTo(1);
    assertThat(r.matrix()[4][4]).isEqualTo(1);
    int total = 0;
    for (int[] row : r.matrix()) {
      for (int n : row) {
        total += n;
      }
    }
    assertThat(total).isEqualTo(7);
    assertThat(r.withBoth()).isEqualTo(3);
    assertThat(List.of(r.up(), r.same(), r.down(), r.firstRung(), r.noRung())).containsExactly(1, 1, 1, 2, 2);
    assertThat(r.shareUp()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(r.onRungAt(4)).isEqualTo(2);
    assertThat(r.movedUpFrom(2)).isEqualTo(1);
  }

  @Test
  void theRungOnADateIsTheLatestStepInForceOnOrBeforeIt() {
    List<Synced<nl.trede.domain.ladder.LadderStep>> ofB = Corrections.inForce(
        data.steps.stream().filter(s -> s.record().candidateId().equals(B)).toList(), Synced::record);

    assertThat(LadderHistory.rungAt(ofB, LocalDate.of(2025, 4, 30))).isEmpty();
    assertThat(LadderHistory.rungAt(ofB, LocalDate.of(2025, 5, 1))).contains(4);
    assertThat(LadderHistory.rungAt(ofB, LocalDate.of(2026, 3, 1))).contains(3);
    assertThat(LadderHistory.rungAt(ofB, LocalDate.of(2026, 3, 10))).contains(3);
  }

  @Test
  void monthsOnBenefitAndHoursOfTakingPartAtTheReferenceDate() {
    BenefitAndParticipation.Result r = BenefitAndParticipation.compute(data.candidates, REFERENCE);

    // Only files open on the reference date (002 §6.2): H's file closed on 15-03, F registers later.
    // A 15-01-2024 → 26 months; B 01-06-2025 → 9; D 31-03-2020 → 72; C and G have no benefit and
    // E's starts on 01-04-2026, after the reference date: 3 with, 3 without. Median 26, mean 107 / 3.
    assertThat(r.population()).isEqualTo(6);
    assertThat(r.withBenefit()).isEqualTo(3);
    assertThat(r.withoutBenefit()).isEqualTo(3);
    assertThat(r.medianMonths()).isEqualTo(26.0);
    assertThat(r.meanMonths()).isCloseTo(107 / 3.0, within(1e-9));
    assertThat(r.monthBands()).containsExactly(0, 1, 0, 1, 0, 1);

    // Hours per week: A 8 + 12 = 20, C 4, D 32; B, E and G none. Mean of those taking part 56 / 3.
    assertThat(r.takingPart()).isEqualTo(3);
    assertThat(r.meanHoursTakingPart()).isEqualByComparingTo(hours("18.7"));
    assertThat(r.hourBands()).containsExactly(3, 1, 0, 1, 0, 1);
    assertThat(r.perActivity()).containsExactly(
        new BenefitAndParticipation.PerActivity(ParticipationActivity.PART_TIME_WORK, 1, hours("12")),
        new BenefitAndParticipation.PerActivity(ParticipationActivity.EDUCATION, 1, hours("4")),
        new BenefitAndParticipation.PerActivity(ParticipationActivity.DAY_ACTIVITIES, 1, hours("32")),
        new BenefitAndParticipation.PerActivity(ParticipationActivity.WORK_EXPERIENCE_PLACEMENT, 0, BigDecimal.ZERO),
        new BenefitAndParticipation.PerActivity(ParticipationActivity.VOLUNTEERING, 1, hours("8")));
  }

  @Test
  void coachingHoursCountCorrectionsInsteadOfWhatTheyCorrect() {
    CoachingHoursReport.Result r = CoachingHoursReport.compute(data.hours, DATE_A, REFERENCE);

    // In force in Q1: 10-01 2 h (A, P), 05-02 2,5 h (the correction of 1,5 h), 21-02 0,5 h (the later
    // of two corrections of B's 1 h), 02-01 1 h (the correction, dated in Q1, of an entry of
    // 31-12-2025) and 10-03 1 h (A). The entry of 02-04 lies after the period.
    assertThat(r.hours()).isEqualByComparingTo(hours("7"));
    assertThat(r.entries()).isEqualTo(5);
    assertThat(r.candidates()).isEqualTo(3);
    assertThat(r.perEmployer()).containsExactly(
        new CoachingHoursReport.Line(EMPLOYER_P, hours("6.5"), 4, 2),
        new CoachingHoursReport.Line(EMPLOYER_Q, hours("0.5"), 1, 1));
    assertThat(r.perJobcoach()).containsExactly(
        new CoachingHoursReport.Line(JOBCOACH_1, hours("6.5"), 4, 2),
        new CoachingHoursReport.Line(JOBCOACH_2, hours("0.5"), 1, 1));
    assertThat(r.perMonth()).extracting(CoachingHoursReport.Month::month)
        .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    assertThat(r.perMonth()).extracting(m -> m.hours().stripTrailingZeros())
        .containsExactly(hours("3"), hours("3"), hours("1"));
    assertThat(r.perKind().get(CoachKind.MUNICIPAL)).isEqualByComparingTo(hours("6.5"));
    assertThat(r.perKind().get(CoachKind.INTERNAL)).isEqualByComparingTo(hours("0.5"));
    assertThat(r.perKind().get(CoachKind.EXTERNAL)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void aCorrectionChainLeavesOnlyItsLastEntry() {
    List<Synced<CoachingHours>> chain = new ArrayList<>();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    UUID third = UUID.randomUUID();
    chain.add(booking(first, null, 1));
    chain.add(booking(second, first, 2));
    chain.add(booking(third, second, 3));

    assertThat(Corrections.inForce(chain, Synced::record))
        .extracting(s -> s.record().id()).containsExactly(third);
  }

  private static Synced<CoachingHours> booking(UUID id, UUID corrects, long seq) {
    return new Synced<>(new CoachingHours(id, A, EMPLOYER_P, REFERENCE, 4,
        nl.trede.domain.coaching.CoachingActivity.PHONE, CoachKind.MUNICIPAL, JOBCOACH_1, null, null, null, corrects, null),
        seq, java.time.Instant.EPOCH);
  }

  @Test
  void periodsIncludeBothEndDays() {
    CoachingHoursReport.Result oneDay = CoachingHoursReport.compute(data.hours, LocalDate.of(2026, 1, 10),
        LocalDate.of(2026, 1, 10));

    assertThat(oneDay.hours()).isEqualByComparingTo(hours("2"));
    assertThat(List.of(C, E)).doesNotContain(oneDay.perEmployer().get(0).id());
  }

  // ---------------------------------------------------------------- figures that follow the configuration

  @Test
  void theMunicipalityKpisOfTheWorkedExample() {
    KpiReport report = KpiCalculator.compute(KpiDataSet.CONFIG, data.plainFiles(), DATE_A, REFERENCE);

    // Groei zet een stap: on 01-01 A and B are on groei (H came in on 10-01 on werk); A stepped up on
    // 01-02, B's step to 5 was corrected away: 1 of 2, 50,0 %, target 40 % met.
    KpiResult stap = report.kpis().get(0);
    assertThat(stap.populationIds()).containsExactlyInAnyOrder(A, B);
    assertThat(stap.successIds()).containsExactly(A);
    assertThat(stap.percentage()).isEqualByComparingTo(hours("50.0"));
    assertThat(stap.met()).isTrue();
    // Meedoen gesproken: on 01-01 only C (G moved to meedoen on 05-01); C was not spoken to: 0 of 1.
    KpiResult gesproken = report.kpis().get(1);
    assertThat(gesproken.populationIds()).containsExactly(C);
    assertThat(gesproken.successIds()).isEmpty();
    assertThat(gesproken.percentage()).isEqualByComparingTo(hours("0.0"));
    assertThat(gesproken.met()).isFalse();
  }

  @Test
  void theMonitorCountsOpenFilesByTrackGroupsTrajectoriesAndFlows() {
    FileMonitor.Result r = FileMonitor.compute(data.plainFiles(), KpiDataSet.spoor(), List.of("loonkostensubsidie"),
        DATE_A, REFERENCE);

    // Open on 31-03: A, B, C, D, E, G (F opens on 10-04, H closed on 15-03).
    assertThat(r.open()).isEqualTo(6);
    // On 31-03: A werk (since 15-02), B groei, C and G meedoen, D not classified, E "participatie",
    // which the scheme no longer knows.
    assertThat(r.split()).containsExactly(
        new FileMonitor.Share("werk", "Focus op werk", 1), new FileMonitor.Share("groei", "Focus op groei", 1),
        new FileMonitor.Share("meedoen", "Focus op meedoen", 2), new FileMonitor.Share(null, null, 1),
        new FileMonitor.Share("participatie", null, 1));
    assertThat(r.unclassified()).isEqualTo(1);
    assertThat(r.toReview()).isEqualTo(1);
    // 001 §5.1 "aantal bijstandsdossiers": of the 6 open on 31-03, A, B and D have benefit; C and G
    // none, E's starts on 01-04.
    assertThat(r.withBenefit()).isEqualTo(3);
    assertThat(r.withoutBenefit()).isEqualTo(3);
    // Open on some day of Q1: all but F. Placements running in Q1: A's job (work, no trajectory), B's
    // work-experience place, C's volunteering, D's sheltered work, H's training; G's volunteering
    // ended in 2025.
    assertThat(r.openInPeriod()).isEqualTo(7);
    assertThat(r.inTrajectory()).doesNotContainKey(PlacementKind.REGULAR_JOB)
        .containsEntry(PlacementKind.WORK_EXPERIENCE, 1)
        .containsEntry(PlacementKind.VOLUNTEERING, 1).containsEntry(PlacementKind.SHELTERED_WORK, 1)
        .containsEntry(PlacementKind.TRAINING, 1).containsEntry(PlacementKind.TRIAL_PLACEMENT, 0)
        .containsEntry(PlacementKind.DAY_ACTIVITY, 0);
    assertThat(r.anyTrajectory()).isEqualTo(4);
    assertThat(r.inRegularJob()).isEqualTo(1);
    // In: H on 10-01 after unemployment benefit, D on 15-03 a new application. Out: H on 15-03 to work.
    assertThat(r.inflowTotal()).isEqualTo(2);
    assertThat(r.inflow()).containsEntry(InflowReason.AFTER_UNEMPLOYMENT_BENEFIT, 1)
        .containsEntry(InflowReason.NEW_APPLICATION, 1).containsEntry(InflowReason.STATUS_HOLDER, 0);
    assertThat(r.outflowTotal()).isEqualTo(1);
    assertThat(r.outflow()).containsEntry(ExitReason.WORK, 1).containsEntry(ExitReason.MOVED, 0);
    // Register: A. Indication for sheltered work: C and D; in sheltered work: D; together C and D.
    // Status holder: B. Wage-cost subsidy: A's flag, and A's job holds one from the catalogue.
    assertThat(r.groups()).isEqualTo(new FileMonitor.Groups(1, 2, 1, 2, 1, 1, 1));
  }

  @Test
  void movementWithinTheFileFollowsTheVersionsOfEachRecord() {
    ClassificationTransitions.Result r = ClassificationTransitions.compute(data.plainFiles(), KpiDataSet.spoor(),
        DATE_A, REFERENCE);

    // A groei → werk (reclassified 15-02); B groei → groei; C meedoen → meedoen; G not classified →
    // meedoen (05-01); E "participatie" (to review) on both; D and H came in after 01-01: D is not
    // classified on 31-03, H left on 15-03. F opens after 31-03.
    assertThat(r.population()).isEqualTo(7);
    assertThat(r.cell("groei", "werk")).isEqualTo(1);
    assertThat(r.cell("groei", "groei")).isEqualTo(1);
    assertThat(r.cell("meedoen", "meedoen")).isEqualTo(1);
    assertThat(r.cell(ClassificationTransitions.NONE, "meedoen")).isEqualTo(1);
    assertThat(r.cell(ClassificationTransitions.REVIEW, ClassificationTransitions.REVIEW)).isEqualTo(1);
    assertThat(r.cell(ClassificationTransitions.NEW, ClassificationTransitions.NONE)).isEqualTo(1);
    assertThat(r.cell(ClassificationTransitions.NEW, ClassificationTransitions.EXITED)).isEqualTo(1);
    assertThat(r.rowTotal("groei")).isEqualTo(2);
    assertThat(r.columnTotal("meedoen")).isEqualTo(2);
    assertThat(List.of(r.stayed(), r.moved(), r.firstClassified(), r.newInFile(), r.exited()))
        .containsExactly(2, 1, 1, 2, 1);
    assertThat(r.moves()).extracting(ClassificationTransitions.Move::candidateId, ClassificationTransitions.Move::from,
        ClassificationTransitions.Move::to).containsExactly(org.assertj.core.groups.Tuple.tuple(A, "groei", "werk"));
    assertThat(r.rows()).containsExactly("werk", "groei", "meedoen", ClassificationTransitions.NONE,
        ClassificationTransitions.REVIEW, ClassificationTransitions.NEW);
  }

  @Test
  void coachingHoursAgainstTheBudgetTheGrantedHoursAndThePlannedEnd() {
    CoachingBudget.Result r = CoachingBudget.compute(KpiDataSet.CONFIG.budgetLines(), data.files(), data.hours,
        DATE_A, REFERENCE);

    // The participatiebudget allows 4 hours a month: 12 in Q1, of which 7 were booked.
    assertThat(r.budgetPerMonth()).isEqualTo(4);
    assertThat(r.budget()).isEqualTo(12);
    assertThat(r.hours()).isEqualByComparingTo(hours("7"));
    assertThat(r.perMonth()).extracting(CoachingBudget.Month::share).containsExactly(0.75, 0.75, 0.25);
    // A's job: 2 + 2,5 + 1 = 5,5 of 4 granted hours; its coaching was planned until 28-02 and still
    // runs on 31-03 (31 days past), 1 hour booked since. B's place: 0,5 of 10 hours (the 2 hours of
    // 02-04 lie after the period); planned until 31-03, so not past it on 31-03.
    assertThat(r.coached()).extracting(CoachingBudget.Coached::placementId).containsExactly(KpiDataSet.PLACEMENT_A,
        KpiDataSet.PLACEMENT_B);
    CoachingBudget.Coached a = r.coached().get(0);
    assertThat(a.used()).isEqualByComparingTo(hours("5.5"));
    assertThat(a.granted()).isEqualTo(4);
    assertThat(a.overGranted()).isTrue();
    assertThat(a.sincePlannedEnd()).isEqualByComparingTo(hours("1"));
    assertThat(a.daysPastPlannedEnd()).isEqualTo(31);
    assertThat(r.coached().get(1).used()).isEqualByComparingTo(hours("0.5"));
    assertThat(r.coached().get(1).overrun()).isFalse();
    assertThat(r.overruns()).extracting(CoachingBudget.Coached::candidateId).containsExactly(A);
    // D's hour of 02-01 belongs to no placement.
    assertThat(r.withoutPlacement()).isEqualByComparingTo(hours("1"));
  }

  @Test
  void instrumentsGrantedAgainstTheBudgetLines() {
    InstrumentSpending.Result q1 = InstrumentSpending.compute(KpiDataSet.CONFIG.instruments(),
        KpiDataSet.CONFIG.budgetLines(), data.plainFiles(), KpiDataSet.spoor(), DATE_A, REFERENCE);

    // Granted in Q1: A jobcoaching 500 (05-01), B scholing 1.200 (15-02), C an allowance of 150 the
    // catalogue does not hold (01-03), H scholing without date or amount (the training began 15-01).
    // A's wage-cost subsidy was granted in 2025.
    assertThat(List.of(q1.grants(), q1.candidates())).containsExactly(4, 4);
    assertThat(q1.amount()).isEqualByComparingTo(hours("1850"));
    assertThat(q1.perInstrument()).extracting(InstrumentSpending.PerInstrument::code,
        InstrumentSpending.PerInstrument::grants, InstrumentSpending.PerInstrument::withoutAmount).containsExactly(
        org.assertj.core.groups.Tuple.tuple("jobcoaching", 1, 0), org.assertj.core.groups.Tuple.tuple("scholing", 2, 1),
        org.assertj.core.groups.Tuple.tuple("vrijwilligersvergoeding", 1, 0));
    assertThat(q1.perInstrument().get(2).instrument()).isNull();
    // Participatiebudget: 500 + 1.200 of 10.000 for 2026 (17 %); BUIG has no amount; 150 has no line.
    InstrumentSpending.PerLine participatie = q1.perLine().get(0);
    assertThat(participatie.grants()).isEqualTo(3);
    assertThat(participatie.amount()).isEqualByComparingTo(hours("1700"));
    assertThat(participatie.yearToDate()).isEqualByComparingTo(hours("1700"));
    assertThat(participatie.shareUsed()).isCloseTo(0.17, within(1e-9));
    assertThat(participatie.remaining()).isEqualByComparingTo(hours("8300"));
    assertThat(q1.perLine().get(1).budget()).isNull();
    assertThat(q1.perLine().get(2).line()).isNull();
    assertThat(q1.perLine().get(2).amount()).isEqualByComparingTo(hours("150"));
    // By track on the day of the grant: H werk, A and B groei, C meedoen. By case manager: H has none.
    assertThat(q1.perValue()).extracting(InstrumentSpending.Group::key, InstrumentSpending.Group::grants)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("werk", 1), org.assertj.core.groups.Tuple.tuple("groei", 2),
            org.assertj.core.groups.Tuple.tuple("meedoen", 1), org.assertj.core.groups.Tuple.tuple(null, 0));
    assertThat(q1.perValue().get(1).amount()).isEqualByComparingTo(hours("1700"));
    assertThat(q1.perCaseManager()).extracting(InstrumentSpending.Group::key, InstrumentSpending.Group::grants)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CASE_MANAGER.toString(), 3),
            org.assertj.core.groups.Tuple.tuple(null, 1));

    // February and March: the period holds B's 1.200 and C's 150; the year to date still all of 2026.
    InstrumentSpending.Result febMar = InstrumentSpending.compute(KpiDataSet.CONFIG.instruments(),
        KpiDataSet.CONFIG.budgetLines(), data.plainFiles(), KpiDataSet.spoor(), LocalDate.of(2026, 2, 1), REFERENCE);
    assertThat(febMar.amount()).isEqualByComparingTo(hours("1350"));
    assertThat(febMar.perLine().get(0).amount()).isEqualByComparingTo(hours("1200"));
    assertThat(febMar.perLine().get(0).yearToDate()).isEqualByComparingTo(hours("1700"));
  }
}
