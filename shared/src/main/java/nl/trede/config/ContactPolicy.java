package nl.trede.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;

/**
 * How often candidates are spoken to: the plan's frequency (002 §4.4), else this default, and
 * never less often than a matching rule allows. {@link #due} is the one definition of "when is the
 * next contact due" in Trede: the field app, the console's candidate list and the office's overdue
 * figures all ask it (docs/kpis.md, decision 0025). After a file closed for work, {@link #aftercare}
 * takes over (decision 0057); {@link ContactDue#of} reads both.
 *
 * @param aftercare the nazorg schedule after an exit to work (002 §3.4.2); {@code null}: none
 * @param firstContactDays a new file nobody spoke to yet is due within this many days of its start,
 *     when that is sooner than its frequency: Dalfsen's "Extra inzet ... bij de start van de uitkering",
 *     "mensen die een uitkering is toegekend snel op te pakken" (003 §2B); {@code null}: the frequency
 */
public record ContactPolicy(int defaultFrequencyDays, List<ContactRule> rules, Aftercare aftercare,
    Integer firstContactDays) {
  /** For a municipality that set no policy: every six weeks, the shipped files' default. */
  public static final ContactPolicy DEFAULT = new ContactPolicy(42, List.of(), null, null);

  public ContactPolicy {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** A policy without aftercare. */
  public ContactPolicy(int defaultFrequencyDays, List<ContactRule> rules) {
    this(defaultFrequencyDays, rules, null, null);
  }

  /** A policy without a first-contact term. */
  public ContactPolicy(int defaultFrequencyDays, List<ContactRule> rules, Aftercare aftercare) {
    this(defaultFrequencyDays, rules, aftercare, null);
  }

  /** The next aftercare contact of a file closed for work; empty without a schedule (see {@link Aftercare#due}). */
  public Optional<Aftercare.Due> aftercareDue(CandidateFile file, LocalDate today) {
    return aftercare == null ? Optional.empty() : aftercare.due(file, today);
  }

  /**
   * When the next contact is due, and what it follows from.
   *
   * @param lastConversation the last contact where the candidate showed up, a group contact
   *     attended included; {@code null} when nobody has spoken to them yet (then {@code since} is
   *     when the clock started)
   * @param since the day the clock runs from: the last conversation, or the start of the file
   * @param frequencyDays the plan's frequency, or the municipality's default
   * @param agreed whether {@code date} is the date agreed at the last individual conversation
   * @param capped whether a rule (such as Overbetuwe's yearly contact for "meedoen") brought the
   *     date forward
   * @param inGroup whether the last conversation was a group contact ({@link GroupContacts})
   */
  public record Due(LocalDate date, LocalDate lastConversation, LocalDate since, int frequencyDays,
      boolean agreed, boolean capped, boolean inGroup) {

    /** Late on {@code day}: the due date lies before it (on the due date itself it is not late yet). */
    public boolean overdueOn(LocalDate day) {
      return date.isBefore(day);
    }
  }

  /**
   * When the next contact with this candidate is due, as seen at the end of {@code today}:
   * <ol>
   *   <li>the date agreed at the last conversation (the last contact on or before today where the
   *       candidate showed up: a no-show is not a conversation and does not reset the clock);</li>
   *   <li>else that conversation plus the plan's contact frequency, or the default frequency;</li>
   *   <li>a group contact the candidate attended ({@link CandidateFile#groupContacts}) after the last
   *       individual conversation is the last conversation: the clock runs from its day by the
   *       frequency, but a date agreed at that individual conversation that still lay ahead on the
   *       group's day stands (ours, decision 0064: a meeting in a group does not cancel an
   *       appointment made with the person);</li>
   *   <li>nobody spoke to them yet: the start of the file plus that frequency, or plus
   *       {@link #firstContactDays} when that is sooner, the start being the inflow date or, when it
   *       is later or unknown, {@code knownSince} (contacts before Trede knew the file were not
   *       recorded in it);</li>
   *   <li>never later than a rule whose population the candidate is in allows after the last
   *       conversation (or the start).</li>
   * </ol>
   * Empty for a file that is not open today (closed, or opened later), and for one without
   * conversation whose start is unknown.
   *
   * @param knownSince the day Trede first knew the file; may be {@code null}
   */
  public Optional<Due> due(CandidateFile file, LocalDate today, LocalDate knownSince) {
    Candidate current = file.candidate();
    if (!current.isOpenOn(today)) {
      return Optional.empty();
    }
    // The plan as it stood that day; inflow and exit as the file knows them now (an exit is often
    // registered after its date).
    Candidate then = file.candidateOn(today);
    int frequency = then.plan() != null && then.plan().contactFrequencyDays() != null
        ? then.plan().contactFrequencyDays() : defaultFrequencyDays;
    Optional<Contact> last = file.lastConversationOn(today);
    LocalDate spoken = last.map(c -> c.occurredAt().atZone(Violations.ZONE).toLocalDate()).orElse(null);
    LocalDate agreedDate = last.map(Contact::nextContactDate).orElse(null);
    LocalDate group = file.lastGroupContactOn(today).filter(d -> spoken == null || d.isAfter(spoken)).orElse(null);
    LocalDate since;
    LocalDate date;
    boolean agreed;
    if (group != null) {
      since = group;
      agreed = agreedDate != null && agreedDate.isAfter(group);
      date = agreed ? agreedDate : group.plusDays(frequency);
    } else if (spoken != null) {
      since = spoken;
      agreed = agreedDate != null;
      date = agreed ? agreedDate : since.plusDays(frequency);
    } else {
      agreed = false;
      LocalDate inflow = current.inflow() == null ? null : current.inflow().date();
      since = inflow == null ? knownSince
          : knownSince != null && knownSince.isAfter(inflow) ? knownSince : inflow;
      if (since == null) {
        return Optional.empty();
      }
      date = since.plusDays(firstContactDays == null ? frequency : Math.min(frequency, firstContactDays));
    }
    boolean capped = false;
    for (ContactRule rule : rules) {
      if (rule.population().matches(file, today)) {
        LocalDate latest = since.plusDays(rule.maxDaysBetweenContacts());
        if (latest.isBefore(date)) {
          date = latest;
          capped = true;
        }
      }
    }
    return Optional.of(new Due(date, group != null ? group : spoken, since, frequency, agreed && !capped, capped,
        group != null));
  }
}
