package nl.trede.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;

/**
 * Nazorg after someone left benefit for a job. Lansingerland (002 §3.4.2): "Als inwoners geen
 * uitkering meer nodig hebben, omdat zij een baan hebben gevonden, nemen onze
 * uitvoeringsprofessionals nog een aantal keer contact op met deze inwoners." The seed names no
 * number and no days, so the schedule is the municipality's configuration (decision 0057).
 *
 * <p>Only {@link ExitReason#WORK}: "een baan gevonden", and the questions of §3.4.2 (the work, the
 * werkplek, the werkgever) are about a job; self-employment is not one.
 *
 * @param afterExitDays the aftercare contacts, as days after the exit date, ascending
 * @param source where the municipality asks for aftercare
 */
public record Aftercare(List<Integer> afterExitDays, String source) {
  public Aftercare {
    afterExitDays = afterExitDays == null ? List.of() : List.copyOf(afterExitDays);
  }

  /** The aftercare contact due, and the step of the schedule it is. */
  public record Due(LocalDate date, int afterExitDays) {}

  /**
   * The next aftercare contact for a file closed on or before {@code today} with an exit to work:
   * the exit date plus the first step not yet met. Each aftercare conversation (a contact marked
   * aftercare, in force after corrections, not a no-show) on or after the exit date and on or before
   * {@code today} meets one step, in order: a coach who calls early has still called. Empty for an
   * open file, another exit reason, or once every step is met.
   */
  public Optional<Due> due(CandidateFile file, LocalDate today) {
    Exit exit = file.candidate().exit();
    if (exit == null || exit.date() == null || exit.reason() != ExitReason.WORK || exit.date().isAfter(today)) {
      return Optional.empty();
    }
    long met = file.contacts().stream().filter(c -> c.aftercare() && !c.noShow() && c.occurredAt() != null)
        .map(c -> c.occurredAt().atZone(Violations.ZONE).toLocalDate())
        .filter(day -> !day.isBefore(exit.date()) && !day.isAfter(today))
        .count();
    if (met >= afterExitDays.size()) {
      return Optional.empty();
    }
    int days = afterExitDays.get((int) met);
    return Optional.of(new Due(exit.date().plusDays(days), days));
  }

  /** At least one step, each after the exit and later than the one before, within two years; none is fine. */
  static void check(Violations v, Aftercare aftercare) {
    if (aftercare != null) {
      aftercare.check(v);
    }
  }

  private void check(Violations v) {
    v.required("contactPolicy.aftercare.afterExitDays", afterExitDays.isEmpty() ? null : afterExitDays);
    for (int i = 0; i < afterExitDays.size(); i++) {
      String at = "contactPolicy.aftercare.afterExitDays[" + i + "]";
      int days = afterExitDays.get(i);
      v.range(at, days, 1, 730);
      if (i > 0 && days <= afterExitDays.get(i - 1)) {
        v.add(at, "ascending", "each aftercare contact comes later than the one before");
      }
    }
  }
}
