package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.placement.DisplacementCheck;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import org.junit.jupiter.api.Test;

/**
 * A municipality's own limits on placements (decision 0061): volunteering hours (001 §2.1.3), no
 * WerkBedrijf while volunteering (004 §4.3c), a trajectory's budget (000 §3.4), the amounts of the
 * jobcoaching regimes (001 §3.3). Each refusal names the field and the rule and quotes the seed.
 */
class PlacementPolicyTest {
  static final String HOURS_QUOTE = "001 §2.1.3: \"Ook moeten het aantal uren beperkt blijven\"; 16 h is ours";
  static final String DISPLACEMENT_QUOTE = "001 §2.1.3: \"De kandidaat wordt uitsluitend geplaatst op een werkplek"
      + " als hierdoor geen verdringing op de arbeidsmarkt plaatsvindt.\"";
  static final String WERKBEDRIJF_QUOTE = "004 §4.3c: \"Mensen die we activeren naar vrijwilligerswerk, komen (nog)"
      + " niet in aanmerking voor dienstverlening van het WerkBedrijf.\"";

  private static final PlacementPolicy POLICY = new PlacementPolicy(
      List.of(new PlacementPolicy.HoursLimit(PlacementKind.VOLUNTEERING, new BigDecimal("16"), HOURS_QUOTE)),
      List.of(new PlacementPolicy.ReferralBar("werkbedrijf", List.of(PlacementKind.VOLUNTEERING), WERKBEDRIJF_QUOTE)),
      new PlacementPolicy.TrajectoryBudget(new BigDecimal("5000"), List.of("participatiebudget"), "000 §3.4"),
      List.of(new PlacementPolicy.RegimeTariff(List.of("werkgeverscheque"),
          Map.of(JobcoachRegime.LOW, new BigDecimal("1000"), JobcoachRegime.MEDIUM, new BigDecimal("2000")), "001 §3.3")),
      new PlacementPolicy.DisplacementRule(List.of(PlacementKind.WORK_EXPERIENCE), DISPLACEMENT_QUOTE));
  private static final MunicipalityConfig CONFIG = withTargets(Fixtures.config()).withPlacements(POLICY);

  static MunicipalityConfig withTargets(MunicipalityConfig c) {
    return new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version(), c.source(), c.dimensions(),
        c.caseloadGroups(), c.budgetLines(), c.instruments(), c.contactPolicy(), c.kpis(), c.migrations(),
        c.socialReturn(), c.jobcoaching(), List.of(new ReferralTarget("werkbedrijf", "WerkBedrijf",
            ReferralTarget.Kind.PROVIDER, null, null, "004 §2.1"), new ReferralTarget("participatiecoach",
            "Participatiecoaches", ReferralTarget.Kind.TEAM, Role.PARTICIPATION_COACH, null, "004 §4.1")), null);
  }

  private static Placement placement(PlacementKind kind, String hours, LocalDate end, InstrumentUse... uses) {
    ObjectNode json = Json.MAPPER.valueToTree(Fixtures.placement());
    json.put("kind", kind.name()).put("hoursPerWeek", hours == null ? null : new BigDecimal(hours))
        .put("endDate", end == null ? null : end.toString()).put("endReason", end == null ? null : "COMPLETED");
    json.set("instruments", Json.MAPPER.valueToTree(List.of(uses)));
    return Json.MAPPER.convertValue(json, Placement.class);
  }

  private static InstrumentUse grant(String code, String amount) {
    return new InstrumentUse(code, new BigDecimal(amount), Fixtures.TODAY.minusMonths(1), null);
  }

  private static List<Violation> check(Placement before, Placement after) {
    return PolicyRules.checkPlacement(CONFIG, before, after, Fixtures.candidate(), List.of());
  }

  private static Referral referral(String target) {
    return new Referral(Fixtures.PLACEMENT, Fixtures.CANDIDATE, Fixtures.COACH, target, null, "Naar betaald werk",
        ReferralStatus.SENT, Fixtures.TODAY, null, null, null, null);
  }

  @Test
  void volunteeringAboveTheMunicipalitysWeeklyHoursIsRefusedQuotingTheSeed() {
    assertThat(check(null, placement(PlacementKind.VOLUNTEERING, "16", null))).isEmpty();
    List<Violation> seventeen = check(null, placement(PlacementKind.VOLUNTEERING, "17", null));
    assertThat(seventeen).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("hoursPerWeek", "max-hours-per-week"));
    assertThat(seventeen.get(0).message()).contains("at most 16 hours a week", "het aantal uren beperkt blijven");
    assertThat(check(null, placement(PlacementKind.VOLUNTEERING, null, null)))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("hoursPerWeek", "required"));
    // Paid work is not limited; a volunteering placement agreed before the limit keeps its hours.
    assertThat(check(null, placement(PlacementKind.REGULAR_JOB, "32", null))).isEmpty();
    Placement agreedBefore = placement(PlacementKind.VOLUNTEERING, "20", null);
    assertThat(check(agreedBefore, placement(PlacementKind.VOLUNTEERING, "20", Fixtures.TODAY))).isEmpty();
    assertThat(check(agreedBefore, placement(PlacementKind.VOLUNTEERING, "24", null)))
        .extracting(Violation::rule).containsExactly("max-hours-per-week");
  }

  @Test
  void aReferralToTheWerkbedrijfWaitsUntilTheVolunteeringHasEnded() {
    Placement running = placement(PlacementKind.VOLUNTEERING, "8", null);
    List<Violation> refused = PolicyRules.checkReferral(CONFIG, null, referral("werkbedrijf"), List.of(running));
    assertThat(refused).extracting(Violation::field, Violation::rule).containsExactly(tuple("target", "not-while-placed"));
    assertThat(refused.get(0).message()).contains("komen (nog) niet in aanmerking");

    Placement ended = placement(PlacementKind.VOLUNTEERING, "8", Fixtures.TODAY.minusDays(1));
    assertThat(PolicyRules.checkReferral(CONFIG, null, referral("werkbedrijf"), List.of(ended))).isEmpty();
    assertThat(PolicyRules.checkReferral(CONFIG, null, referral("werkbedrijf"),
        List.of(placement(PlacementKind.REGULAR_JOB, "20", null)))).isEmpty();
    assertThat(PolicyRules.checkReferral(CONFIG, null, referral("participatiecoach"), List.of(running))).isEmpty();
    // A referral sent before the volunteering began is answered and signed off as usual.
    assertThat(PolicyRules.checkReferral(CONFIG, referral("werkbedrijf"), referral("werkbedrijf"), List.of(running)))
        .isEmpty();
    assertThat(PolicyRules.checkReferral(withTargets(Fixtures.config()), null, referral("werkbedrijf"),
        List.of(running))).isEmpty();
  }

  @Test
  void theGrantsOfOneTrajectoryAddUpToAtMostItsBudget() {
    Placement first = placement(PlacementKind.REGULAR_JOB, "32", null, grant("uitstroompremie", "500"),
        grant("werkgeverscheque", "4500"));
    assertThat(check(null, first)).filteredOn(x -> x.rule().equals("trajectory-budget")).isEmpty();
    Placement more = placement(PlacementKind.REGULAR_JOB, "32", null, grant("uitstroompremie", "500"),
        grant("werkgeverscheque", "4500"), grant("uitstroompremie", "1"));
    List<Violation> over = check(first, more);
    assertThat(over).filteredOn(x -> x.rule().equals("trajectory-budget"))
        .extracting(Violation::field).containsExactly("instruments[2].amount");
    assertThat(over.get(over.size() - 1).message()).contains("at most € 5000", "these add up to € 5001", "000 §3.4");
    // Loonkostensubsidie is not paid from the participatiebudget, so it does not count.
    assertThat(check(first, placement(PlacementKind.REGULAR_JOB, "32", null, grant("uitstroompremie", "500"),
        grant("werkgeverscheque", "4500"), grant("loonkostensubsidie", "9600")))).isEmpty();
  }

  @Test
  void aGrantPricedByTheJobcoachingRegimeNamesItsRegimeAndStaysWithinItsAmount() {
    // The fixture's jobcoaching is at the MEDIUM regime.
    assertThat(check(null, placement(PlacementKind.REGULAR_JOB, "32", null, grant("werkgeverscheque", "2000"))))
        .isEmpty();
    assertThat(check(null, placement(PlacementKind.REGULAR_JOB, "32", null, grant("werkgeverscheque", "2250"))))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("instruments[0].amount", "regime-amount"));
    ObjectNode json = Json.MAPPER.valueToTree(placement(PlacementKind.REGULAR_JOB, "32", null,
        grant("werkgeverscheque", "1000")));
    ((ObjectNode) json.get("jobcoaching")).putNull("regime");
    assertThat(check(null, Json.MAPPER.convertValue(json, Placement.class)))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("jobcoaching.regime", "requires-regime"));
    assertThat(POLICY.tariffAmount("werkgeverscheque", JobcoachRegime.LOW)).contains(new BigDecimal("1000"));
    assertThat(POLICY.tariffAmount("werkgeverscheque", JobcoachRegime.HIGH)).isEmpty();
  }

  /** A WEP as agreed (goal, supervision, planned end, hours), with this displacement check or none. */
  private static Placement wep(DisplacementCheck check) {
    ObjectNode json = Json.MAPPER.valueToTree(placement(PlacementKind.WORK_EXPERIENCE, "20", null));
    json.put("goal", "Werkritme opdoen").put("supervision", "Vaste collega")
        .put("plannedEndDate", Fixtures.TODAY.plusMonths(3).toString()).putNull("contractMonths");
    json.set("displacementCheck", Json.MAPPER.valueToTree(check));
    return Json.MAPPER.convertValue(json, Placement.class);
  }

  @Test
  void aWorkExperiencePlacementIsMadeOnlyWithARecordedDisplacementCheck() {
    DisplacementCheck check = new DisplacementCheck(Fixtures.TODAY, Fixtures.COACH, "Boventallig; niemand vervangen");
    assertThat(wep(check).validate(Fixtures.CLOCK)).isEmpty();
    assertThat(check(null, wep(check))).isEmpty();
    List<Violation> refused = check(null, wep(null));
    assertThat(refused).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("displacementCheck", "displacement-check-required"));
    assertThat(refused.get(0).message()).contains("geen verdringing op de arbeidsmarkt plaatsvindt");
    // Becoming a WEP is being placed on one; a job needs no check.
    assertThat(check(placement(PlacementKind.REGULAR_JOB, "20", null), wep(null))).extracting(Violation::rule)
        .containsExactly("displacement-check-required");
    assertThat(check(null, placement(PlacementKind.REGULAR_JOB, "20", null))).isEmpty();
    // A WEP recorded before the rule is extended or ended without one; a recorded check is not dropped.
    Placement agreedBefore = wep(null);
    ObjectNode ended = Json.MAPPER.valueToTree(agreedBefore);
    ended.put("endDate", Fixtures.TODAY.toString()).put("endReason", "COMPLETED");
    assertThat(check(agreedBefore, Json.MAPPER.convertValue(ended, Placement.class))).isEmpty();
    assertThat(check(wep(check), wep(null))).extracting(Violation::rule).containsExactly("displacement-check-required");
    // A municipality that does not ask for it refuses nothing.
    assertThat(PolicyRules.checkPlacement(withTargets(Fixtures.config()), null, wep(null), Fixtures.candidate(),
        List.of())).isEmpty();
  }

  @Test
  void theLimitsNameOnlyWhatTheMunicipalityHas() {
    PlacementPolicy broken = new PlacementPolicy(
        List.of(new PlacementPolicy.HoursLimit(PlacementKind.VOLUNTEERING, new BigDecimal("60"), null),
            new PlacementPolicy.HoursLimit(PlacementKind.VOLUNTEERING, new BigDecimal("8"), null)),
        List.of(new PlacementPolicy.ReferralBar("uwv", List.of(PlacementKind.VOLUNTEERING), null)),
        new PlacementPolicy.TrajectoryBudget(new BigDecimal("-1"), List.of("buig"), null),
        List.of(new PlacementPolicy.RegimeTariff(List.of("jobcoach"), Map.of(JobcoachRegime.LOW, BigDecimal.ONE), null)),
        new PlacementPolicy.DisplacementRule(List.of(PlacementKind.WORK_EXPERIENCE, PlacementKind.TRAINING,
            PlacementKind.WORK_EXPERIENCE), null));
    assertThat(CONFIG.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(withTargets(Fixtures.config()).withPlacements(broken).validate(Fixtures.CLOCK))
        .extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
            tuple("placements.hoursLimits[0].maxPerWeek", "range"), tuple("placements.hoursLimits[1].kind", "duplicate"),
            tuple("placements.referralBars[0].target", "unknown-target"),
            tuple("placements.trajectoryBudget.maxAmount", "range"),
            tuple("placements.trajectoryBudget.budgetLines[0]", "unknown-budget-line"),
            tuple("placements.regimeTariffs[0].instruments[0]", "unknown-instrument"),
            tuple("placements.displacementCheck.kinds[2]", "duplicate"));
    assertThat(withTargets(Fixtures.config()).withPlacements(new PlacementPolicy(null, null, null, null,
        new PlacementPolicy.DisplacementRule(List.of(), null))).validate(Fixtures.CLOCK))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("placements.displacementCheck.kinds", "required"));
  }
}
