package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import org.junit.jupiter.api.Test;

/**
 * A referral against the municipality's referral targets (004 §2.2, §4.1): known targets only, the
 * file and target fixed, a team's referral taken on by someone, and only forward.
 */
class ReferralPolicyTest {
  private static final MunicipalityConfig CONFIG = withTargets(List.of(
      new ReferralTarget("participatiecoaches", "Participatiecoaches", ReferralTarget.Kind.TEAM,
          Role.PARTICIPATION_COACH, null, "004 §4.1"),
      new ReferralTarget("werkbedrijf", "WerkBedrijf", ReferralTarget.Kind.PROVIDER, null, null, "004 §4.1")));

  static MunicipalityConfig withTargets(List<ReferralTarget> targets) {
    MunicipalityConfig c = Fixtures.config();
    return new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version(), c.source(), c.dimensions(),
        c.caseloadGroups(), c.budgetLines(), c.instruments(), c.contactPolicy(), c.kpis(), c.migrations(),
        c.socialReturn(), c.jobcoaching(), targets);
  }

  private static Referral referral(String target, ReferralStatus status, java.util.UUID receiver) {
    boolean answered = status == ReferralStatus.ACCEPTED || status == ReferralStatus.DECLINED;
    boolean signedOff = status == ReferralStatus.SIGNED_OFF;
    return new Referral(Fixtures.PLACEMENT, Fixtures.CANDIDATE, Fixtures.COACH, target, receiver, "Vrijwilligerswerk",
        status, Fixtures.TODAY.minusDays(5), answered ? Fixtures.TODAY : null, null,
        signedOff ? Fixtures.TODAY : null, signedOff ? "Klaar" : null);
  }


  @Test
  void aReferralGoesToATargetTheMunicipalityNamesAndStartsAsSent() {
    assertThat(PolicyRules.checkReferral(CONFIG, null, referral("werkbedrijf", ReferralStatus.SENT, null), List.of())).isEmpty();
    assertThat(PolicyRules.checkReferral(CONFIG, null, referral("wijkteam", ReferralStatus.SENT, null), List.of()))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("target", "unknown-target"));
    assertThat(PolicyRules.checkReferral(CONFIG, null, referral("werkbedrijf", ReferralStatus.ACCEPTED, null), List.of()))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("status", "status-transition"));
  }

  @Test
  void theFileAndTheTargetNeverChangeAndATargetDroppedLaterBlocksNothing() {
    Referral sent = referral("werkbedrijf", ReferralStatus.SENT, null);
    Referral elsewhere = new Referral(sent.id(), Ids.newId(), sent.referredBy(), "participatiecoaches", null,
        sent.goal(), sent.status(), sent.sentOn(), null, null, null, null);
    Referral dropped = referral("opgeheven-team", ReferralStatus.SENT, null);

    assertThat(PolicyRules.checkReferral(CONFIG, sent, elsewhere, List.of())).extracting(Violation::field, Violation::rule)
        .containsExactlyInAnyOrder(tuple("candidateId", "immutable"), tuple("target", "immutable"));
    assertThat(PolicyRules.checkReferral(CONFIG, dropped, referral("opgeheven-team", ReferralStatus.DECLINED, null), List.of()))
        .isEmpty();
  }

  @Test
  void aTeamsReferralIsTakenOnBySomeoneAndAProvidersByNobodyInTrede() {
    Referral sentToTeam = referral("participatiecoaches", ReferralStatus.SENT, null);
    Referral sentToProvider = referral("werkbedrijf", ReferralStatus.SENT, null);

    assertThat(PolicyRules.checkReferral(CONFIG, sentToTeam, referral("participatiecoaches", ReferralStatus.ACCEPTED,
        null), List.of())).extracting(Violation::field, Violation::rule).containsExactly(tuple("receiverId", "required"));
    assertThat(PolicyRules.checkReferral(CONFIG, sentToTeam, referral("participatiecoaches", ReferralStatus.ACCEPTED,
        Fixtures.COACH), List.of())).isEmpty();
    assertThat(PolicyRules.checkReferral(CONFIG, sentToProvider, referral("werkbedrijf", ReferralStatus.ACCEPTED,
        Fixtures.COACH), List.of())).extracting(Violation::field, Violation::rule).containsExactly(tuple("receiverId", "not-a-team"));
    assertThat(PolicyRules.checkReferral(CONFIG, sentToProvider, referral("werkbedrijf", ReferralStatus.ACCEPTED,
        null), List.of())).isEmpty();
  }

  @Test
  void aReferralMovesOnlyForwardAndSigningOffEndsIt() {
    Referral accepted = referral("werkbedrijf", ReferralStatus.ACCEPTED, null);
    Referral signedOff = referral("werkbedrijf", ReferralStatus.SIGNED_OFF, null);

    assertThat(PolicyRules.checkReferral(CONFIG, accepted, signedOff, List.of())).isEmpty();
    assertThat(PolicyRules.checkReferral(CONFIG, referral("werkbedrijf", ReferralStatus.SENT, null), signedOff, List.of()))
        .as("withdrawn before an answer").isEmpty();
    assertThat(PolicyRules.checkReferral(CONFIG, accepted, referral("werkbedrijf", ReferralStatus.DECLINED, null), List.of()))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("status", "status-transition"));
    assertThat(PolicyRules.checkReferral(CONFIG, signedOff, accepted, List.of()))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("status", "status-transition"));
  }

  @Test
  void aTeamNamesTheCaseloadRoleOfItsUsersAndAProviderNone() {
    MunicipalityConfig broken = withTargets(List.of(
        new ReferralTarget("jobhunters", "Jobhunters", ReferralTarget.Kind.TEAM, Role.JOBHUNTER, null, null),
        new ReferralTarget("team", "Team zonder rol", ReferralTarget.Kind.TEAM, null, null, null),
        new ReferralTarget("forte", "Forte Welzijn", ReferralTarget.Kind.PROVIDER, Role.PARTICIPATION_COACH, null, null),
        new ReferralTarget("forte", null, null, null, null, null)));

    assertThat(broken.validate(Fixtures.CLOCK)).extracting(Violation::field, Violation::rule)
        .containsExactlyInAnyOrder(tuple("referralTargets[0].role", "team-role"),
            tuple("referralTargets[1].role", "team-role"), tuple("referralTargets[2].role", "provider-role"),
            tuple("referralTargets[3].key", "duplicate"), tuple("referralTargets[3].label", "required"),
            tuple("referralTargets[3].kind", "required"));
    assertThat(CONFIG.validate(Fixtures.CLOCK)).isEmpty();
  }
}
