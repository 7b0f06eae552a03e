package nl.trede.config;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Plan;

/**
 * When the next contact with a candidate is due and why (002 §4.4, 000 §5.3), by the
 * municipality's contact policy ({@link MunicipalityConfig#contactDue}); the reason lets a coach
 * see whether a date was agreed, follows from the plan, or is a municipal minimum such as
 * Overbetuwe's yearly contact for "meedoen". It lives beside the policy rather than beside the
 * contact record: the policy reads contacts, so a contact package that read the policy would make
 * a cycle. A file closed for work has its nazorg due ({@link Basis#AFTERCARE}, 002 §3.4.2) until the
 * municipality's schedule is done; any other closed file has none.
 *
 * @param days the frequency (plan or default) or the rule's maximum the date follows from; null
 *     for an agreed date or a first contact; for aftercare, the step's days after the exit
 * @param groupContact the day of the group contact the candidate attended that was the last
 *     conversation ({@link GroupContacts}), so a coach sees why the clock restarted without an
 *     individual contact; null when the last conversation was individual or there was none
 */
public record ContactDue(LocalDate due, Basis basis, Integer days, LocalDate groupContact) {
  /** What set the date. */
  public enum Basis { AGREED, PLAN, DEFAULT, RULE, INFLOW, AFTERCARE }

  /** A due date that does not follow a group contact. */
  public ContactDue(LocalDate due, Basis basis, Integer days) {
    this(due, basis, days, null);
  }

  /** What the municipality's contact policy answers, with the reason it gives. */
  public static Optional<ContactDue> of(MunicipalityConfig config, CandidateFile file, LocalDate today) {
    Optional<ContactPolicy.Due> open = config.contactDue(file, today);
    if (open.isEmpty()) {
      return config.policy().aftercareDue(file, today)
          .map(due -> new ContactDue(due.date(), Basis.AFTERCARE, due.afterExitDays()));
    }
    return open.map(due -> {
      if (due.lastConversation() == null) {
        return new ContactDue(due.date(), Basis.INFLOW, null);
      }
      LocalDate group = due.inGroup() ? due.lastConversation() : null;
      if (due.capped()) {
        return new ContactDue(due.date(), Basis.RULE, (int) ChronoUnit.DAYS.between(due.since(), due.date()), group);
      }
      if (due.agreed()) {
        return new ContactDue(due.date(), Basis.AGREED, null, group);
      }
      Plan plan = file.candidateOn(today).plan();
      boolean fromPlan = plan != null && plan.contactFrequencyDays() != null;
      return new ContactDue(due.date(), fromPlan ? Basis.PLAN : Basis.DEFAULT, due.frequencyDays(), group);
    });
  }

  /** A nazorg contact after the file closed for work, not a contact of an open file. */
  public boolean aftercare() {
    return basis == Basis.AFTERCARE;
  }

  public boolean overdue(LocalDate today) {
    return due.isBefore(today);
  }
}
