package nl.trede.domain.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** Coaching hours' rules. */
class CoachingHoursRulesTest extends BrokenRules {
  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("no hours booked", Fixtures.with(Fixtures.coachingHours(), "quarterHours", 0), "quarterHours", "range"),
        arguments("negative hours", Fixtures.with(Fixtures.coachingHours(), "quarterHours", -4), "quarterHours", "range"),
        arguments("more than 24 hours in a day", Fixtures.with(Fixtures.coachingHours(), "quarterHours", 97), "quarterHours", "range"),
        arguments("hours without employer", Fixtures.with(Fixtures.coachingHours(), "employerId", null), "employerId", "required"),
        arguments("hours without coach kind", Fixtures.with(Fixtures.coachingHours(), "coachKind", null), "coachKind", "required"),
        arguments("confirmation without a name", Fixtures.with(Fixtures.coachingHours(), "confirmedBy", null), "confirmedBy", "required"),
        arguments("hours booked ahead", Fixtures.with(Fixtures.coachingHours(), "date", "2026-12-01"), "date", "not-in-future"));
  }

  @Test
  void aCorrectionMayBringCoachingHoursToZero() {
    DomainRecord correction = Fixtures.with(Fixtures.with(Fixtures.coachingHours(), "quarterHours", 0), "correctsId", Ids.newId());

    assertThat(correction.validate(Fixtures.CLOCK)).isEmpty();
  }

  @Test
  void aConfirmationGivenLaterIsAValidCorrectionThatTheSharedRulesAccept() {
    CoachingHours booked = (CoachingHours) Fixtures.with(Fixtures.with(Fixtures.coachingHours(), "confirmedBy", null),
        "confirmedAt", null);
    CoachingHours confirmation = booked.confirmation(Ids.newId(), Fixtures.COACH, "Marco Willems",
        Fixtures.CLOCK.instant());
    nl.trede.sync.Mutation create = new nl.trede.sync.Mutation(Ids.newId(), nl.trede.sync.RecordType.COACHING_HOURS,
        confirmation.id(), nl.trede.sync.MutationKind.CREATE, 0, nl.trede.domain.Json.MAPPER.valueToTree(confirmation),
        java.util.List.of(), Fixtures.CLOCK.instant());

    assertThat(confirmation.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(nl.trede.sync.MutationRules.apply(create, null, Ids.newId(), Fixtures.COACH, Fixtures.CLOCK))
        .isInstanceOf(nl.trede.sync.MutationRules.Changed.class);
    assertThat(confirmation.onlyConfirms(booked)).isTrue();
  }

  @Test
  void theContactOnFileIsRecognisedWhateverTheCaseAndSpaces() {
    var employer = Fixtures.employer();

    assertThat(employer.isContactPerson("  marco   WILLEMS ")).isTrue();
    assertThat(employer.isContactPerson("Marco Willemsen")).isFalse();
    var withoutContact = (nl.trede.domain.employer.Employer) Fixtures.with(employer, "contactPerson", null);
    assertThat(withoutContact.isContactPerson("Marco Willems")).as("no contact on file: nobody is it").isFalse();
  }
}
