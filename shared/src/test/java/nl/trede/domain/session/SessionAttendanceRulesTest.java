package nl.trede.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.UUID;
import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** An invitation: one per candidate and session, in the candidate's file. */
class SessionAttendanceRulesTest extends BrokenRules {
  static DomainRecord came() {
    return Fixtures.attendance();
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("recordedBy required", Fixtures.with(came(), "recordedBy", null), "recordedBy", "required"),
        arguments("id attendance-id: a random id, so a second invitation could be kept twice",
            Fixtures.with(came(), "id", UUID.randomUUID()), "id", "attendance-id"),
        arguments("invitedOn plausible-date: in 2205", Fixtures.with(came(), "invitedOn", "2205-01-01"), "invitedOn",
            "plausible-date"),
        arguments("note max-length: 501 characters", Fixtures.with(came(), "note", "x".repeat(501)), "note",
            "max-length"));
  }

  @Test
  void anInvitationIsInTheCandidatesFileAndTwoDevicesMakeTheSameId() throws Exception {
    SessionAttendance came = Fixtures.attendance();

    assertThat(came.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(came.fileCandidateId()).isEqualTo(Fixtures.CANDIDATE);
    assertThat(SessionAttendance.idFor(came.sessionId(), Fixtures.CANDIDATE)).isEqualTo(came.id())
        .isNotEqualTo(SessionAttendance.idFor(came.sessionId(), Fixtures.COACH))
        .isNotEqualTo(SessionAttendance.idFor(Fixtures.EMPLOYER, Fixtures.CANDIDATE));
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(came), SessionAttendance.class)).isEqualTo(came);
  }

  @Test
  void theSessionIdAndCandidateAreRequiredAndTheIdThenCannotBeChecked() {
    assertThat(Fixtures.with(came(), "sessionId", null).validate(Fixtures.CLOCK))
        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("sessionId:required");
    assertThat(Fixtures.with(came(), "candidateId", null).validate(Fixtures.CLOCK))
        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("candidateId:required");
  }
}
