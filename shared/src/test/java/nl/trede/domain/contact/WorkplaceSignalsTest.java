package nl.trede.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * When a jobcoach's signal from the workplace stands open for the case manager (002 §3.4.3:
 * "bijvoorbeeld dreigend baanverlies of als er behoefte is aan training of ondersteuning"; how long
 * is ours, decision 0068).
 */
class WorkplaceSignalsTest {
  private static final UUID JOBCOACH = UUID.fromString("0190a1b2-0000-7000-8000-0000000000bc");
  private static final UUID CASE_MANAGER = UUID.fromString("0190a1b2-0000-7000-8000-0000000000ca");
  private static final LocalDate TODAY = Fixtures.TODAY;
  private static final Set<WorkplaceSignal> JOB_LOSS = Set.of(WorkplaceSignal.THREATENED_JOB_LOSS);
  private static final Set<WorkplaceSignal> TRAINING = Set.of(WorkplaceSignal.TRAINING_OR_SUPPORT_NEED);

  /** An id made at this many milliseconds: v7 ids sort by the moment they were made. */
  private static UUID madeAt(long millis) {
    return new UUID((millis << 16) | 0x7000L, 0x8000_0000_0000_0001L);
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
  }

  private static Contact contact(UUID id, UUID author, LocalDate day, Set<WorkplaceSignal> signals, UUID corrects) {
    return new Contact(id, Fixtures.CANDIDATE, null, author, LocationType.WORKPLACE, at(day, 10), 30, null,
        "Op de werkvloer", null, null, false, false, corrects, false, signals);
  }

  private static List<WorkplaceSignal> open(List<Contact> contacts) {
    return WorkplaceSignals.open(contacts, CASE_MANAGER, TODAY).stream().map(WorkplaceSignals.Open::signal).toList();
  }

  @Test
  void aJobcoachsSignalStaysOpenUntilTheCaseManagerSpeaksWithTheCandidateAfterIt() {
    Contact signalled = contact(madeAt(1_000), JOBCOACH, TODAY.minusDays(10), JOB_LOSS, null);
    // The jobcoach's next visit without the box ticked, and the case manager's no-show, answer nothing.
    Contact jobcoachAgain = contact(madeAt(2_000), JOBCOACH, TODAY.minusDays(5), Set.of(), null);
    Contact notCome = new Contact(madeAt(3_000), Fixtures.CANDIDATE, null, CASE_MANAGER, LocationType.OFFICE,
        at(TODAY.minusDays(4), 9), 0, null, null, null, null, true, false, null);
    Contact caseManagerBefore = contact(madeAt(500), CASE_MANAGER, TODAY.minusDays(12), Set.of(), null);

    List<WorkplaceSignals.Open> open = WorkplaceSignals.open(
        List.of(caseManagerBefore, signalled, jobcoachAgain, notCome), CASE_MANAGER, TODAY);
    assertThat(open).singleElement().satisfies(o -> {
      assertThat(o.signal()).isEqualTo(WorkplaceSignal.THREATENED_JOB_LOSS);
      assertThat(o.contact()).isEqualTo(signalled);
      assertThat(o.day()).isEqualTo(TODAY.minusDays(10));
    });

    Contact caseManagerAfter = contact(madeAt(4_000), CASE_MANAGER, TODAY.minusDays(2), Set.of(), null);
    assertThat(open(List.of(signalled, jobcoachAgain, notCome, caseManagerAfter))).isEmpty();
  }

  @Test
  void aSignalClosesOfItselfEightWeeksAfterTheContactThatCarriesIt() {
    Contact eightWeeks = contact(madeAt(1_000), JOBCOACH, TODAY.minusWeeks(8), JOB_LOSS, null);
    Contact aDayMore = contact(madeAt(1_000), JOBCOACH, TODAY.minusWeeks(8).minusDays(1), JOB_LOSS, null);

    assertThat(open(List.of(eightWeeks))).containsExactly(WorkplaceSignal.THREATENED_JOB_LOSS);
    assertThat(open(List.of(aDayMore))).isEmpty();
    // A file without a case manager: only the weeks close it.
    assertThat(WorkplaceSignals.open(List.of(eightWeeks), null, TODAY)).hasSize(1);
  }

  @Test
  void theLatestContactCarryingASignalCountsSoASignalGivenAgainOpensAfresh() {
    Contact first = contact(madeAt(1_000), JOBCOACH, TODAY.minusDays(30), JOB_LOSS, null);
    Contact answered = contact(madeAt(2_000), CASE_MANAGER, TODAY.minusDays(20), Set.of(), null);
    Contact again = contact(madeAt(3_000), JOBCOACH, TODAY.minusDays(3), JOB_LOSS, null);

    assertThat(WorkplaceSignals.open(List.of(first, answered, again), CASE_MANAGER, TODAY))
        .extracting(WorkplaceSignals.Open::contact).containsExactly(again);
  }

  @Test
  void eachSignalStandsOnItsOwnInTheOrderOfTheKinds() {
    Contact training = contact(madeAt(1_000), JOBCOACH, TODAY.minusDays(40), TRAINING, null);
    Contact both = contact(madeAt(2_000), JOBCOACH, TODAY.minusDays(3),
        Set.of(WorkplaceSignal.TRAINING_OR_SUPPORT_NEED, WorkplaceSignal.THREATENED_JOB_LOSS), null);
    Contact answered = contact(madeAt(3_000), CASE_MANAGER, TODAY.minusDays(20), Set.of(), null);

    assertThat(open(List.of(training, answered))).isEmpty();
    assertThat(open(List.of(training, answered, both)))
        .containsExactly(WorkplaceSignal.THREATENED_JOB_LOSS, WorkplaceSignal.TRAINING_OR_SUPPORT_NEED);
  }

  @Test
  void theVersionInForceCountsACorrectionCarriesOrDropsTheSignalAndAWithdrawalTakesItAway() {
    Contact original = contact(madeAt(1_000), JOBCOACH, TODAY.minusDays(6), JOB_LOSS, null);
    Contact withoutIt = contact(madeAt(2_000), JOBCOACH, TODAY.minusDays(6), Set.of(), original.id());
    Contact addsIt = contact(madeAt(2_000), JOBCOACH, TODAY.minusDays(6), JOB_LOSS,
        contact(madeAt(1_000), JOBCOACH, TODAY.minusDays(6), Set.of(), null).id());

    assertThat(open(List.of(original, withoutIt))).as("corrected without the signal").isEmpty();
    assertThat(open(List.of(contact(madeAt(1_000), JOBCOACH, TODAY.minusDays(6), Set.of(), null), addsIt)))
        .as("corrected to carry it").containsExactly(WorkplaceSignal.THREATENED_JOB_LOSS);
    assertThat(open(List.of(original, original.withdrawal(madeAt(2_000), JOBCOACH)))).as("withdrawn").isEmpty();
    // Two corrections made offline on two phones: the one made last counts, whichever arrived first.
    Contact keepsIt = contact(madeAt(3_000), JOBCOACH, TODAY.minusDays(6), JOB_LOSS, original.id());
    assertThat(open(List.of(original, keepsIt, withoutIt))).containsExactly(WorkplaceSignal.THREATENED_JOB_LOSS);
    assertThat(open(List.of(original, withoutIt, keepsIt))).containsExactly(WorkplaceSignal.THREATENED_JOB_LOSS);
  }

  @Test
  void theFileAsksTheRuleWithItsOwnCaseManager() {
    Contact signalled = new Contact(madeAt(1_000), Fixtures.CANDIDATE, null, JOBCOACH, LocationType.WORKPLACE,
        at(TODAY.minusDays(3), 10), 30, null, null, null, null, false, false, null, false, JOB_LOSS);
    // The fixture's case manager is the coach (Fixtures.COACH).
    Contact answered = new Contact(madeAt(2_000), Fixtures.CANDIDATE, null, Fixtures.COACH, LocationType.PHONE,
        at(TODAY.minusDays(1), 10), 15, null, null, null, null, false, false, null);

    assertThat(new CandidateFile(Fixtures.candidate(), List.of(), List.of(), List.of(signalled)).openSignals(TODAY))
        .extracting(WorkplaceSignals.Open::signal).containsExactly(WorkplaceSignal.THREATENED_JOB_LOSS);
    assertThat(new CandidateFile(Fixtures.candidate(), List.of(), List.of(), List.of(signalled, answered))
        .openSignals(TODAY)).isEmpty();
  }
}
