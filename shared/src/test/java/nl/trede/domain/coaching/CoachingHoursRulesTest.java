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
}
