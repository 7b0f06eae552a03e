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
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingHours;
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
  void overdueContactsFollowTheAgreedDateThePlanAndTheCorrections() {
    OverdueContacts.Result r = OverdueContacts.compute(data.candidates, data.contacts, REFERENCE);

    // F registered after the reference date: 5 candidates. Overdue: A (last 01-03 + 14 = 15-03, 16
    // days), B (corrected contact 20-02, agreed 01-03, 30 days), C (never; registered 10-01-2025 +
    // 365 = 10-01-2026, 80 days), D (never; 15-03 + 7 = 22-03, 9 days). E is due on the reference
    // date itself: not overdue yet.
    assertThat(r.candidates()).isEqualTo(5);
    assertThat(r.overdue()).isEqualTo(4);
    assertThat(r.neverSpokenTo()).isEqualTo(2);
    assertThat(r.statuses()).extracting(OverdueContacts.CandidateStatus::candidateId).containsExactly(C, B, A, D, E);
    assertThat(r.statuses()).extracting(OverdueContacts.CandidateStatus::daysOverdue).containsExactly(80L, 30L, 16L, 9L, 0L);
    assertThat(r.statuses()).extracting(OverdueContacts.CandidateStatus::due).containsExactly(
        LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 22),
        LocalDate.of(2026, 3, 31));
    // A's no-show on 10-03 is not a conversation: the last contact stays 01-03.
    assertThat(r.statuses().get(2).lastContact()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(r.statuses().get(0).frequencyDays()).isEqualTo(OverdueContacts.DEFAULT_FREQUENCY_DAYS);

    // Per person: coach 1 has A and B, coach 2 has B and D, the case manager C (no coach), nobody E.
    assertThat(r.perPerson()).containsExactly(
        new OverdueContacts.PerPerson(COACH_1, 2, 2, 30),
        new OverdueContacts.PerPerson(COACH_2, 2, 2, 30),
        new OverdueContacts.PerPerson(CASE_MANAGER, 1, 1, 80),
        new OverdueContacts.PerPerson(null, 1, 0, 0));
  }

  @Test
  void aContactAfterTheReferenceDateDoesNotCountYet() {
    OverdueContacts.Result later = OverdueContacts.compute(data.candidates, data.contacts, LocalDate.of(2026, 4, 3));

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
    // D none → 3 (first rung); E 4 → 4 (two intakes on one day: the one synced last counts).
    assertThat(r.population()).isEqualTo(5);
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
    assertThat(total).isEqualTo(5);
    assertThat(r.withBoth()).isEqualTo(3);
    assertThat(List.of(r.up(), r.same(), r.down(), r.firstRung(), r.noRung())).containsExactly(1, 1, 1, 2, 0);
    assertThat(r.shareUp()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(r.onRungAt(4)).isEqualTo(2);
    assertThat(r.movedUpFrom(2)).isEqualTo(1);
  }

  @Test
  void theRungOnADateIsTheLatestStepInForceOnOrBeforeIt() {
    List<Synced<nl.trede.domain.ladder.LadderStep>> ofB = Corrections.inForce(
        data.steps.stream().filter(s -> s.record().candidateId().equals(B)).toList(),
        nl.trede.domain.ladder.LadderStep::id, nl.trede.domain.ladder.LadderStep::correctsId);

    assertThat(LadderHistory.rungAt(ofB, LocalDate.of(2025, 4, 30))).isEmpty();
    assertThat(LadderHistory.rungAt(ofB, LocalDate.of(2025, 5, 1))).contains(4);
    assertThat(LadderHistory.rungAt(ofB, LocalDate.of(2026, 3, 1))).contains(3);
    assertThat(LadderHistory.rungAt(ofB, LocalDate.of(2026, 3, 10))).contains(3);
  }

  @Test
  void monthsOnBenefitAndHoursOfTakingPartAtTheReferenceDate() {
    BenefitAndParticipation.Result r = BenefitAndParticipation.compute(data.candidates, REFERENCE);

    // A 15-01-2024 → 26 months; B 01-06-2025 → 9; D 31-03-2020 → 72; C has no benefit and E's starts
    // on 01-04-2026, after the reference date: 3 with, 2 without. Median 26, mean 107 / 3.
    assertThat(r.population()).isEqualTo(5);
    assertThat(r.withBenefit()).isEqualTo(3);
    assertThat(r.withoutBenefit()).isEqualTo(2);
    assertThat(r.medianMonths()).isEqualTo(26.0);
    assertThat(r.meanMonths()).isCloseTo(107 / 3.0, within(1e-9));
    assertThat(r.monthBands()).containsExactly(0, 1, 0, 1, 0, 1);

    // Hours per week: A 8 + 12 = 20, C 4, D 32; B and E none. Mean of those taking part 56 / 3.
    assertThat(r.takingPart()).isEqualTo(3);
    assertThat(r.meanHoursTakingPart()).isEqualByComparingTo(hours("18.7"));
    assertThat(r.hourBands()).containsExactly(2, 1, 0, 1, 0, 1);
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
    // of two corrections of B's 1 h) and 02-01 1 h (the correction, dated in Q1, of an entry of
    // 31-12-2025). The entry of 02-04 lies after the period.
    assertThat(r.hours()).isEqualByComparingTo(hours("6"));
    assertThat(r.entries()).isEqualTo(4);
    assertThat(r.candidates()).isEqualTo(3);
    assertThat(r.perEmployer()).containsExactly(
        new CoachingHoursReport.Line(EMPLOYER_P, hours("5.5"), 3, 2),
        new CoachingHoursReport.Line(EMPLOYER_Q, hours("0.5"), 1, 1));
    assertThat(r.perJobcoach()).containsExactly(
        new CoachingHoursReport.Line(JOBCOACH_1, hours("5.5"), 3, 2),
        new CoachingHoursReport.Line(JOBCOACH_2, hours("0.5"), 1, 1));
    assertThat(r.perMonth()).extracting(CoachingHoursReport.Month::month)
        .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    assertThat(r.perMonth()).extracting(m -> m.hours().stripTrailingZeros())
        .containsExactly(hours("3"), hours("3"), BigDecimal.ZERO);
    assertThat(r.perKind().get(CoachKind.MUNICIPAL)).isEqualByComparingTo(hours("5.5"));
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

    assertThat(Corrections.inForce(chain, CoachingHours::id, CoachingHours::correctsId))
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
}
