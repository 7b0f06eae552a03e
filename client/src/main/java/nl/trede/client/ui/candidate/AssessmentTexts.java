package nl.trede.client.ui.candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Corrections;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.assessment.AssessmentKind;
import nl.trede.domain.assessment.SkillResult;
import nl.trede.domain.placement.Placement;

/**
 * How a measurement reads on the timeline, as the console's file page says it: the taalmeter's three
 * verdicts and level, with the follow-up an onvoldoende asks for (000 §5.2); the loonwaarde beside
 * the one in force before it, so it can be followed over time (002 §4.4), and who measured it.
 */
final class AssessmentTexts {
  private final Messages messages;
  private final Map<UUID, DomainRecord> records;
  private final Map<UUID, String> employers;

  AssessmentTexts(Messages messages, Map<UUID, DomainRecord> records, Map<UUID, String> employers) {
    this.messages = messages;
    this.records = records;
    this.employers = employers;
  }

  /** "Taalmeter: taal voldoende, … · A2" or "Loonwaarde 65 % (was 50 %) · UWV". */
  String title(Assessment a, Corrections.Verdict corrections) {
    if (a.kind() == AssessmentKind.TAALMETER) {
      return messages.get("timeline.taalmeter", verdict(a.language()), verdict(a.numeracy()), verdict(a.digital()))
          + (a.languageLevel() == null ? "" : " · " + a.languageLevel());
    }
    Integer earlier = earlier(a, corrections);
    return (earlier == null ? messages.get("timeline.loonwaarde", a.wageValuePercent())
        : messages.get("timeline.loonwaardeAfter", a.wageValuePercent(), earlier))
        + (a.assessor() == null ? "" : " · " + a.assessor());
  }

  /** Where a loonwaarde was measured, and the note. */
  List<String> details(Assessment a) {
    List<String> details = new ArrayList<>();
    if (a.placementId() != null && records.get(a.placementId()) instanceof Placement p) {
      details.add(messages.get("timeline.assessmentAt", p.employerId() == null ? p.organisation()
          : employers.getOrDefault(p.employerId(), messages.get("common.unknown"))));
    }
    if (a.note() != null && !a.note().isBlank()) {
      details.add(a.note());
    }
    return details;
  }

  /** "Onvoldoende: vervolgtraject inzetten" for a taalmeter in force with an insufficient skill. */
  String prompt(Assessment a, Corrections.Verdict corrections) {
    return a.asksForFollowUp() && !corrections.notInForce().contains(a.id())
        ? messages.get("timeline.followUp") : null;
  }

  /** The loonwaarde in force measured last before this one: later corrections replace, not precede. */
  private Integer earlier(Assessment a, Corrections.Verdict corrections) {
    return records.values().stream()
        .filter(r -> r instanceof Assessment o && o.kind() == AssessmentKind.LOONWAARDE && o.date() != null
            && a.date() != null && o.date().isBefore(a.date()) && !corrections.notInForce().contains(o.id()))
        .map(Assessment.class::cast)
        .max(Comparator.comparing(Assessment::date))
        .map(Assessment::wageValuePercent).orElse(null);
  }

  private String verdict(SkillResult result) {
    return result == null ? messages.get("common.unknown") : messages.get("timeline.verdict." + result.name());
  }
}
