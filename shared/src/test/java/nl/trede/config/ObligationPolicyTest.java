package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import org.junit.jupiter.api.Test;

/**
 * Wijchen imposes no tegenprestatie on whoever it activates towards volunteering (004 §4.3c);
 * a municipality that does not say so (Lansingerland, 002 §4.5) imposes one where the case manager
 * decides it.
 */
class ObligationPolicyTest {
  private static final List<ReferralTarget> TARGETS = List.of(new ReferralTarget("participatiecoach",
      "Participatiecoaches", ReferralTarget.Kind.TEAM, Role.PARTICIPATION_COACH, null, "004 §4.1"));
  private static final MunicipalityConfig WIJCHEN = with(new ObligationPolicy(new ObligationPolicy.NoTegenprestatie(
      List.of(PlacementKind.VOLUNTEERING), List.of("participatiecoach")), "004 §4.3c"));
  private static final MunicipalityConfig WITHOUT = with(null);

  static MunicipalityConfig with(ObligationPolicy policy) {
    MunicipalityConfig c = Fixtures.config();
    return new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version(), c.source(), c.dimensions(),
        c.caseloadGroups(), c.budgetLines(), c.instruments(), c.contactPolicy(), c.kpis(), c.migrations(),
        c.socialReturn(), c.jobcoaching(), TARGETS, policy);
  }

  static ObligationMeasure tegenprestatie() {
    ObligationMeasure m = Fixtures.obligationMeasure();
    return new ObligationMeasure(m.id(), m.candidateId(), ObligationKind.COMMUNITY_SERVICE, m.decidedBy(),
        m.decidedOn(), m.justification(), null, null, "Meehelpen in de buurttuin", new java.math.BigDecimal("6"), null,
        m.fromDate(), null, null);
  }

  static Referral toTheParticipatiecoach(ReferralStatus status) {
    boolean signedOff = status == ReferralStatus.SIGNED_OFF;
    return new Referral(Fixtures.PLACEMENT, Fixtures.CANDIDATE, Fixtures.COACH, "participatiecoach", null,
        "Richting vrijwilligerswerk", status, Fixtures.TODAY.minusDays(20), null, null,
        signedOff ? Fixtures.TODAY.minusDays(1) : null, signedOff ? "Klaar" : null);
  }

  static Placement volunteering(java.time.LocalDate end) {
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(Fixtures.placement());
    json.put("kind", PlacementKind.VOLUNTEERING.name()).put("endDate", end == null ? null : end.toString());
    return Json.MAPPER.convertValue(json, Placement.class);
  }

  @Test
  void wijchenImposesNoTegenprestatieWhileSomeoneIsActivatedTowardsVolunteering() {
    List<Violation> referred = PolicyRules.checkObligation(WIJCHEN, null, tegenprestatie(), List.of(),
        List.of(toTheParticipatiecoach(ReferralStatus.SENT)));
    List<Violation> placed = PolicyRules.checkObligation(WIJCHEN, null, tegenprestatie(),
        List.of(volunteering(null)), List.of());

    assertThat(referred).extracting(Violation::field, Violation::rule).containsExactly(tuple("kind", "no-tegenprestatie"));
    assertThat(referred.get(0).message()).contains("004 §4.3c");
    assertThat(placed).extracting(Violation::field, Violation::rule).containsExactly(tuple("kind", "no-tegenprestatie"));
  }

  @Test
  void aMaatregelAnEndedActivationOrAMunicipalityWithoutTheRuleBlocksNothing() {
    Referral open = toTheParticipatiecoach(ReferralStatus.SENT);

    assertThat(PolicyRules.checkObligation(WIJCHEN, null, Fixtures.obligationMeasure(), List.of(volunteering(null)),
        List.of(open))).isEmpty();
    assertThat(PolicyRules.checkObligation(WIJCHEN, null, tegenprestatie(),
        List.of(volunteering(Fixtures.TODAY.minusDays(1))), List.of(toTheParticipatiecoach(ReferralStatus.SIGNED_OFF))))
        .isEmpty();
    assertThat(PolicyRules.checkObligation(WITHOUT, null, tegenprestatie(), List.of(volunteering(null)),
        List.of(open))).isEmpty();
  }

  @Test
  void theRuleNamesOnlyReferralTargetsTheMunicipalityHas() {
    MunicipalityConfig typo = with(new ObligationPolicy(new ObligationPolicy.NoTegenprestatie(List.of(),
        List.of("participatiecoaches")), "004 §4.3c"));

    assertThat(typo.validate(Fixtures.CLOCK)).extracting(Violation::field, Violation::rule)
        .contains(tuple("obligations.noTegenprestatieFor.referralTargets[0]", "unknown-target"));
  }
}
