package nl.trede.domain.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** A candidate record's rules, each shown by breaking one field of a valid example. */
class CandidateRulesTest extends BrokenRules {
  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("candidate without a given name", Fixtures.with(Fixtures.candidate(), "givenName", " "), "givenName", "required"),
        arguments("candidate aged 12", Fixtures.with(Fixtures.candidate(), "dateOfBirth", "2014-01-01"), "dateOfBirth", "plausible-age"),
        arguments("candidate born in 1900", Fixtures.with(Fixtures.candidate(), "dateOfBirth", "1900-01-01"), "dateOfBirth", "plausible-age"),
        arguments("phone with letters", Fixtures.with(Fixtures.candidate(), "phone", "bel mij"), "phone", "phone-format"),
        arguments("benefit starting next month", Fixtures.with(Fixtures.candidate(), "benefitStartDate", "2026-12-24"), "benefitStartDate", "not-in-future"),
        arguments("loonwaarde above 100 %", Fixtures.with(Fixtures.candidate(), "wageValuePercent", 120), "wageValuePercent", "range"),
        arguments("contact frequency above a year (000 §5.3)", Fixtures.with(Fixtures.candidate(), "plan",
            Json.MAPPER.createObjectNode().put("contactFrequencyDays", 400)), "plan.contactFrequencyDays", "range"),
        arguments("exemption without reason", Fixtures.with(Fixtures.candidate(), "exemptions",
            List.of(Json.MAPPER.createObjectNode().put("kind", "JOB_APPLICATION_DUTY"))), "exemptions[0].reason", "required"),
        arguments("exemption ending before it starts", Fixtures.with(Fixtures.candidate(), "exemptions",
            List.of(Json.MAPPER.createObjectNode().put("kind", "WORK_AND_REINTEGRATION_DUTY").put("reason", "Mantelzorg")
                .put("from", "2026-10-01").put("until", "2026-09-01"))), "exemptions[0].until", "after-start"),
        arguments("exemption starting in 2205", Fixtures.with(Fixtures.candidate(), "exemptions",
            List.of(Json.MAPPER.createObjectNode().put("kind", "WORK_AND_REINTEGRATION_DUTY").put("reason", "Mantelzorg")
                .put("from", "2205-10-01"))), "exemptions[0].from", "plausible-date"),
        arguments("70 hours of volunteering a week", Fixtures.with(Fixtures.candidate(), "participation",
            List.of(Json.MAPPER.createObjectNode().put("activity", "VOLUNTEERING").put("hoursPerWeek", 70))), "participation[0].hoursPerWeek", "range"),
        arguments("empty classification value", Fixtures.with(Fixtures.candidate(), "classification",
            java.util.Map.of("spoor", "")), "classification.spoor", "required"),
        arguments("inflow without reason", Fixtures.with(Fixtures.candidate(), "inflow",
            Json.MAPPER.createObjectNode().put("date", "2024-05-01")), "inflow.reason", "required"),
        arguments("exit before inflow", Fixtures.with(Fixtures.candidate(), "exit",
            Json.MAPPER.createObjectNode().put("date", "2024-01-01").put("reason", "WORK")), "exit.date", "after-inflow"),
        arguments("exit next year", Fixtures.with(Fixtures.candidate(), "exit",
            Json.MAPPER.createObjectNode().put("date", "2027-06-01").put("reason", "WORK")), "exit.date", "not-in-future"),
        arguments("exit without reason", Fixtures.with(Fixtures.candidate(), "exit",
            Json.MAPPER.createObjectNode().put("date", "2026-11-01")), "exit.reason", "required"),
        arguments("language level 'redelijk'", Fixtures.with(Fixtures.candidate(), "languageLevel", "redelijk"), "languageLevel", "cefr-level"),
        arguments("available 60 hours a week", Fixtures.with(Fixtures.candidate(), "availableHoursPerWeek", 60), "availableHoursPerWeek", "range"));
  }

  /** 001 §2.1.2 and §3.3: the loonwaarde is measured before a wage-cost subsidy is asked, and complements every profile. */
  @Test
  void aLoonwaardeIsRecordedWithoutAWageCostSubsidy() {
    Candidate measured = (Candidate) Fixtures.with(Fixtures.with(Fixtures.candidate(), "flags", List.of()),
        "wageValuePercent", 55);
    assertThat(measured.flags()).doesNotContain(CandidateFlag.WAGE_COST_SUBSIDY);
    assertThat(measured.validate(Fixtures.CLOCK)).isEmpty();
  }

  @Test
  void youthIsUnderTwentySeven() {
    Candidate c = Fixtures.candidate();
    assertThat(((Candidate) Fixtures.with(c, "dateOfBirth", "2000-11-25")).isYouth(Fixtures.TODAY)).isTrue();
    assertThat(((Candidate) Fixtures.with(c, "dateOfBirth", "1999-11-24")).isYouth(Fixtures.TODAY)).isFalse();
  }
}
