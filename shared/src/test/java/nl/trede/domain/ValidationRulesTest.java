package nl.trede.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.ladder.Rung;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation rule of the records, each shown by changing one field of a valid example and
 * checking that exactly that field and rule are reported.
 */
class ValidationRulesTest {

  /** The example with one field replaced, as a device would send it. */
  static DomainRecord with(DomainRecord example, String field, Object value) {
    ObjectNode json = Json.MAPPER.valueToTree(example);
    json.set(field, Json.MAPPER.valueToTree(value));
    try {
      return Json.MAPPER.treeToValue(json, example.getClass());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        // candidate
        arguments("candidate without a given name", with(Fixtures.candidate(), "givenName", " "), "givenName", "required"),
        arguments("candidate aged 12", with(Fixtures.candidate(), "dateOfBirth", "2014-01-01"), "dateOfBirth", "plausible-age"),
        arguments("candidate born in 1900", with(Fixtures.candidate(), "dateOfBirth", "1900-01-01"), "dateOfBirth", "plausible-age"),
        arguments("phone with letters", with(Fixtures.candidate(), "phone", "bel mij"), "phone", "phone-format"),
        arguments("benefit starting next month", with(Fixtures.candidate(), "benefitStartDate", "2026-12-24"), "benefitStartDate", "not-in-future"),
        arguments("loonwaarde above 100 %", with(Fixtures.candidate(), "wageValuePercent", 120), "wageValuePercent", "range"),
        arguments("loonwaarde without wage-cost subsidy (001 §2.1.2)", with(Fixtures.candidate(), "flags", List.of()), "wageValuePercent", "requires-wage-cost-subsidy"),
        arguments("contact frequency above a year (000 §5.3)", with(Fixtures.candidate(), "plan",
            Json.MAPPER.createObjectNode().put("contactFrequencyDays", 400)), "plan.contactFrequencyDays", "range"),
        arguments("exemption without reason", with(Fixtures.candidate(), "exemptions",
            List.of(Json.MAPPER.createObjectNode().put("kind", "JOB_APPLICATION_DUTY"))), "exemptions[0].reason", "required"),
        arguments("70 hours of volunteering a week", with(Fixtures.candidate(), "participation",
            List.of(Json.MAPPER.createObjectNode().put("activity", "VOLUNTEERING").put("hoursPerWeek", 70))), "participation[0].hoursPerWeek", "range"),
        arguments("empty classification value", with(Fixtures.candidate(), "classification",
            java.util.Map.of("spoor", "")), "classification.spoor", "required"),
        arguments("inflow without reason", with(Fixtures.candidate(), "inflow",
            Json.MAPPER.createObjectNode().put("date", "2024-05-01")), "inflow.reason", "required"),
        arguments("exit before inflow", with(Fixtures.candidate(), "exit",
            Json.MAPPER.createObjectNode().put("date", "2024-01-01").put("reason", "WORK")), "exit.date", "after-inflow"),
        arguments("exit next year", with(Fixtures.candidate(), "exit",
            Json.MAPPER.createObjectNode().put("date", "2027-06-01").put("reason", "WORK")), "exit.date", "not-in-future"),
        arguments("exit without reason", with(Fixtures.candidate(), "exit",
            Json.MAPPER.createObjectNode().put("date", "2026-11-01")), "exit.reason", "required"),
        arguments("language level 'redelijk'", with(Fixtures.candidate(), "languageLevel", "redelijk"), "languageLevel", "cefr-level"),
        arguments("available 60 hours a week", with(Fixtures.candidate(), "availableHoursPerWeek", 60), "availableHoursPerWeek", "range"),
        // placement
        arguments("placement without kind", with(Fixtures.placement(), "kind", null), "kind", "required"),
        arguments("job without employer", with(Fixtures.placement(), "employerId", null), "employerId", "required"),
        arguments("volunteering with neither employer nor organisation", with(with(with(Fixtures.placement(), "kind",
            "VOLUNTEERING"), "employerId", null), "jobcoaching", null), "organisation", "required"),
        arguments("placement ending before it starts", with(Fixtures.placement(), "plannedEndDate", "2026-01-01"), "plannedEndDate", "after-start"),
        arguments("ended placement without reason", with(Fixtures.placement(), "endDate", "2026-11-20"), "endReason", "required"),
        arguments("end reason while running", with(Fixtures.placement(), "endReason", "COMPLETED"), "endReason", "requires-end-date"),
        arguments("placement of 50 hours a week", with(Fixtures.placement(), "hoursPerWeek", 50), "hoursPerWeek", "range"),
        arguments("WEP met intentie of 5 months (001 §2.1.3)", wep(true, "2027-04-24"), "plannedEndDate", "wep-with-intent-max-3-months"),
        arguments("WEP without supervision (001 §2.1.3)", with(wep(false, "2027-04-24"), "supervision", null), "supervision", "required"),
        arguments("'met intentie' outside a WEP", with(Fixtures.placement(), "withIntent", true), "withIntent", "wep-only"),
        arguments("negative instrument amount", with(Fixtures.placement(), "instruments", List.of(
            Json.MAPPER.createObjectNode().put("code", "loonkostensubsidie").put("amount", -5))), "instruments[0].amount", "range"),
        arguments("jobcoaching without reason (000 Bijlage A)", coaching(true, false, false, false, "MUNICIPAL", null, "LOW"),
            "jobcoaching.reason", "required"),
        arguments("municipal jobcoach while the employer's network suffices (000 Bijlage A)",
            coaching(true, true, false, false, "MUNICIPAL", "x", "LOW"), "jobcoaching.coachKind", "jobcoaching-steps"),
        arguments("external jobcoach without a specialist need (000 Bijlage A)",
            coaching(true, false, false, false, "EXTERNAL", "x", "LOW"), "jobcoaching.coachKind", "jobcoaching-steps"),
        arguments("jobcoaching where no support is needed", coaching(false, false, false, false, "MUNICIPAL", "x", "LOW"),
            "jobcoaching.coachKind", "jobcoaching-steps"),
        arguments("external jobcoach above the lowest regime (000 Bijlage A)",
            with(coaching(true, false, false, true, "EXTERNAL", "x", "MEDIUM"), "jobcoaching", coachingNode(true, false, false,
                true, "EXTERNAL", "x", "MEDIUM").put("coachName", "Jobcoach BV")), "jobcoaching.regime", "lowest-regime"),
        arguments("jobcoaching without a planned end", with(Fixtures.placement(), "jobcoaching", coachingNode(true, false,
            false, false, "MUNICIPAL", "x", "LOW").put("jobcoachId", Fixtures.COACH.toString()).putNull("plannedEndDate")),
            "jobcoaching.plannedEndDate", "required"),
        // contact
        arguments("contact with neither candidate nor employer", with(Fixtures.contact(), "candidateId", null), "candidateId", "candidate-or-employer"),
        arguments("contact without location", with(Fixtures.contact(), "location", null), "location", "required"),
        arguments("contact tomorrow after next", with(Fixtures.contact(), "occurredAt", "2026-11-26T09:00:00Z"), "occurredAt", "not-in-future"),
        arguments("contact of zero minutes that was held", with(Fixtures.contact(), "durationMinutes", 0), "durationMinutes", "range"),
        arguments("contact of eleven hours", with(Fixtures.contact(), "durationMinutes", 660), "durationMinutes", "range"),
        arguments("next contact before this one", with(Fixtures.contact(), "nextContactDate", "2026-11-01"), "nextContactDate", "after-contact"),
        arguments("next contact in 2205", with(Fixtures.contact(), "nextContactDate", "2205-11-01"), "nextContactDate", "plausible-date"),
        arguments("contact correcting itself", with(Fixtures.contact(), "correctsId", Fixtures.contact().id()), "correctsId", "not-self"),
        // ladder step
        arguments("step to rung 7", with(Fixtures.ladderStep(), "toRung", 7), "toRung", "range"),
        arguments("step to rung 0", with(Fixtures.ladderStep(), "toRung", 0), "toRung", "range"),
        arguments("step from rung 9", with(Fixtures.ladderStep(), "fromRung", 9), "fromRung", "range"),
        arguments("step to the same rung", with(Fixtures.ladderStep(), "toRung", 2), "toRung", "differs-from-fromRung"),
        arguments("step without reason", with(Fixtures.ladderStep(), "reason", ""), "reason", "required"),
        arguments("step dated next year", with(Fixtures.ladderStep(), "date", "2027-11-24"), "date", "not-in-future"),
        // coaching hours
        arguments("no hours booked", with(Fixtures.coachingHours(), "quarterHours", 0), "quarterHours", "range"),
        arguments("negative hours", with(Fixtures.coachingHours(), "quarterHours", -4), "quarterHours", "range"),
        arguments("more than 24 hours in a day", with(Fixtures.coachingHours(), "quarterHours", 97), "quarterHours", "range"),
        arguments("hours without employer", with(Fixtures.coachingHours(), "employerId", null), "employerId", "required"),
        arguments("hours without coach kind", with(Fixtures.coachingHours(), "coachKind", null), "coachKind", "required"),
        arguments("confirmation without a name", with(Fixtures.coachingHours(), "confirmedBy", null), "confirmedBy", "required"),
        arguments("hours booked ahead", with(Fixtures.coachingHours(), "date", "2026-12-01"), "date", "not-in-future"),
        // employer
        arguments("KvK number of 7 digits", with(Fixtures.employer(), "kvkNumber", "1234567"), "kvkNumber", "kvk-format"),
        arguments("KvK number with letters", with(Fixtures.employer(), "kvkNumber", "1234567A"), "kvkNumber", "kvk-format"),
        arguments("employer without sector", with(Fixtures.employer(), "sector", null), "sector", "required"),
        arguments("e-mail without domain", with(Fixtures.employer(), "contactEmail", "marco@"), "contactEmail", "email-format"),
        // vacancy
        arguments("vacancy without tasks (jobcarving, 000 §5.1)", with(Fixtures.vacancy(), "tasks", List.of()), "tasks", "required"),
        arguments("vacancy of 60 hours a week", with(Fixtures.vacancy(), "hoursPerWeek", 60), "hoursPerWeek", "range"),
        arguments("language level that is no CEFR level", with(Fixtures.vacancy(), "languageLevel", "goed"), "languageLevel", "cefr-level"),
        arguments("language level without the language requirement", with(Fixtures.vacancy(), "requirements",
            List.of("VCA")), "languageLevel", "requires-language-requirement"),
        arguments("vacancy without status", with(Fixtures.vacancy(), "status", null), "status", "required"));
  }

  /** A WEP from 24 November 2026, with its goal, supervision and hours agreed. */
  static DomainRecord wep(boolean withIntent, String plannedEnd) {
    return with(with(with(with(with(Fixtures.placement(), "kind", "WORK_EXPERIENCE"), "withIntent", withIntent),
        "startDate", "2026-11-24"), "plannedEndDate", plannedEnd), "jobcoaching", null);
  }

  static ObjectNode coachingNode(boolean needed, boolean network, boolean harrie, boolean specialist, String kind,
      String reason, String regime) {
    ObjectNode node = Json.MAPPER.createObjectNode().put("supportNeeded", needed).put("networkSufficient", network)
        .put("harrieSufficient", harrie).put("specialistNeeded", specialist).put("coachKind", kind)
        .put("reason", reason).put("regime", regime).put("plannedEndDate", "2027-03-01");
    return "MUNICIPAL".equals(kind) ? node.put("jobcoachId", Fixtures.COACH.toString()) : node.put("coachName", "Collega");
  }

  static DomainRecord coaching(boolean needed, boolean network, boolean harrie, boolean specialist, String kind,
      String reason, String regime) {
    return with(Fixtures.placement(), "jobcoaching", coachingNode(needed, network, harrie, specialist, kind, reason, regime));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void aBrokenRuleIsReportedWithItsFieldAndRule(String why, DomainRecord record, String field, String rule) {
    List<Violation> violations = record.validate(Fixtures.CLOCK);

    assertThat(violations).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, rule));
    assertThat(violations.get(0).message()).isNotBlank();
  }

  @Test
  void theExamplesAreValid() {
    for (DomainRecord record : List.of(Fixtures.candidate(), Fixtures.contact(), Fixtures.ladderStep(),
        Fixtures.coachingHours(), Fixtures.employer(), Fixtures.vacancy(), Fixtures.placement(), Fixtures.config(),
        wep(true, "2027-02-24"), coaching(true, false, true, false, "INTERNAL", "HARRIE-training volstaat", null),
        coaching(true, false, false, true, "EXTERNAL", "Autisme-specifieke begeleiding nodig", "LOW"))) {
      assertThat(record.validate(Fixtures.CLOCK)).as(record.getClass().getSimpleName()).isEmpty();
    }
  }

  @Test
  void everyBrokenFieldIsReportedAtOnce() {
    DomainRecord broken = with(with(with(Fixtures.ladderStep(), "toRung", 7), "reason", null), "candidateId", null);

    assertThat(broken.validate(Fixtures.CLOCK)).extracting(Violation::field)
        .containsExactlyInAnyOrder("toRung", "reason", "candidateId");
  }

  @Test
  void aNoShowTakesNoTimeAndAnIntakeHasNoFromRung() {
    assertThat(with(with(Fixtures.contact(), "noShow", true), "durationMinutes", 0).validate(Fixtures.CLOCK)).isEmpty();
    assertThat(with(Fixtures.ladderStep(), "fromRung", null).validate(Fixtures.CLOCK)).isEmpty();
  }

  @Test
  void aCorrectionMayBringCoachingHoursToZero() {
    DomainRecord correction = with(with(Fixtures.coachingHours(), "quarterHours", 0), "correctsId", Ids.newId());

    assertThat(correction.validate(Fixtures.CLOCK)).isEmpty();
  }

  @Test
  void aContactRecordedOnADeviceWhoseClockRunsAheadIsAccepted() {
    // 20 hours ahead of the server's clock: drift, not a lie.
    assertThat(with(Fixtures.contact(), "occurredAt", "2026-11-25T05:00:00Z").validate(Fixtures.CLOCK)).isEmpty();
  }

  @Test
  void youthIsUnderTwentySeven() {
    Candidate c = Fixtures.candidate();
    assertThat(((Candidate) with(c, "dateOfBirth", "2000-11-25")).isYouth(Fixtures.TODAY)).isTrue();
    assertThat(((Candidate) with(c, "dateOfBirth", "1999-11-24")).isYouth(Fixtures.TODAY)).isFalse();
  }

  @Test
  void theLadderHasSixRungs() {
    assertThat(Rung.values()).hasSize(6);
    assertThat(Rung.of(4)).isEqualTo(Rung.UNPAID_WORK);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rung.of(7)).isInstanceOf(IllegalArgumentException.class);
  }

}
