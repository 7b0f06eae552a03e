package nl.trede.client.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Plan;

/**
 * When the next contact with a candidate is due and why (002 §4.4, 000 §5.3), by the
 * municipality's contact policy ({@link MunicipalityConfig#contactDue}); the reason lets a coach
 * see whether a date was agreed, follows from the plan, or is a municipal minimum such as
 * Overbetuwe's yearly contact for "meedoen".
 */
public record ContactDue(LocalDate due, Basis basis, Integer days) {
  /** What set the date. */
  public enum Basis { AGREED, PLAN, DEFAULT, RULE, INFLOW }

  /** What the municipality's contact policy answers, with the reason it gives. */
  public static Optional<ContactDue> of(MunicipalityConfig config, CandidateFile file, LocalDate today) {
    return config.contactDue(file, today).map(due -> {
      if (due.lastConversation() == null) {
        return new ContactDue(due.date(), Basis.INFLOW, null);
      }
      if (due.capped()) {
        return new ContactDue(due.date(), Basis.RULE, (int) ChronoUnit.DAYS.between(due.since(), due.date()));
      }
      if (due.agreed()) {
        return new ContactDue(due.date(), Basis.AGREED, null);
      }
      Plan plan = file.candidateOn(today).plan();
      boolean fromPlan = plan != null && plan.contactFrequencyDays() != null;
      return new ContactDue(due.date(), fromPlan ? Basis.PLAN : Basis.DEFAULT, due.frequencyDays());
    });
  }

  public boolean overdue(LocalDate today) {
    return due.isBefore(today);
  }

  /** For a card in a list: "Contact 1 dec. 2026 · over 7 dagen" or "Te laat: 3 nov. 2026 (21 dagen)". */
  public String shortText(Messages messages, LocalDate today) {
    if (overdue(today)) {
      return messages.get("due.shortOverdue", messages.date(due), ChronoUnit.DAYS.between(due, today));
    }
    return messages.get("due.short", messages.date(due), messages.relativeDay(due, today));
  }

  /** "Volgend contact: 1 dec. 2026 (afgesproken)" or "3 weken te laat: 1 nov. 2026 (plan: elke 14 dagen)". */
  public String describe(Messages messages, LocalDate today) {
    String why = messages.get("due.basis." + basis.name(), days == null ? "" : days);
    if (overdue(today)) {
      long late = ChronoUnit.DAYS.between(due, today);
      return messages.get("due.overdue", messages.date(due), late, why);
    }
    return messages.get("due.next", messages.date(due), messages.relativeDay(due, today), why);
  }
}
