package nl.trede.domain.employer;

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

/** A contact with an employer: which employer, when, how, what was said; a follow-up lies ahead of it. */
class EmployerContactRulesTest extends BrokenRules {
  static DomainRecord visit() {
    return Fixtures.employerContact();
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("employerId required: no employer", Fixtures.with(visit(), "employerId", null), "employerId",
            "required"),
        arguments("authorId required: nobody recorded it", Fixtures.with(visit(), "authorId", null), "authorId",
            "required"),
        arguments("date required", Fixtures.with(visit(), "date", null), "date", "required"),
        arguments("date not-in-future: the day after tomorrow", Fixtures.with(visit(),
            "date", Fixtures.TODAY.plusDays(2).toString()), "date", "not-in-future"),
        arguments("date plausible-date: six years back", Fixtures.with(visit(), "date",
            Fixtures.TODAY.minusYears(6).toString()), "date", "plausible-date"),
        arguments("kind required: neither visit, call, e-mail nor event", Fixtures.with(visit(), "kind", null), "kind",
            "required"),
        arguments("summary required", Fixtures.with(visit(), "summary", null), "summary", "required"),
        arguments("summary required: blank", Fixtures.with(visit(), "summary", "  "), "summary", "required"),
        arguments("summary max-length: 2001 characters", Fixtures.with(visit(), "summary", "x".repeat(2001)),
            "summary", "max-length"),
        arguments("spokeWith max-length: 201 characters", Fixtures.with(visit(), "spokeWith", "x".repeat(201)),
            "spokeWith", "max-length"),
        arguments("followUpDate after-date: on the day of the visit", Fixtures.with(visit(), "followUpDate",
            Fixtures.TODAY.minusDays(4).toString()), "followUpDate", "after-date"),
        arguments("followUpDate after-date: before the visit", Fixtures.with(visit(), "followUpDate",
            Fixtures.TODAY.minusDays(10).toString()), "followUpDate", "after-date"),
        arguments("followUpDate plausible-date: in 2205", Fixtures.with(visit(), "followUpDate", "2205-01-01"),
            "followUpDate", "plausible-date"),
        arguments("correctsId not-self", Fixtures.with(visit(), "correctsId", Fixtures.employerContact().id()),
            "correctsId", "not-self"),
        arguments("correctsId required-to-withdraw: a withdrawal naming nothing", Fixtures.with(visit(), "withdrawn",
            true), "correctsId", "required-to-withdraw"));
  }

  @Test
  void aVisitWithItsFollowUpIsValidOutsideAnyFileAndTravelsUnchanged() throws Exception {
    EmployerContact visit = Fixtures.employerContact();

    assertThat(visit.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(visit.fileCandidateId()).isNull();
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(visit), EmployerContact.class)).isEqualTo(visit);
  }

  @Test
  void aCallRecordedTodayWithoutPersonOrFollowUpIsValid() {
    DomainRecord call = Fixtures.with(Fixtures.with(Fixtures.with(Fixtures.with(visit(), "kind", "PHONE"),
        "date", Fixtures.TODAY.toString()), "spokeWith", null), "followUpDate", null);

    assertThat(call.validate(Fixtures.CLOCK)).isEmpty();
  }

  @Test
  void undoingANewContactWithdrawsItAndUndoingACorrectionPutsBackWhatItReplaced() {
    EmployerContact visit = Fixtures.employerContact();
    EmployerContact withdrawal = visit.undoing(UUID.randomUUID(), Fixtures.COACH, null);
    EmployerContact correction = new EmployerContact(UUID.randomUUID(), visit.employerId(), Fixtures.COACH,
        visit.date(), EmployerContactKind.PHONE, null, "Toch gebeld", null, null, visit.id(), false);
    EmployerContact back = correction.undoing(UUID.randomUUID(), Fixtures.COACH, visit);

    assertThat(withdrawal.withdrawn()).isTrue();
    assertThat(withdrawal.correctsId()).isEqualTo(visit.id());
    assertThat(withdrawal.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(back.withdrawn()).isFalse();
    assertThat(back.correctsId()).isEqualTo(correction.id());
    assertThat(back.kind()).isEqualTo(EmployerContactKind.VISIT);
    assertThat(back.summary()).isEqualTo(visit.summary());
  }

  @Test
  void theFollowUpIsTheLatestContactsInForceAndALaterContactWithoutOneSettlesIt() {
    EmployerContact visit = Fixtures.employerContact();
    EmployerContact call = new EmployerContact(nl.trede.domain.Ids.newId(), visit.employerId(), Fixtures.COACH,
        visit.date().plusDays(1), EmployerContactKind.PHONE, null, "Teruggebeld", null, null, null, false);
    EmployerContact moved = new EmployerContact(nl.trede.domain.Ids.newId(), visit.employerId(), Fixtures.COACH,
        visit.date(), visit.kind(), null, visit.summary(), visit.followUpDate().plusDays(7), null, visit.id(), false);

    assertThat(EmployerContact.followUp(java.util.List.of(visit))).contains(visit.followUpDate());
    assertThat(EmployerContact.followUp(java.util.List.of(visit, moved))).contains(visit.followUpDate().plusDays(7));
    assertThat(EmployerContact.followUp(java.util.List.of(visit, call))).isEmpty();
    assertThat(EmployerContact.followUp(java.util.List.of(visit, visit.withdrawal(nl.trede.domain.Ids.newId(),
        Fixtures.COACH)))).isEmpty();
    assertThat(EmployerContact.followUp(java.util.List.of())).isEmpty();
  }

  @Test
  void aContactWithoutTheWithdrawnFieldReadsAsNotWithdrawn() throws Exception {
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(Fixtures.employerContact());
    json.remove("withdrawn");

    assertThat(Json.MAPPER.treeToValue(json, EmployerContact.class).withdrawn()).isFalse();
  }
}
