package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.trede.config.BroadIntakePolicy.Choice;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Violation;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.broadintake.DomainScore;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import org.junit.jupiter.api.Test;

/**
 * The brede uitvraag against the municipality's configuration: only a municipality that names life
 * domains offers it, every domain it names is scored once and no other, the level of education is one
 * of its list; the configuration itself is checked with the rest of the file; and a signalled work
 * limitation asks for the UWV's beoordeling arbeidsvermogen until the file has that referral.
 */
class BroadIntakePolicyTest {
  private static final ReferralTarget UWV = new ReferralTarget("uwv-arbeidsvermogen",
      "UWV – beoordeling arbeidsvermogen", ReferralTarget.Kind.PROVIDER, null, null, "002 §3.3.1");

  static MunicipalityConfig config(BroadIntakePolicy policy) {
    MunicipalityConfig c = (MunicipalityConfig) Fixtures.with(Fixtures.config(), "referralTargets", List.of(UWV));
    return c.withBroadIntake(policy);
  }

  static List<String> broken(List<Violation> violations) {
    return violations.stream().map(v -> v.field() + ":" + v.rule()).toList();
  }

  static BroadIntake withDomains(DomainScore... scores) {
    BroadIntake b = Fixtures.broadIntake();
    return new BroadIntake(b.id(), b.candidateId(), b.date(), b.authorId(), List.of(scores), b.educationLevel(),
        b.diplomas(), b.experience(), b.talents(), b.drives(), b.supportNeed(), b.workLimitationSigns(), null);
  }

  @Test
  void everyDomainTheMunicipalityNamesIsScoredOnceAndNoOther() {
    MunicipalityConfig config = config(Fixtures.broadIntakePolicy());

    assertThat(BroadIntakeRules.check(config, Fixtures.broadIntake())).isEmpty();
    List<Violation> wrong = BroadIntakeRules.check(config, withDomains(new DomainScore("financien", 2, null),
        new DomainScore("verslaving", 3, null), new DomainScore("financien", 3, null)));
    assertThat(broken(wrong)).containsExactly("domains[1].domain:unknown-domain", "domains[2].domain:duplicate",
        "domains:domain-missing");
    assertThat(wrong.get(0).message()).contains("[financien, huisvesting, lichamelijke-gezondheid]");
    assertThat(wrong.get(2).message()).contains("[huisvesting, lichamelijke-gezondheid]");
    assertThat(broken(BroadIntakeRules.check(config, (BroadIntake) Fixtures.with(Fixtures.broadIntake(),
        "educationLevel", "mbo-4")))).containsExactly("educationLevel:unknown-education-level");
  }

  @Test
  void aMunicipalityWithoutABroadIntakeOffersNone() {
    assertThat(BroadIntakeRules.offered(Fixtures.config())).isFalse();
    assertThat(BroadIntakeRules.offered(null)).isFalse();
    assertThat(broken(BroadIntakeRules.check(Fixtures.config(), Fixtures.broadIntake())))
        .containsExactly("type:not-offered");
    assertThat(broken(BroadIntakeRules.check(null, Fixtures.broadIntake()))).containsExactly("type:not-offered");
  }

  @Test
  void theBroadIntakeIsCheckedWithTheRestOfTheConfiguration() {
    assertThat(config(Fixtures.broadIntakePolicy()).validate(Fixtures.CLOCK)).isEmpty();
    List<Choice> twice = new ArrayList<>(Fixtures.broadIntakePolicy().domains());
    twice.add(new Choice("financien", "Geld"));
    BroadIntakePolicy broken = new BroadIntakePolicy(twice, List.of(new Choice("Mbo 2", null)), "uwv-beschut",
        null);

    assertThat(broken(config(broken).validate(Fixtures.CLOCK))).containsExactlyInAnyOrder(
        "broadIntake.domains[3].key:duplicate", "broadIntake.educationLevels[0].key:key-format",
        "broadIntake.educationLevels[0].label:required", "broadIntake.workCapacityReferral:unknown-referral-target");
    assertThat(broken(config(new BroadIntakePolicy(null, List.of(), null, null)).validate(Fixtures.CLOCK)))
        .containsExactlyInAnyOrder("broadIntake.domains:required", "broadIntake.educationLevels:required");
  }

  /** 002 §3.3.1: "Als er in de brede uitvraag signalen van een arbeidsbeperking naar voren komen ...". */
  @Test
  void aSignalledWorkLimitationAsksForTheUwvUntilTheFileHasThatReferral() {
    MunicipalityConfig config = config(Fixtures.broadIntakePolicy());
    BroadIntake signalled = Fixtures.broadIntake();
    BroadIntake later = (BroadIntake) Fixtures.with(Fixtures.with(signalled, "id",
        "0190a1b2-0000-7000-8000-00000b10ad02"), "workLimitationSigns", false);
    Referral toUwv = (Referral) Fixtures.with(Fixtures.referral(), "target", "uwv-arbeidsvermogen");
    Referral answered = (Referral) Fixtures.with(toUwv, "status", ReferralStatus.SIGNED_OFF);

    assertThat(BroadIntakeRules.asksForWorkCapacityReferral(config, List.of(signalled), List.of(Fixtures.referral())))
        .isTrue();
    assertThat(BroadIntakeRules.asksForWorkCapacityReferral(config, List.of(signalled), List.of(toUwv))).isFalse();
    assertThat(BroadIntakeRules.asksForWorkCapacityReferral(config, List.of(signalled), List.of(answered))).isFalse();
    assertThat(BroadIntakeRules.asksForWorkCapacityReferral(config, List.of(signalled, later), List.of()))
        .as("a later uitvraag without signs holds").isFalse();
    assertThat(BroadIntakeRules.asksForWorkCapacityReferral(config(new BroadIntakePolicy(
        Fixtures.broadIntakePolicy().domains(), Fixtures.broadIntakePolicy().educationLevels(), null, null)),
        List.of(signalled), List.of())).as("no target named: no prompt").isFalse();
    assertThat(BroadIntakeRules.asksForWorkCapacityReferral(Fixtures.config(), List.of(signalled), List.of()))
        .isFalse();
  }
}
