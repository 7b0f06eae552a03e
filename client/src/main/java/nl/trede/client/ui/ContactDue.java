package nl.trede.client.ui;

import java.time.LocalDate;
import java.util.Optional;
import nl.trede.config.ContactRule;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.CandidateFile;
import nl.trede.domain.Violations;
import nl.trede.domain.contact.Contact;

/**
 * When the next contact with a candidate is due and why (002 §4.4, 000 §5.3), by the
 * municipality's contact policy ({@link MunicipalityConfig#nextContactDue}); the reason lets a coach
 * see whether a date was agreed, follows from the plan, or is a municipal minimum such as
 * Overbetuwe's yearly contact for "meedoen".
 */
public record ContactDue(LocalDate due, Basis basis, Integer days) {
  /** What set the date. */
  public enum Basis { AGREED, PLAN, DEFAULT, RULE, INFLOW }

  public static Optional<ContactDue> of(MunicipalityConfig config, CandidateFile file, LocalDate today) {
    Optional<LocalDate> due = config.nextContactDue(file, today);
    if (due.isEmpty()) {
      return Optional.empty();
    }
    // The policy counts from the latest conversation: a no-show is no contact with the candidate.
    Optional<Contact> last = file.lastConversationOn(today);
    if (last.isEmpty()) {
      return Optional.of(new ContactDue(due.get(), Basis.INFLOW, null));
    }
    LocalDate lastDay = last.get().occurredAt().atZone(Violations.ZONE).toLocalDate();
    for (ContactRule rule : config.contactPolicy() == null ? java.util.List.<ContactRule>of()
        : config.contactPolicy().rules()) {
      if (rule.population().matches(file, today) && lastDay.plusDays(rule.maxDaysBetweenContacts()).equals(due.get())
          && (last.get().nextContactDate() == null || last.get().nextContactDate().isAfter(due.get()))) {
        return Optional.of(new ContactDue(due.get(), Basis.RULE, rule.maxDaysBetweenContacts()));
      }
    }
    if (last.get().nextContactDate() != null) {
      return Optional.of(new ContactDue(due.get(), Basis.AGREED, null));
    }
    var plan = file.candidate().plan();
    return plan != null && plan.contactFrequencyDays() != null
        ? Optional.of(new ContactDue(due.get(), Basis.PLAN, plan.contactFrequencyDays()))
        : Optional.of(new ContactDue(due.get(), Basis.DEFAULT,
            config.contactPolicy() == null ? null : config.contactPolicy().defaultFrequencyDays()));
  }

  public boolean overdue(LocalDate today) {
    return due.isBefore(today);
  }

  /** For a card in a list: "Contact 1 dec. 2026 · over 7 dagen" or "Te laat: 3 nov. 2026 (21 dagen)". */
  public String shortText(Messages messages, LocalDate today) {
    if (overdue(today)) {
      return messages.get("due.shortOverdue", messages.date(due), java.time.temporal.ChronoUnit.DAYS.between(due, today));
    }
    return messages.get("due.short", messages.date(due), messages.relativeDay(due, today));
  }

  /** "Volgend contact: 1 dec. 2026 (afgesproken)" or "3 weken te laat: 1 nov. 2026 (plan: elke 14 dagen)". */
  public String describe(Messages messages, LocalDate today) {
    String why = messages.get("due.basis." + basis.name(), days == null ? "" : days);
    if (overdue(today)) {
      long late = java.time.temporal.ChronoUnit.DAYS.between(due, today);
      return messages.get("due.overdue", messages.date(due), late, why);
    }
    return messages.get("due.next", messages.date(due), messages.relativeDay(due, today), why);
  }
}
