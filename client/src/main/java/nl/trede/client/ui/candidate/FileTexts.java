package nl.trede.client.ui.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PremiumEligibility;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementEvaluation;

/** How the parts of a file read on the candidate's page: plan, work, inflow and exit, exemptions, placements. */
final class FileTexts {
  private final Messages messages;

  FileTexts(Messages messages) {
    this.messages = messages;
  }

  String plan(Candidate c) {
    if (c.plan() == null) {
      return messages.get("candidate.noPlan");
    }
    List<String> lines = new ArrayList<>();
    if (c.plan().goals() != null) {
      lines.add(messages.get("plan.goals", c.plan().goals()));
    }
    if (c.plan().support() != null) {
      lines.add(messages.get("plan.support", c.plan().support()));
    }
    if (c.plan().contactFrequencyDays() != null) {
      lines.add(messages.get("plan.frequency", c.plan().contactFrequencyDays()));
    }
    if (c.plan().expectedDurationMonths() != null) {
      lines.add(messages.get("plan.duration", c.plan().expectedDurationMonths()));
    }
    if (c.plan().justification() != null) {
      lines.add(messages.get("plan.justification", c.plan().justification()));
    }
    return String.join("\n", lines);
  }

  /** What a jobhunter's match and a placement look at: hours, language, certificates. */
  String work(Candidate c) {
    List<String> parts = new ArrayList<>();
    if (c.availableHoursPerWeek() != null) {
      parts.add(messages.get("candidate.available", messages.decimal(c.availableHoursPerWeek())));
    }
    if (c.languageLevel() != null) {
      parts.add(messages.get("candidate.language", c.languageLevel()));
    }
    if (!c.certificates().isEmpty()) {
      parts.add(messages.get("candidate.certificates", c.certificates().stream().map(messages::label)
          .collect(Collectors.joining(", "))));
    }
    return parts.isEmpty() ? null : String.join(" · ", parts);
  }

  /**
   * The benefit (its kind and since when, or none), when and why the file was opened, and closed
   * (uitstroom) when it was. A file on benefit without a recorded kind reads as bijstand (decision 0067).
   */
  String file(Candidate c) {
    List<String> lines = new ArrayList<>();
    // Benefit and inflow share a line: the card must leave "Contactmoment vastleggen" on a phone's
    // first screen (360×640), and the kind is named short here ("Bijstand", not the form's longer label).
    String benefit = c.benefitStartDate() == null ? messages.get("candidate.noBenefit")
        : messages.get("candidate.benefit", messages.get("candidate.benefitShort." + c.benefitKindAsRead().name()),
            messages.date(c.benefitStartDate()));
    if (c.inflow() != null && c.inflow().date() != null) {
      benefit += " · " + messages.get("candidate.inflow", messages.date(c.inflow().date()),
          messages.label(c.inflow().reason()));
    }
    lines.add(benefit);
    if (c.exit() != null && c.exit().date() != null) {
      lines.add(messages.get("candidate.exit", messages.date(c.exit().date()), messages.label(c.exit().reason())));
    }
    return String.join("\n", lines);
  }

  CandidatePresenter.PlacementCard card(Placement p, Map<UUID, String> employers, LocalDate today) {
    String where = p.employerId() != null ? employers.getOrDefault(p.employerId(), messages.get("common.unknown"))
        : p.organisation();
    String title = messages.get("placement.card", messages.label(p.kind()), where);
    String period = p.endDate() != null ? messages.get("placement.ended", messages.date(p.startDate()),
        messages.date(p.endDate()))
        : p.plannedEndDate() != null ? messages.get("placement.until", messages.date(p.startDate()),
            messages.date(p.plannedEndDate()))
        : messages.get("placement.since", messages.date(p.startDate()));
    String coaching = null;
    boolean overrun = p.coachingOverrun(today);
    if (p.jobcoaching() != null && p.jobcoaching().coachKind() != null) {
      coaching = overrun ? messages.get("placement.coachingOverrun", messages.date(p.jobcoaching().plannedEndDate()))
          : messages.get("placement.coachingUntil", messages.label(p.jobcoaching().coachKind()),
              messages.date(p.jobcoaching().plannedEndDate()));
    }
    return new CandidatePresenter.PlacementCard(p.id(), title, period, coaching, overrun, evaluation(p));
  }

  /** How an ended placement worked (003 §1B); an ended one without evaluation says so, as a nudge. */
  private String evaluation(Placement p) {
    PlacementEvaluation e = p.evaluation();
    if (e == null) {
      return p.endDate() == null ? null : messages.get("placement.notEvaluated");
    }
    return e.rated() ? messages.get("placement.evaluated", messages.label(e.outcome()), e.clientExperience(),
        e.professionalExperience()) : messages.get("placement.evaluatedUnrated", messages.label(e.outcome()));
  }


  /** Each exemption in a line: its kind, its period, its reason. */
  List<String> exemptions(Candidate c) {
    List<String> lines = new ArrayList<>();
    for (Exemption e : c.exemptions()) {
      String period = e.from() != null && e.until() != null
          ? messages.get("exemption.between", messages.date(e.from()), messages.date(e.until()))
          : e.until() != null ? messages.get("exemption.until", messages.date(e.until()))
          : e.from() != null ? messages.get("exemption.since", messages.date(e.from()))
          : "";
      lines.add(messages.get("exemption.line", messages.label(e.kind()), period, e.reason()));
    }
    return lines;
  }

  /** The hours of taking part per activity in one line; null when none are recorded. */
  String participation(Candidate c) {
    return c.participation().isEmpty() ? null : messages.get("candidate.participation", c.participation().stream()
        .map(p -> messages.get("candidate.participationHours", messages.label(p.activity()),
            messages.decimal(p.hoursPerWeek())))
        .collect(Collectors.joining(", ")));
  }

  /**
   * "Uitstroompremie: voorwaarden vervuld sinds 2 dec. 2025" or "… vanaf 2 feb. 2027" while the person
   * is still at work; null when the municipality has no premium, it was granted, or no work qualifies
   * (002 §3.3.9; the conditions are {@link PremiumEligibility}'s, decision 0057).
   */
  String premium(MunicipalityConfig config, CandidateFile file, LocalDate today) {
    return PremiumEligibility.of(config, file.candidate(), file.placements(), today)
        .map(e -> messages.get(e.met() ? "candidate.premiumMet" : "candidate.premiumFrom", e.instrument().name(),
            messages.date(e.since())))
        .orElse(null);
  }
}
