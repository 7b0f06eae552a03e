package nl.trede.domain.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.trede.domain.Corrections;
import nl.trede.domain.Violations;

/**
 * Which workplace signals of a file are still open: the one rule the field app's caseload and
 * candidate page and the console's candidate list and file all show (decision 0068). Lansingerland
 * 002 §3.4.3: "De jobcoaches houden onze uitvoeringsprofessionals op de hoogte van zaken die spelen op
 * de werkvloer, bijvoorbeeld dreigend baanverlies of als er behoefte is aan training of
 * ondersteuning."
 *
 * <p>The seed says the jobcoach informs; it is silent on how long a signal asks for attention. Ours:
 * a signal is open while the latest contact in force that carries it happened at most
 * {@link #OPEN_WEEKS} weeks ago and the file's case manager has recorded no contact with the
 * candidate after it (a no-show is not a conversation). The case manager's contact is the answer the
 * sentence asks for; the weeks keep a signal dealt with outside Trede (a call not recorded, a
 * colleague who stepped in) from standing on the card for good. A later contact of the jobcoach
 * without the signal does not close it: leaving a box unticked is not saying the risk is gone, and
 * the case manager is the one to hear of it. A correction of the contact counts with its own
 * signals, a withdrawn contact with none ({@link Corrections}: the version in force counts).
 */
public final class WorkplaceSignals {
  /** Ours (the seed is silent): about two months, so a case manager working monthly meets it twice. */
  public static final int OPEN_WEEKS = 8;

  private WorkplaceSignals() {}

  /**
   * An open signal and the contact in force that carries it (the latest such contact).
   *
   * @param day the day of that contact, in the Netherlands
   */
  public record Open(WorkplaceSignal signal, Contact contact, LocalDate day) {}

  /**
   * The open signals among a file's contacts, in the order of {@link WorkplaceSignal}.
   *
   * @param contacts the contacts of one file; every version may be given, the rule of corrections is
   *     applied here (a list already in force stays as it is)
   * @param caseManagerId the file's case manager, whose later contact answers a signal; null when the
   *     file has none (then only the weeks close it)
   * @param today the day the signals are asked for
   */
  public static List<Open> open(Collection<Contact> contacts, UUID caseManagerId, LocalDate today) {
    if (contacts == null || contacts.isEmpty()) {
      return List.of();
    }
    List<Contact> inForce = Corrections.inForce(contacts).stream()
        .filter(c -> c.occurredAt() != null).toList();
    LocalDate from = today.minusWeeks(OPEN_WEEKS);
    List<Open> open = new ArrayList<>();
    for (WorkplaceSignal signal : WorkplaceSignal.values()) {
      inForce.stream()
          .filter(c -> c.signals().contains(signal))
          .max(Comparator.comparing(Contact::occurredAt).thenComparing(Contact::id))
          .filter(c -> !dayOf(c).isBefore(from))
          .filter(c -> !answered(c, inForce, caseManagerId))
          .ifPresent(c -> open.add(new Open(signal, c, dayOf(c))));
    }
    return List.copyOf(open);
  }

  /** Whether the case manager spoke with the candidate after this contact. */
  private static boolean answered(Contact signalled, List<Contact> inForce, UUID caseManagerId) {
    return caseManagerId != null && inForce.stream().anyMatch(c -> Objects.equals(c.authorId(), caseManagerId)
        && !c.noShow() && c.occurredAt().isAfter(signalled.occurredAt()));
  }

  private static LocalDate dayOf(Contact c) {
    return c.occurredAt().atZone(Violations.ZONE).toLocalDate();
  }
}
