package nl.trede.domain.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;
import nl.trede.sync.StoredState;
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
        arguments("IOAW without a benefit start date (decision 0067)", Fixtures.with(Fixtures.with(Fixtures.candidate(),
            "benefitKind", "IOAW"), "benefitStartDate", null), "benefitKind", "requires-benefit-start-date"),
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

  /** Decision 0067: 002 §2.3 counts "Inwoners met een bijstandsuitkering, IOAW en IOAZ"; the kind goes with the benefit. */
  @Test
  void theKindOfBenefitIsOneOfTheLawsAndAFileWithoutBenefitHasNone() {
    Candidate ioaz = (Candidate) Fixtures.with(Fixtures.candidate(), "benefitKind", "IOAZ");
    Candidate withoutBenefit = (Candidate) Fixtures.with(Fixtures.candidate(), "benefitStartDate", null);
    LocalDate beforeTheBenefit = Fixtures.candidate().benefitStartDate().minusDays(1);

    assertThat(ioaz.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(ioaz.benefitKindOn(Fixtures.TODAY)).contains(BenefitKind.IOAZ);
    assertThat(ioaz.benefitKindOn(beforeTheBenefit)).as("not yet on benefit").isEmpty();
    assertThat(withoutBenefit.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(withoutBenefit.benefitKindOn(Fixtures.TODAY)).isEmpty();
    // Bbz 2004 is in the BUIG (000 footnote 1) but no seed asks Trede to tell it apart.
    assertThat(BenefitKind.values()).containsExactly(BenefitKind.BIJSTAND, BenefitKind.IOAW, BenefitKind.IOAZ);
  }

  /**
   * A file on benefit written before the field, or by an older device, has no benefitKind at all:
   * it reads, validates and counts as bijstand; an update that does not name the kind keeps it.
   */
  @Test
  void aFileFromBeforeTheKindReadsAsBijstandAndAnOlderDevicesEditKeepsAKindSetElsewhere() throws Exception {
    ObjectNode old = Json.MAPPER.valueToTree(Fixtures.candidate());
    // Left out when not recorded: a server from before the field refuses a field it does not know.
    assertThat(old.has("benefitKind")).isFalse();
    Candidate read = Json.MAPPER.treeToValue(old, Candidate.class);

    assertThat(read.benefitKind()).isNull();
    assertThat(read.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(read.benefitKindOn(Fixtures.TODAY)).contains(BenefitKind.BIJSTAND);

    StoredState created = ((MutationRules.Changed) MutationRules.apply(new Mutation(UUID.randomUUID(),
        RecordType.CANDIDATE, read.id(), MutationKind.CREATE, 0, old, List.of(), Fixtures.CLOCK.instant()), null,
        UUID.randomUUID(), Fixtures.COACH, Fixtures.CLOCK)).next();
    StoredState ioaw = ((MutationRules.Changed) apply(created, Json.MAPPER.createObjectNode().put("benefitKind", "IOAW")))
        .next();
    MutationRules.Outcome olderDevice = apply(ioaw, Json.MAPPER.createObjectNode().put("phone", "06-87654321"));

    assertThat(((MutationRules.Changed) olderDevice).next().data().get("benefitKind").asText()).isEqualTo("IOAW");
  }

  @Test
  void aKindNoLawHasOrANumberIsRefusedNamingTheField() {
    StoredState stored = ((MutationRules.Changed) MutationRules.apply(new Mutation(UUID.randomUUID(),
        RecordType.CANDIDATE, Fixtures.CANDIDATE, MutationKind.CREATE, 0, Json.MAPPER.valueToTree(Fixtures.candidate()),
        List.of(), Fixtures.CLOCK.instant()), null, UUID.randomUUID(), Fixtures.COACH, Fixtures.CLOCK)).next();

    for (ObjectNode fields : List.of(Json.MAPPER.createObjectNode().put("benefitKind", "WW"),
        Json.MAPPER.createObjectNode().put("benefitKind", 1))) {
      MutationRules.Outcome outcome = apply(stored, fields);
      assertThat(outcome).isInstanceOf(MutationRules.Refused.class);
      assertThat(((MutationRules.Refused) outcome).violations()).extracting(Violation::field, Violation::rule)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("fields.benefitKind", "type"));
    }
    // And "geen uitkering" while the kind stays is refused on the kind, naming the rule.
    MutationRules.Outcome noBenefit = apply(((MutationRules.Changed) apply(stored,
        Json.MAPPER.createObjectNode().put("benefitKind", "IOAZ"))).next(),
        Json.MAPPER.createObjectNode().putNull("benefitStartDate"));
    assertThat(((MutationRules.Refused) noBenefit).violations()).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("benefitKind", "requires-benefit-start-date"));
  }

  private static MutationRules.Outcome apply(StoredState current, ObjectNode fields) {
    return MutationRules.apply(new Mutation(UUID.randomUUID(), RecordType.CANDIDATE, Fixtures.CANDIDATE,
        MutationKind.UPDATE, current.version(), fields, List.of(), Fixtures.CLOCK.instant()), current,
        UUID.randomUUID(), Fixtures.COACH, Fixtures.CLOCK);
  }
}
