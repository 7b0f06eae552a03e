package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.trede.domain.Corrections;
import nl.trede.domain.ladder.LadderStep;

/** A candidate's rung on the Participatieladder at a date, from the ladder steps in force. */
public final class LadderHistory {
  private LadderHistory() {}

  /**
   * The rung of the latest step (in force) dated on or before {@code date}; of two steps on the same
   * day the one that reached the server last. Empty when no step was registered by then.
   *
   * @param steps the candidate's steps, already reduced to those in force ({@link Corrections})
   */
  public static Optional<Integer> rungAt(List<Synced<LadderStep>> steps, LocalDate date) {
    return steps.stream()
        .filter(s -> s.record().date() != null && !s.record().date().isAfter(date))
        .max(Comparator.<Synced<LadderStep>, LocalDate>comparing(s -> s.record().date())
            .thenComparingLong(Synced::seq))
        .map(s -> s.record().toRung());
  }
}
