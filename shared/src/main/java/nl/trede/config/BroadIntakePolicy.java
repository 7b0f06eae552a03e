package nl.trede.config;

import java.util.List;
import java.util.Optional;
import nl.trede.domain.Violations;

/**
 * The municipality's brede uitvraag (decision 0065): "In dit gesprek vragen we naar opleiding,
 * werkervaring en talenten om de mogelijkheden en kansen op de arbeidsmarkt te bepalen. En we gaan in
 * op de hulp- en ondersteuningsbehoefte op alle leefgebieden" (Lansingerland 002 §3.3.1). Which life
 * domains are scored and which levels of education are asked differ per municipality, so they are
 * configuration; a municipality without this part offers no brede uitvraag.
 *
 * @param domains the life domains (leefgebieden), each scored 1-5 on the zelfredzaamheidsmatrix scale
 * @param educationLevels the highest levels of education to choose from
 * @param workCapacityReferral the referral target to prompt when the uitvraag signals a work
 *     limitation ("dan vragen we een beoordeling arbeidsvermogen voor de inwoner aan bij het UWV",
 *     002 §3.3.1); {@code null}: no prompt
 */
public record BroadIntakePolicy(List<Choice> domains, List<Choice> educationLevels, String workCapacityReferral,
    String source) {

  /** One life domain or level of education: a stable key and the label people read. */
  public record Choice(String key, String label) {}

  /** More would not fit one conversation, nor one phone screen. */
  public static final int MAX_DOMAINS = 30;
  public static final int MAX_EDUCATION_LEVELS = 30;

  public BroadIntakePolicy {
    domains = domains == null ? List.of() : List.copyOf(domains);
    educationLevels = educationLevels == null ? List.of() : List.copyOf(educationLevels);
  }

  public Optional<Choice> domain(String key) {
    return domains.stream().filter(d -> d.key().equals(key)).findFirst();
  }

  public Optional<Choice> educationLevel(String key) {
    return educationLevels.stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /** Domains and levels present, each key once with a label, and a referral target the file names. */
  void check(Violations v, MunicipalityConfig config) {
    checkChoices(v, "broadIntake.domains", domains, MAX_DOMAINS);
    checkChoices(v, "broadIntake.educationLevels", educationLevels, MAX_EDUCATION_LEVELS);
    if (workCapacityReferral != null && config.referralTarget(workCapacityReferral).isEmpty()) {
      v.add("broadIntake.workCapacityReferral", "unknown-referral-target",
          "'" + workCapacityReferral + "' is not one of the referral targets");
    }
  }

  private static void checkChoices(Violations v, String list, List<Choice> choices, int max) {
    if (!v.required(list, choices)) {
      return;
    }
    v.maxItems(list, choices, max);
    ConfigCheck.uniqueKeys(v, list, choices.stream().map(Choice::key).toList());
    for (int i = 0; i < choices.size(); i++) {
      v.required(list + "[" + i + "].label", choices.get(i).label());
    }
  }
}
