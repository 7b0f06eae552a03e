package nl.trede.domain.coaching;

import static nl.trede.domain.Fixtures.COACH;
import static nl.trede.domain.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Ids;
import org.junit.jupiter.api.Test;

/** Booked hours count the way the consulent reads them: a correction replaces what it names. */
class HoursLedgerTest {
  private static final UUID PLACEMENT = Fixtures.PLACEMENT;

  @Test
  void aCorrectionReplacesTheEntryItNamesInsteadOfAddingToIt() {
    CoachingHours first = hours(TODAY.minusDays(2), 8, PLACEMENT, null);
    CoachingHours corrected = hours(TODAY.minusDays(2), 6, PLACEMENT, first.id());
    CoachingHours elsewhere = hours(TODAY, 40, Ids.newId(), null);

    assertThat(HoursLedger.quarterHours(List.of(first, corrected, elsewhere), PLACEMENT, null)).isEqualTo(6);
  }

  @Test
  void theEntryBeingCorrectedNowIsLeftOut() {
    CoachingHours first = hours(TODAY.minusDays(2), 8, PLACEMENT, null);
    CoachingHours second = hours(TODAY, 4, PLACEMENT, null);

    assertThat(HoursLedger.quarterHours(List.of(first, second), PLACEMENT, first.id())).isEqualTo(4);
  }

  @Test
  void aPeriodCountsTheDaysOnItsEdges() {
    LocalDate monday = TODAY.minusDays(1);
    List<CoachingHours> entries = List.of(hours(monday.minusDays(1), 8, PLACEMENT, null),
        hours(monday, 4, PLACEMENT, null), hours(TODAY, 2, PLACEMENT, null));

    assertThat(HoursLedger.quarterHoursBetween(entries, PLACEMENT, monday, TODAY)).isEqualTo(6);
  }

  private static CoachingHours hours(LocalDate date, int quarters, UUID placement, UUID corrects) {
    return new CoachingHours(Ids.newId(), Fixtures.CANDIDATE, Fixtures.EMPLOYER, date, quarters,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, COACH, null, null, null, corrects, placement);
  }

  @Test
  void twoOfflineCorrectionsOfOneEntryCountOnceAsInTheConsoleAndTheFigures() throws InterruptedException {
    CoachingHours booked = hours(TODAY, 8, PLACEMENT, null);
    Thread.sleep(2);
    CoachingHours onThisPhone = hours(TODAY, 6, PLACEMENT, booked.id());
    Thread.sleep(2);
    CoachingHours onTheTablet = hours(TODAY, 4, PLACEMENT, booked.id());

    // Pulled in either order: the correction made last (on the tablet, 1 h) counts, once (the one
    // rule of nl.trede.domain.Corrections). The old rule counted every entry no correction names:
    // 1,5 h + 1 h.
    assertThat(HoursLedger.quarterHours(List.of(booked, onTheTablet, onThisPhone), PLACEMENT, null)).isEqualTo(4);
    assertThat(HoursLedger.quarterHours(List.of(booked, onThisPhone, onTheTablet), PLACEMENT, null)).isEqualTo(4);
    assertThat(HoursLedger.quarterHoursBetween(List.of(booked, onThisPhone, onTheTablet), PLACEMENT, TODAY, TODAY))
        .isEqualTo(4);
  }

  @Test
  void aWeekListsTheEntriesInForceOnThePlacementByDay() throws InterruptedException {
    LocalDate monday = LocalDate.of(2026, 11, 23);
    CoachingHours tuesday = hours(monday.plusDays(1), 8, PLACEMENT, null);
    CoachingHours monday1 = hours(monday, 4, PLACEMENT, null);
    Thread.sleep(2);
    CoachingHours mondayCorrected = hours(monday, 6, PLACEMENT, monday1.id());
    CoachingHours sundayBefore = hours(monday.minusDays(1), 4, PLACEMENT, null);
    CoachingHours otherPlacement = hours(monday, 4, Ids.newId(), null);

    List<CoachingHours> week = HoursLedger.inForceBetween(
        List.of(tuesday, monday1, mondayCorrected, sundayBefore, otherPlacement), PLACEMENT, monday, monday.plusDays(6));

    // The correction counts, not what it replaced; the day before the week and another placement do not.
    assertThat(week).containsExactly(mondayCorrected, tuesday);
    assertThat(HoursLedger.sum(week)).isEqualTo(14);
  }

  @Test
  void confirmingAWeekLeavesTheTotalsAndMakesEveryEntryCountAsConfirmed() throws InterruptedException {
    LocalDate monday = LocalDate.of(2026, 11, 23);
    CoachingHours first = hours(monday, 8, PLACEMENT, null);
    CoachingHours second = hours(monday.plusDays(1), 6, PLACEMENT, null);
    Thread.sleep(2);
    CoachingHours secondCorrected = hours(monday.plusDays(1), 5, PLACEMENT, second.id());
    List<CoachingHours> booked = List.of(first, second, secondCorrected);
    Thread.sleep(2);
    List<CoachingHours> confirmations = HoursLedger.inForceBetween(booked, PLACEMENT, monday, TODAY).stream()
        .map(h -> h.confirmation(Ids.newId(), COACH, "Marco Willems", Fixtures.CLOCK.instant())).toList();
    List<CoachingHours> after = new java.util.ArrayList<>(booked);
    after.addAll(confirmations);

    // The confirmation of a corrected entry confirms the correction, the version that counts.
    assertThat(confirmations).extracting(CoachingHours::correctsId).containsExactly(first.id(), secondCorrected.id());
    assertThat(HoursLedger.quarterHours(after, PLACEMENT, null)).isEqualTo(13);
    assertThat(HoursLedger.quarterHoursBetween(after, PLACEMENT, monday, TODAY)).isEqualTo(13);
    assertThat(HoursLedger.inForceBetween(after, PLACEMENT, monday, TODAY))
        .containsExactlyElementsOf(confirmations)
        .allMatch(CoachingHours::confirmed);
    assertThat(confirmations.get(1).onlyConfirms(secondCorrected)).isTrue();
    assertThat(secondCorrected.onlyConfirms(second)).as("a change of the hours is more than a confirmation").isFalse();
  }
}
