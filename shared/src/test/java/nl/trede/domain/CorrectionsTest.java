package nl.trede.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import org.junit.jupiter.api.Test;

/**
 * One rule of what is in force after corrections, as the phone's hours ledger, the console and the
 * figures all apply it: one version of each fact counts.
 */
class CorrectionsTest {
  private static final UUID CANDIDATE = UUID.randomUUID();
  private static final UUID EMPLOYER = UUID.randomUUID();
  private static final UUID COACH = UUID.randomUUID();
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  /** An id made at this many milliseconds: v7 ids sort by the moment they were made. */
  private static UUID madeAt(long millis) {
    return new UUID((millis << 16) | 0x7000L, 0x8000_0000_0000_0001L);
  }

  private static CoachingHours hours(UUID id, int quarters, UUID corrects) {
    return new CoachingHours(id, CANDIDATE, EMPLOYER, DAY, quarters, CoachingActivity.ON_SITE_COACHING,
        CoachKind.MUNICIPAL, COACH, null, null, null, corrects, null);
  }

  private static int quarterHours(List<CoachingHours> entries) {
    return Corrections.inForce(entries).stream().mapToInt(CoachingHours::quarterHours).sum();
  }

  @Test
  void aCorrectionReplacesWhatItNamesAndACorrectionOfACorrectionLeavesTheLast() {
    UUID a = madeAt(1_000);
    UUID b = madeAt(2_000);
    UUID c = madeAt(3_000);
    List<CoachingHours> chain = List.of(hours(a, 8, null), hours(b, 6, a), hours(c, 5, b));

    assertThat(Corrections.inForce(chain)).extracting(CoachingHours::id).containsExactly(c);
    assertThat(quarterHours(chain)).isEqualTo(5);
  }

  @Test
  void twoOfflineCorrectionsOfOneEntryCountOnceTheOneMadeLastWhateverOrderTheyArriveIn() {
    // Two phones correct the same 2 h entry offline: one to 1,5 h (made first), one to 1 h (made later).
    UUID original = madeAt(1_000);
    CoachingHours first = hours(madeAt(5_000), 6, original);
    CoachingHours later = hours(madeAt(6_000), 4, original);

    List<CoachingHours> laterArrivedFirst = List.of(hours(original, 8, null), later, first);
    List<CoachingHours> laterArrivedLast = List.of(hours(original, 8, null), first, later);

    // Before: every entry no correction names counted, so 1,5 + 1 = 2,5 h on the phone and in the log.
    assertThat(quarterHours(laterArrivedFirst)).isEqualTo(4);
    assertThat(quarterHours(laterArrivedLast)).isEqualTo(4);
    assertThat(Corrections.notInForce(laterArrivedFirst.stream().map(Corrections.Link::of).toList()))
        .containsExactlyInAnyOrder(original, first.id());
  }

  @Test
  void aSetAsideCorrectionThatWasCorrectedAgainStillLeavesOneVersion() {
    // A <- B <- D on one phone, A <- C on another; C was made after D.
    UUID a = madeAt(1_000);
    UUID b = madeAt(2_000);
    UUID d = madeAt(3_000);
    UUID c = madeAt(4_000);
    List<CoachingHours> entries = new ArrayList<>(List.of(hours(a, 8, null), hours(b, 7, a), hours(d, 6, b),
        hours(c, 2, a)));

    assertThat(Corrections.inForce(entries)).extracting(CoachingHours::id).containsExactly(c);
  }

  @Test
  void corrrectionsOfAnEntryNotInTheListStillCompeteAndEntriesOfOtherFactsAreLeftAlone() {
    UUID missing = madeAt(1_000);
    UUID other = madeAt(1_500);
    List<CoachingHours> entries = List.of(hours(madeAt(2_000), 4, missing), hours(madeAt(3_000), 2, missing),
        hours(other, 8, null));

    assertThat(Corrections.inForce(entries)).extracting(CoachingHours::id).containsExactly(madeAt(3_000), other);
    assertThat(Corrections.inForce(Corrections.inForce(entries))).as("applying the rule twice changes nothing")
        .isEqualTo(Corrections.inForce(entries));
  }

  private static Contact contact(UUID id, UUID corrects, boolean withdraws) {
    return new Contact(id, CANDIDATE, null, COACH, LocationType.HOME, Instant.parse("2025-03-03T09:00:00Z"), 30,
        null, "gesprek", null, null, false, false, corrects, withdraws);
  }

  @Test
  void aWithdrawalLeavesNoVersionOfItsFactInForceAndMarksEveryVersionWithdrawn() {
    UUID a = madeAt(1_000);
    UUID b = madeAt(2_000);
    UUID w = madeAt(3_000);
    UUID other = madeAt(1_500);
    List<Contact> entries = List.of(contact(a, null, false), contact(b, a, false), contact(w, b, true),
        contact(other, null, false));

    assertThat(Corrections.inForce(entries)).extracting(Contact::id).containsExactly(other);
    Corrections.Verdict verdict = Corrections.decide(entries.stream().map(Corrections.Link::of).toList());
    assertThat(verdict.withdrawn()).containsExactlyInAnyOrder(a, b, w);
    assertThat(verdict.notInForce()).containsExactlyInAnyOrder(a, b, w);
  }

  @Test
  void aWithdrawalCountsOnlyWhenItIsTheVersionMadeLast() {
    UUID a = madeAt(1_000);
    // Undone on the phone (withdrawal made at 3 s), but another device corrected it later (4 s): the
    // later correction is the version that counts, as for any two corrections of one entry.
    List<Contact> correctedLater = List.of(contact(a, null, false), contact(madeAt(3_000), a, true),
        contact(madeAt(4_000), a, false));
    assertThat(Corrections.inForce(correctedLater)).extracting(Contact::id).containsExactly(madeAt(4_000));

    // A correction of the withdrawal brings the contact back, with its own values.
    List<Contact> broughtBack = List.of(contact(a, null, false), contact(madeAt(3_000), a, true),
        contact(madeAt(5_000), madeAt(3_000), false));
    assertThat(Corrections.inForce(broughtBack)).extracting(Contact::id).containsExactly(madeAt(5_000));
    assertThat(Corrections.decide(broughtBack.stream().map(Corrections.Link::of).toList()).withdrawn()).isEmpty();
  }

  @Test
  void aWithdrawalWhoseTargetIsNotInTheListStillWithdrawsTheFact() {
    UUID missing = madeAt(1_000);
    List<Contact> entries = List.of(contact(madeAt(2_000), missing, false), contact(madeAt(3_000), missing, true));

    assertThat(Corrections.inForce(entries)).isEmpty();
  }
}
