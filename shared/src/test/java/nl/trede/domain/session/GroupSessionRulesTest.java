package nl.trede.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** A session: its kind, title and day; the numbers of the day only once it has taken place. */
class GroupSessionRulesTest extends BrokenRules {
  static DomainRecord held() {
    return Fixtures.groupSession();
  }

  /** Without the numbers of the day, as a session is when it is planned. */
  static DomainRecord planned() {
    return Fixtures.with(Fixtures.with(held(), "visitors", null), "interested", null);
  }

  static Stream<Arguments> brokenRules() {
    String nextWeek = Fixtures.TODAY.plusDays(7).toString();
    return Stream.of(
        arguments("kind required", Fixtures.with(held(), "kind", null), "kind", "required"),
        arguments("title required: blank", Fixtures.with(held(), "title", " "), "title", "required"),
        arguments("title max-length: 201 characters", Fixtures.with(held(), "title", "x".repeat(201)), "title",
            "max-length"),
        arguments("organisedBy required", Fixtures.with(held(), "organisedBy", null), "organisedBy", "required"),
        arguments("date required", Fixtures.with(held(), "date", null), "date", "required"),
        arguments("date plausible-date: in 2205", Fixtures.with(planned(), "date", "2205-04-23"), "date",
            "plausible-date"),
        arguments("place max-length", Fixtures.with(held(), "place", "x".repeat(201)), "place", "max-length"),
        arguments("organiser max-length", Fixtures.with(held(), "organiser", "x".repeat(201)), "organiser",
            "max-length"),
        arguments("note max-length: 2001 characters", Fixtures.with(held(), "note", "x".repeat(2001)), "note",
            "max-length"),
        arguments("visitors range: negative", Fixtures.with(Fixtures.with(held(), "interested", null), "visitors", -1), "visitors", "range"),
        arguments("interested at-most-visitors: 13 of 12", Fixtures.with(held(), "interested", 13), "interested",
            "at-most-visitors"),
        arguments("visitors not-yet-held: counted for next week",
            Fixtures.with(Fixtures.with(held(), "date", nextWeek), "interested", null), "visitors", "not-yet-held"),
        arguments("visitors not-yet-held: a cancelled session",
            Fixtures.with(Fixtures.with(held(), "cancelled", true), "interested", null), "visitors", "not-yet-held"));
  }

  @Test
  void aHeldTrainingWithItsNumbersIsValidOutsideAnyFileAndTravelsUnchanged() throws Exception {
    GroupSession session = Fixtures.groupSession();

    assertThat(session.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(session.fileCandidateId()).isNull();
    assertThat(session.author()).isEqualTo(Fixtures.COACH);
    assertThat(session.hasTakenPlace(Fixtures.TODAY)).isTrue();
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(session), GroupSession.class)).isEqualTo(session);
  }

  @Test
  void aMarketPlannedForNextMonthWithoutNumbersIsValid() {
    DomainRecord planned = Fixtures.with(planned(), "date", Fixtures.TODAY.plusMonths(1).toString());

    assertThat(planned.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(((GroupSession) planned).hasTakenPlace(Fixtures.TODAY)).isFalse();
  }
}
