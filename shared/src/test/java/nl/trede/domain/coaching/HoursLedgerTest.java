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
}
