package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.FAST_ITERATIONS;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.PASSWORD;
import static nl.trede.client.support.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * A week of hours confirmed at once is saved all or nothing (RecordSaver#createAll): three
 * corrections and their three outbox mutations in one transaction, so the employer's signature
 * never covers half a week.
 */
class SavingSeveralAtOnceTest extends StoreWithOneCandidate {
  private final UUID employer = Ids.newId();
  private final UUID placement = Ids.newId();

  private CoachingHours booked(int daysAgo, int quarters) {
    return new CoachingHours(Ids.newId(), anna.id(), employer, TODAY.minusDays(daysAgo), quarters,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, COACH, null, null, null, null, placement);
  }

  private List<CoachingHours> confirmationsOfThreeDays() {
    return List.of(booked(3, 8), booked(2, 6), booked(1, 4)).stream()
        .map(h -> h.confirmation(Ids.newId(), COACH, "Jan Peeters", NOW)).toList();
  }

  @Test
  void severalRecordsAreSavedTogetherEachWithItsMutation() {
    List<CoachingHours> confirmations = confirmationsOfThreeDays();

    store.createAll(RecordType.COACHING_HOURS, confirmations);

    assertThat(store.<CoachingHours>inFile(anna.id(), RecordType.COACHING_HOURS))
        .containsExactlyInAnyOrderElementsOf(confirmations);
    assertThat(store.pendingOutbox(10)).extracting(e -> e.mutation().recordId())
        .containsExactlyElementsOf(confirmations.stream().map(CoachingHours::id).toList());
    assertThat(store.pendingOutbox(10)).allMatch(e -> e.mutation().kind() == MutationKind.CREATE);
  }

  @Test
  void oneRefusedRecordWritesNoneOfThem() {
    List<CoachingHours> confirmations = new java.util.ArrayList<>(confirmationsOfThreeDays());
    CoachingHours last = confirmations.remove(2);
    confirmations.add(new CoachingHours(last.id(), last.candidateId(), last.employerId(), last.date(), 97,
        last.activity(), last.coachKind(), last.authorId(), null, last.confirmedBy(), last.confirmedAt(),
        last.correctsId(), last.placementId()));

    assertThatThrownBy(() -> store.createAll(RecordType.COACHING_HOURS, confirmations))
        .isInstanceOf(ValidationException.class);

    assertThat(store.<CoachingHours>inFile(anna.id(), RecordType.COACHING_HOURS)).isEmpty();
    assertThat(store.pendingCount()).isZero();
  }

  @Test
  void aFailureOfTheStoreHalfwayLeavesNothingHalfWritten() throws Exception {
    // The device's disk gives out at the third outbox row: two records and two mutations are
    // written by then, inside the transaction.
    try (Connection other = EncryptedDatabase.open(dir.resolve("trede.db"), PASSWORD.toCharArray(), FAST_ITERATIONS);
         Statement s = other.createStatement()) {
      s.execute("""
          CREATE TRIGGER disk_full BEFORE INSERT ON outbox WHEN (SELECT count(*) FROM outbox) >= 2
          BEGIN SELECT RAISE(ABORT, 'disk full'); END""");
    }
    List<CoachingHours> confirmations = confirmationsOfThreeDays();

    assertThatThrownBy(() -> store.createAll(RecordType.COACHING_HOURS, confirmations))
        .isInstanceOf(StoreException.class);

    assertThat(store.<CoachingHours>inFile(anna.id(), RecordType.COACHING_HOURS)).isEmpty();
    assertThat(store.pendingCount()).isZero();
  }
}
