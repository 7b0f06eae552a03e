package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.Placement;

/**
 * The effort of a period split by where the candidates stood on the Participatieladder (002 §6.2:
 * "Daarnaast informeren we over onze inzet op participatie dan wel re-integratie voor deze doelgroep";
 * footnote 17: participatie is "activiteiten voor inwoners die zich bevinden op trede 1, 2 of 3 van de
 * Participatieladder", footnote 18: re-integratie those "op trede 4, 5 of 6"). Definitions and a worked
 * example in docs/kpis.md.
 *
 * <ul>
 *   <li>The rung group of an effort: the candidate's rung on its day ({@code CandidateFile.rungOn}),
 *       1–3 participatie, 4–6 re-integratie; no step by then: geen trede.</li>
 *   <li>Contacts: contacts in force (the corrections rule) that took place in the period; a no-show is
 *       no conversation and no effort spent (ours). Contacts after the file closed count too
 *       (aftercare is effort, 002 §3.4.2).</li>
 *   <li>Grants and spending: the instruments on placements, dated and valued as {@link
 *       InstrumentSpending} does (the grant date, else the placement's start; no amount is 0).</li>
 *   <li>Open files: the files open on the last day of the period by their own dates, by their rung
 *       then, to read the effort against.</li>
 * </ul>
 */
public final class EffortByRungGroup {
  /** Footnote 17: rungs 1–3 are participatie; footnote 18: rungs 4–6 re-integratie. */
  public enum RungGroup {
    PARTICIPATION, REINTEGRATION, NO_RUNG;

    static RungGroup of(Optional<Integer> rung) {
      return rung.isEmpty() ? NO_RUNG : rung.get() <= 3 ? PARTICIPATION : REINTEGRATION;
    }
  }

  private EffortByRungGroup() {}

  /** The effort on one rung group in the period. */
  public record Effort(RungGroup group, int openOnEnd, int contacts, int candidatesSpokenTo, int grants,
      int candidatesGranted, BigDecimal amount) {}

  public record Result(LocalDate from, LocalDate to, Map<RungGroup, Effort> perGroup, Effort total) {}

  private static final class Counter {
    int open;
    int contacts;
    final Set<UUID> spokenTo = new HashSet<>();
    int grants;
    final Set<UUID> granted = new HashSet<>();
    BigDecimal amount = BigDecimal.ZERO;

    Effort effort(RungGroup group) {
      return new Effort(group, open, contacts, spokenTo.size(), grants, granted.size(), amount);
    }
  }

  public static Result compute(Collection<CandidateFile> files, LocalDate from, LocalDate to) {
    Map<RungGroup, Counter> counters = new EnumMap<>(RungGroup.class);
    for (RungGroup g : RungGroup.values()) {
      counters.put(g, new Counter());
    }
    Counter total = new Counter();
    for (CandidateFile file : files) {
      UUID id = file.candidate().id();
      if (file.candidate().isOpenOn(to)) {
        counters.get(RungGroup.of(file.rungOn(to))).open++;
        total.open++;
      }
      for (Contact c : file.contacts()) {
        LocalDate day = c.occurredAt() == null ? null : c.occurredAt().atZone(Violations.ZONE).toLocalDate();
        if (c.noShow() || !FlowCounter.within(day, from, to)) {
          continue;
        }
        for (Counter counter : List.of(counters.get(RungGroup.of(file.rungOn(day))), total)) {
          counter.contacts++;
          counter.spokenTo.add(id);
        }
      }
      for (Placement p : file.placements()) {
        for (InstrumentUse use : p.instruments()) {
          LocalDate day = use.grantedOn() != null ? use.grantedOn() : p.startDate();
          if (!FlowCounter.within(day, from, to)) {
            continue;
          }
          for (Counter counter : List.of(counters.get(RungGroup.of(file.rungOn(day))), total)) {
            counter.grants++;
            counter.granted.add(id);
            counter.amount = counter.amount.add(use.amount() == null ? BigDecimal.ZERO : use.amount());
          }
        }
      }
    }
    Map<RungGroup, Effort> perGroup = new EnumMap<>(RungGroup.class);
    counters.forEach((g, c) -> perGroup.put(g, c.effort(g)));
    return new Result(from, to, perGroup, total.effort(null));
  }
}
