package nl.trede.client.ui.kit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.trede.config.ContactDue;

/** How the field screens say when the next contact is due: the rule is {@link ContactDue}'s, the words are here. */
public final class ContactDueText {
  private ContactDueText() {}

  /** For a card in a list: "Contact 1 dec. 2026 · over 7 dagen" or "Te laat: 3 nov. 2026 (21 dagen)". */
  public static String shortText(ContactDue due, Messages messages, LocalDate today) {
    if (due.overdue(today)) {
      return messages.get("due.shortOverdue", messages.date(due.due()), ChronoUnit.DAYS.between(due.due(), today));
    }
    return messages.get("due.short", messages.date(due.due()), messages.relativeDay(due.due(), today));
  }

  /**
   * "Volgend contact: 1 dec. 2026 (afgesproken)" or "3 weken te laat: 1 nov. 2026 (plan: elke 14 dagen)";
   * after a group contact it says so, or a coach who never spoke to the candidate alone would wonder
   * why the clock restarted (decision 0064).
   */
  public static String describe(ContactDue due, Messages messages, LocalDate today) {
    String why = messages.get("due.basis." + due.basis().name(), due.days() == null ? "" : due.days());
    if (due.groupContact() != null) {
      why = messages.get("due.afterGroup", why, messages.date(due.groupContact()));
    }
    if (due.overdue(today)) {
      long late = ChronoUnit.DAYS.between(due.due(), today);
      return messages.get("due.overdue", messages.date(due.due()), late, why);
    }
    return messages.get("due.next", messages.date(due.due()), messages.relativeDay(due.due(), today), why);
  }
}
