package nl.trede.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.trede.domain.Violation;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.broadintake.DomainScore;
import nl.trede.domain.referral.Referral;

/**
 * A brede uitvraag against the municipality's configuration (decision 0065), beside the record's own
 * checks: the device asks it as the coach fills in the form, the server again on push, so both refuse
 * the same with the same field and rule.
 */
public final class BroadIntakeRules {
  private BroadIntakeRules() {}

  /** Whether the municipality offers the brede uitvraag at all: only one whose configuration names it. */
  public static boolean offered(MunicipalityConfig config) {
    return config != null && config.broadIntake() != null;
  }

  /**
   * Every life domain the municipality names scored once ("alle leefgebieden", 002 §3.3.1), no
   * domain it does not name, and a level of education from its list.
   *
   * @param config {@code null} for a municipality without a configuration: it offers no brede uitvraag
   */
  public static List<Violation> check(MunicipalityConfig config, BroadIntake intake) {
    List<Violation> v = new ArrayList<>();
    if (!offered(config)) {
      v.add(new Violation("type", "not-offered", (config == null ? "this municipality" : config.name())
          + " holds no brede uitvraag: its configuration names no life domains"));
      return v;
    }
    BroadIntakePolicy policy = config.broadIntake();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < intake.domains().size(); i++) {
      DomainScore score = intake.domains().get(i);
      String key = score == null ? null : score.domain();
      if (key == null) {
        continue; // the record's own check names it
      }
      if (policy.domain(key).isEmpty()) {
        v.add(new Violation("domains[" + i + "].domain", "unknown-domain", "'" + key + "' is not a life domain of "
            + config.name() + "; known: " + keys(policy.domains())));
      } else if (!seen.add(key)) {
        v.add(new Violation("domains[" + i + "].domain", "duplicate", "life domain '" + key + "' is scored twice"));
      }
    }
    List<String> missing = policy.domains().stream().map(BroadIntakePolicy.Choice::key)
        .filter(k -> !seen.contains(k)).toList();
    if (!missing.isEmpty()) {
      v.add(new Violation("domains", "domain-missing", "every life domain is scored; missing: " + missing));
    }
    if (intake.educationLevel() != null && policy.educationLevel(intake.educationLevel()).isEmpty()) {
      v.add(new Violation("educationLevel", "unknown-education-level", "'" + intake.educationLevel()
          + "' is not a level of education of " + config.name() + "; known: " + keys(policy.educationLevels())));
    }
    return v;
  }

  /**
   * Whether the file should ask the UWV for a beoordeling arbeidsvermogen: the uitvraag that holds now
   * signals a work limitation ("Als er in de brede uitvraag signalen van een arbeidsbeperking naar voren
   * komen, dan vragen we een beoordeling arbeidsvermogen ... aan bij het UWV", 002 §3.3.1), the
   * municipality names where to refer, and the file has no referral there yet (whatever its state: one
   * answered or signed off was asked). A prompt, not a rule.
   *
   * @param intakes the file's brede uitvragen, corrected ones included
   * @param referrals the file's referrals
   */
  public static boolean asksForWorkCapacityReferral(MunicipalityConfig config, Collection<BroadIntake> intakes,
      Collection<Referral> referrals) {
    String target = offered(config) ? config.broadIntake().workCapacityReferral() : null;
    return target != null && BroadIntake.newest(intakes).map(BroadIntake::signalsWorkLimitation).orElse(false)
        && referrals.stream().noneMatch(r -> target.equals(r.target()));
  }

  private static List<String> keys(List<BroadIntakePolicy.Choice> choices) {
    return choices.stream().map(BroadIntakePolicy.Choice::key).toList();
  }
}
