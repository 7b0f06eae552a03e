package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.placement.Placement;
import org.junit.jupiter.api.Test;

/** Policy that lives in configuration: Lansingerland's werkgeverscheque and uitstroompremie (002 §3.3.9, §3.4.4). */
class PolicyRulesTest {
  private final MunicipalityConfig config = Fixtures.config();
  private final Candidate candidate = Fixtures.candidate();

  private static Placement placement(int contractMonths, int hours, String code, int amount, String grantedOn) {
    ObjectNode json = Json.MAPPER.valueToTree(Fixtures.placement());
    json.put("contractMonths", contractMonths).put("hoursPerWeek", hours);
    json.set("instruments", Json.MAPPER.createArrayNode().add(Json.MAPPER.createObjectNode()
        .put("code", code).put("amount", amount).put("grantedOn", grantedOn)));
    try {
      return Json.MAPPER.treeToValue(json, Placement.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Violation> check(Placement p, List<Placement> others) {
    return PolicyRules.checkPlacement(config, null, p, candidate, others);
  }

  @Test
  void theEmployerChequeNeedsSixMonthsAndThirtyTwoHoursAndPaysByContractLength() {
    assertThat(check(placement(6, 32, "werkgeverscheque", 2250, "2026-10-01"), List.of())).isEmpty();
    assertThat(check(placement(12, 36, "werkgeverscheque", 4500, "2026-10-01"), List.of())).isEmpty();
    assertThat(check(placement(5, 28, "werkgeverscheque", 2250, "2026-10-01"), List.of()))
        .extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
            tuple("contractMonths", "instrument-condition"), tuple("hoursPerWeek", "instrument-condition"));
    assertThat(check(placement(6, 32, "werkgeverscheque", 4500, "2026-10-01"), List.of()))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("instruments[0].amount", "instrument-max-amount"));
  }

  @Test
  void theExitBonusIsPaidOnceAfterMoreThanSixMonthsOfWorkToSomeoneLongOnBenefit() {
    // The fixture placement started 24 September 2026; benefit since 1 May 2024.
    Placement early = placement(12, 32, "uitstroompremie", 500, "2026-11-24");
    assertThat(check(early, List.of())).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instruments[0].grantedOn", "instrument-condition"));
    // 002 §3.3.9 "langer dan een half jaar": on 24 March 2027 exactly six months, not longer.
    assertThat(check(placement(12, 32, "uitstroompremie", 500, "2027-03-24"), List.of()))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instruments[0].grantedOn", "instrument-condition"));

    Placement due = placement(12, 32, "uitstroompremie", 500, "2027-03-25");
    ObjectNode otherJson = Json.MAPPER.valueToTree(due);
    otherJson.put("id", nl.trede.domain.Ids.newId().toString());
    Placement earlierJob = Json.MAPPER.convertValue(otherJson, Placement.class);
    assertThat(check(due, List.of(due))).isEmpty();
    assertThat(check(due, List.of(earlierJob))).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instruments[0].code", "instrument-once"));
    assertThat(check(placement(12, 32, "uitstroompremie", 750, "2027-03-25"), List.of()))
        .extracting(Violation::rule).containsExactly("instrument-max-amount");
  }

  private static Candidate onBenefitSince(Candidate candidate, String day) {
    ObjectNode json = Json.MAPPER.valueToTree(candidate);
    json.put("benefitStartDate", day);
    return Json.MAPPER.convertValue(json, Candidate.class);
  }

  @Test
  void theExitBonusNeedsMoreThanAYearOnBenefitBeforeTheWorkBegan() {
    // The work began on 24 September 2026. 002 §3.3.9: "langer dan een jaar afhankelijk ... van een uitkering".
    Placement due = placement(12, 32, "uitstroompremie", 500, "2027-03-25");

    assertThat(PolicyRules.checkPlacement(config, null, due, onBenefitSince(candidate, "2026-01-01"), List.of()))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instruments[0].code", "instrument-condition"));
    assertThat(PolicyRules.checkPlacement(config, null, due, onBenefitSince(candidate, "2025-09-24"), List.of()))
        .as("exactly a year is not longer than a year").extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instruments[0].code", "instrument-condition"));
    assertThat(PolicyRules.checkPlacement(config, null, due, onBenefitSince(candidate, "2025-09-23"), List.of()))
        .isEmpty();
  }

  @Test
  void anInstrumentOutsideTheCatalogueIsRefusedButAnOldGrantDoesNotBlockAnEdit() {
    Placement unknown = placement(12, 32, "fietsenplan", 100, "2026-10-01");

    assertThat(check(unknown, List.of())).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instruments[0].code", "unknown-instrument"));
    assertThat(PolicyRules.checkPlacement(config, unknown, unknown, candidate, List.of())).isEmpty();
  }

  @Test
  void jobcoachingNeedsWageCostSubsidyOnlyWhereTheConfigurationSaysSo() {
    ObjectNode json = Json.MAPPER.valueToTree(candidate);
    json.set("flags", Json.MAPPER.createArrayNode().add("LANGUAGE_BELOW_LEVEL"));
    json.putNull("wageValuePercent");
    Candidate withoutSubsidy = Json.MAPPER.convertValue(json, Candidate.class);

    assertThat(PolicyRules.checkPlacement(config, null, Fixtures.placement(), withoutSubsidy, List.of()))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("jobcoaching.coachKind", "requires-wage-cost-subsidy"));
    assertThat(PolicyRules.checkPlacement(config, null, Fixtures.placement(), candidate, List.of())).isEmpty();
    // A municipality that sets no such condition (Lansingerland, 002 §3.4.3: "voor inwoners die hier
    // behoefte aan hebben") lets anyone have jobcoaching: the rule is configuration, not code.
    MunicipalityConfig without = new MunicipalityConfig(config.id(), config.municipality(), config.name(),
        config.version(), config.source(), config.dimensions(), config.caseloadGroups(), config.budgetLines(),
        config.instruments(), config.contactPolicy(), config.kpis(), config.migrations(), null, null);
    assertThat(PolicyRules.checkPlacement(without, null, Fixtures.placement(), withoutSubsidy, List.of())).isEmpty();
  }

  private static MunicipalityConfig withInstrument(InstrumentConditions conditions) {
    MunicipalityConfig base = Fixtures.config();
    List<Instrument> instruments = new java.util.ArrayList<>(base.instruments());
    instruments.add(new Instrument("werkacademie", "Werkacademie", InstrumentKind.TRAINING, null, null, conditions,
        "002 §3.3.4"));
    return new MunicipalityConfig(base.id(), base.municipality(), base.name(), base.version(), base.source(),
        base.dimensions(), base.caseloadGroups(), base.budgetLines(), instruments, base.contactPolicy(), base.kpis(),
        base.migrations(), null);
  }

  @Test
  void aTrainingForNewcomersOnBenefitAndOneForTheTargetGroupRegisterAreRefusedToOthers() {
    // The fixture placement starts 24 September 2026; the candidate is on benefit since 1 May 2024
    // (28 whole months then) and is not in the doelgroepregister.
    Placement training = placement(12, 32, "werkacademie", 0, "2026-09-24");
    MunicipalityConfig forNewcomers = withInstrument(
        new InstrumentConditions(null, null, null, 12, null, null, null, null));
    MunicipalityConfig forTheRegister = withInstrument(new InstrumentConditions(null, null, null, null, null, null,
        null, List.of(nl.trede.domain.candidate.CandidateFlag.TARGET_GROUP_REGISTER)));
    MunicipalityConfig forUpTo30Months = withInstrument(
        new InstrumentConditions(null, null, null, 30, null, null, null, null));

    assertThat(PolicyRules.checkPlacement(forNewcomers, null, training, candidate, List.of()))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("instruments[0].code", "instrument-condition"));
    assertThat(PolicyRules.checkPlacement(forUpTo30Months, null, training, candidate, List.of())).isEmpty();
    assertThat(PolicyRules.checkPlacement(forTheRegister, null, training, candidate, List.of()))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("instruments[0].code", "instrument-condition"));
  }

  @Test
  void theExitBonusIsRefusedWhenTheWorkEndedBeforeSixMonths() {
    ObjectNode json = Json.MAPPER.valueToTree(placement(12, 32, "uitstroompremie", 500, "2027-03-24"));
    json.put("endDate", "2027-02-01").put("endReason", "STOPPED_BY_EMPLOYER");
    Placement ended = Json.MAPPER.convertValue(json, Placement.class);

    assertThat(check(ended, List.of())).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instruments[0].grantedOn", "instrument-condition"));
  }
}
