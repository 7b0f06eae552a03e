package nl.trede.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import org.junit.jupiter.api.Test;

/** The phone sums coaching hours by the one rule of what is in force (nl.trede.domain.Corrections). */
class HoursLedgerTest {
  private static final UUID CANDIDATE = UUID.randomUUID();
  private static final UUID EMPLOYER = UUID.randomUUID();
  private static final UUID COACH = UUID.randomUUID();
  private static final UUID PLACEMENT = UUID.randomUUID();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static CoachingHours hours(int quarters, UUID corrects) {
    return new CoachingHours(Ids.newId(), CANDIDATE, EMPLOYER, DAY, quarters, CoachingActivity.ON_SITE_COACHING,
        CoachKind.MUNICIPAL, COACH, null, null, null, corrects, PLACEMENT);
  }

  @Test
  void twoOfflineCorrectionsOfOneEntryCountOnceAsInTheConsoleAndTheFigures() throws InterruptedException {
    CoachingHours booked = hours(8, null);
    Thread.sleep(2);
    CoachingHours onThisPhone = hours(6, booked.id());
    Thread.sleep(2);
    CoachingHours onTheTablet = hours(4, booked.id());

    // Pulled in either order: the correction made last (on the tablet, 1 h) counts, once. Before:
    // every entry no correction names counted, 1,5 h + 1 h.
    assertThat(HoursLedger.quarterHours(List.of(booked, onTheTablet, onThisPhone), PLACEMENT, null)).isEqualTo(4);
    assertThat(HoursLedger.quarterHours(List.of(booked, onThisPhone, onTheTablet), PLACEMENT, null)).isEqualTo(4);
    assertThat(HoursLedger.quarterHoursBetween(List.of(booked, onThisPhone, onTheTablet), PLACEMENT, DAY, DAY))
        .isEqualTo(4);
    // The entry being corrected now is left out, as before.
    assertThat(HoursLedger.quarterHours(List.of(booked), PLACEMENT, booked.id())).isZero();
  }
}
