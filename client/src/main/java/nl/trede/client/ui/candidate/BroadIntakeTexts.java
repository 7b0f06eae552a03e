package nl.trede.client.ui.candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.BroadIntakePolicy;
import nl.trede.config.BroadIntakeRules;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.broadintake.DomainScore;
import nl.trede.domain.broadintake.WorkExperience;
import nl.trede.domain.referral.Referral;

/**
 * How a brede uitvraag reads on the timeline (decision 0065): the life domains that need attention
 * (scored 3 or lower, lowest first, with what was said), the others counted; education, experience,
 * talents and drives, the support need and whether a work limitation came up. On the one that holds
 * now, the prompt to ask the UWV's beoordeling arbeidsvermogen while the file has no such referral, as
 * the console's file page says it ({@link BroadIntakeRules#asksForWorkCapacityReferral}).
 */
final class BroadIntakeTexts {
  /** Scores up to this one need attention ("beperkt zelfredzaam" and below). */
  private static final int ATTENTION = 3;

  private final Messages messages;
  private final Map<UUID, DomainRecord> records;
  private final MunicipalityConfig config;

  BroadIntakeTexts(Messages messages, Map<UUID, DomainRecord> records, MunicipalityConfig config) {
    this.messages = messages;
    this.records = records;
    this.config = config;
  }

  List<String> details(BroadIntake i) {
    List<String> details = new ArrayList<>();
    List<DomainScore> attention = i.domains().stream()
        .filter(d -> d.score() != null && d.score() <= ATTENTION)
        .sorted(Comparator.comparing(DomainScore::score)).toList();
    for (DomainScore d : attention) {
      String line = messages.get("timeline.broadIntake.domain", domain(d.domain()), d.score(),
          messages.get("broadIntake.score." + d.score()));
      details.add(d.note() == null || d.note().isBlank() ? line : line + ": " + d.note());
    }
    int others = i.domains().size() - attention.size();
    if (others > 0) {
      details.add(messages.get(attention.isEmpty() ? "timeline.broadIntake.allSelfReliant"
          : "timeline.broadIntake.othersSelfReliant", others));
    }
    details.add(messages.get("timeline.broadIntake.education", education(i.educationLevel()))
        + (blank(i.diplomas()) ? "" : " · " + i.diplomas()));
    if (!i.experience().isEmpty()) {
      details.add(messages.get("timeline.broadIntake.experience",
          String.join(", ", i.experience().stream().map(this::experience).toList())));
    }
    if (!i.talents().isEmpty()) {
      details.add(messages.get("timeline.broadIntake.talents", String.join(", ", i.talents())));
    }
    if (!blank(i.drives())) {
      details.add(messages.get("timeline.broadIntake.drives", i.drives()));
    }
    if (!blank(i.supportNeed())) {
      details.add(messages.get("timeline.broadIntake.supportNeed", i.supportNeed()));
    }
    details.add(messages.get(i.signalsWorkLimitation() ? "timeline.broadIntake.workLimitation"
        : "timeline.broadIntake.noWorkLimitation"));
    return details;
  }

  /** "Beoordeling arbeidsvermogen aanvragen bij het UWV", on the uitvraag that holds, while it is due. */
  String prompt(BroadIntake i) {
    List<BroadIntake> intakes = records.values().stream().filter(BroadIntake.class::isInstance)
        .map(BroadIntake.class::cast).toList();
    boolean holds = BroadIntake.newest(intakes).map(n -> n.id().equals(i.id())).orElse(false);
    List<Referral> referrals = records.values().stream().filter(Referral.class::isInstance)
        .map(Referral.class::cast).toList();
    return holds && BroadIntakeRules.asksForWorkCapacityReferral(config, intakes, referrals)
        ? messages.get("timeline.broadIntake.askUwv") : null;
  }

  /** "Orderpicker bij Distributiecentrum (3 jaar)". */
  private String experience(WorkExperience w) {
    String what = blank(w.organisation()) ? w.role() : messages.get("timeline.broadIntake.roleAt", w.role(),
        w.organisation());
    if (w.years() == null) {
      return what;
    }
    return what + " (" + (w.years() == 0 ? messages.get("broadIntake.lessThanAYear")
        : messages.get("broadIntake.years", w.years())) + ")";
  }

  /** A domain by its label; one the configuration has since dropped by its key. */
  private String domain(String key) {
    return policy() == null ? key : policy().domain(key).map(BroadIntakePolicy.Choice::label).orElse(key);
  }

  private String education(String key) {
    return policy() == null ? key : policy().educationLevel(key).map(BroadIntakePolicy.Choice::label).orElse(key);
  }

  private BroadIntakePolicy policy() {
    return config == null ? null : config.broadIntake();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
