package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.Corrections;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.ladder.Rung;

/**
 * Movement on the Participatieladder between two dates: a transition matrix of each candidate's
 * rung on date A (rows) against their rung on date B (columns). Definitions in docs/kpis.md.
 *
 * <ul>
 *   <li>Population: candidates whose file exists (not deleted) and was registered on or before B.</li>
 *   <li>Rung on a date: {@link LadderHistory#rungAt} over the steps in force ({@link Corrections}),
 *       so a correction made later counts from the date it carries.</li>
 *   <li>Row or column 0 is "no rung registered yet" on that date.</li>
 *   <li>Up, same, down: among candidates with a rung on both dates.</li>
 * </ul>
 */
public final class LadderTransitions {
  /** Index 0 is "no rung yet", 1–6 the rungs. */
  public static final int SIZE = Rung.HIGHEST + 1;

  private LadderTransitions() {}

  /** @param matrix {@code matrix[a][b]}: candidates on rung a at A and rung b at B */
  public record Result(LocalDate from, LocalDate to, int[][] matrix, int population, int withBoth,
      int up, int same, int down, int firstRung, int noRung) {

    public double shareUp() {
      return withBoth == 0 ? Double.NaN : (double) up / withBoth;
    }

    /** Candidates on rung {@code a} at A (a row's total). */
    public int onRungAt(int a) {
      int total = 0;
      for (int b = 0; b < SIZE; b++) {
        total += matrix[a][b];
      }
      return total;
    }

    public int movedUpFrom(int a) {
      int total = 0;
      for (int b = a + 1; b < SIZE; b++) {
        total += matrix[a][b];
      }
      return a == 0 ? 0 : total;
    }
  }

  public static Result compute(List<Synced<Candidate>> candidates, List<Synced<LadderStep>> steps,
      LocalDate from, LocalDate to) {
    Map<UUID, List<Synced<LadderStep>>> byCandidate = new HashMap<>();
    for (Synced<LadderStep> s : Corrections.inForce(steps, Synced::record)) {
      byCandidate.computeIfAbsent(s.record().candidateId(), k -> new ArrayList<>()).add(s);
    }
    int[][] matrix = new int[SIZE][SIZE];
    int population = 0;
    int withBoth = 0;
    int up = 0;
    int same = 0;
    int down = 0;
    int first = 0;
    int none = 0;
    for (Synced<Candidate> c : candidates) {
      if (c.syncedOn().isAfter(to)) {
        continue;
      }
      population++;
      List<Synced<LadderStep>> own = byCandidate.getOrDefault(c.record().id(), List.of());
      Optional<Integer> a = LadderHistory.rungAt(own, from);
      Optional<Integer> b = LadderHistory.rungAt(own, to);
      matrix[a.orElse(0)][b.orElse(0)]++;
      if (a.isPresent() && b.isPresent()) {
        withBoth++;
        int cmp = Integer.compare(b.get(), a.get());
        if (cmp > 0) {
          up++;
        } else if (cmp == 0) {
          same++;
        } else {
          down++;
        }
      } else if (b.isPresent()) {
        first++;
      } else {
        none++;
      }
    }
    return new Result(from, to, matrix, population, withBoth, up, same, down, first, none);
  }
}
