package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.trede.domain.Corrections;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingHours;

/**
 * Jobcoach hours per employer, per jobcoach and per month in a period (DOMAIN §6, 000 Bijlage A).
 * Definitions in docs/kpis.md.
 *
 * <ul>
 *   <li>Entries: coaching-hours entries in force ({@link Corrections}: a correction's hours replace
 *       the corrected entry's, also when the two lie in different periods) dated within the period,
 *       both ends included.</li>
 *   <li>Hours: quarter hours / 4. Jobcoach: who booked the entry (its author); the kind of coach
 *       (municipal, the employer's own, external) is counted apart.</li>
 *   <li>Candidates: distinct candidates with at least one entry in the group.</li>
 * </ul>
 */
public final class CoachingHoursReport {
  private CoachingHoursReport() {}

  /** One group (an employer or a jobcoach). */
  public record Line(UUID id, BigDecimal hours, int entries, int candidates) {}

  public record Month(YearMonth month, BigDecimal hours, int entries) {}

  public record Result(LocalDate from, LocalDate to, BigDecimal hours, int entries, int candidates,
      List<Line> perEmployer, List<Line> perJobcoach, List<Month> perMonth, Map<CoachKind, BigDecimal> perKind) {}

  public static Result compute(List<Synced<CoachingHours>> entries, LocalDate from, LocalDate to) {
    List<CoachingHours> inPeriod = Corrections.inForce(entries, Synced::record)
        .stream().map(Synced::record)
        .filter(h -> h.date() != null && !h.date().isBefore(from) && !h.date().isAfter(to))
        .toList();
    BigDecimal total = BigDecimal.ZERO;
    Set<UUID> candidates = new HashSet<>();
    Map<YearMonth, BigDecimal> monthHours = new LinkedHashMap<>();
    Map<YearMonth, Integer> monthEntries = new HashMap<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      monthHours.put(m, BigDecimal.ZERO);
      monthEntries.put(m, 0);
    }
    Map<CoachKind, BigDecimal> perKind = new EnumMap<>(CoachKind.class);
    for (CoachKind kind : CoachKind.values()) {
      perKind.put(kind, BigDecimal.ZERO);
    }
    for (CoachingHours h : inPeriod) {
      total = total.add(h.hours());
      candidates.add(h.candidateId());
      YearMonth m = YearMonth.from(h.date());
      monthHours.merge(m, h.hours(), BigDecimal::add);
      monthEntries.merge(m, 1, Integer::sum);
      if (h.coachKind() != null) {
        perKind.merge(h.coachKind(), h.hours(), BigDecimal::add);
      }
    }
    List<Month> perMonth = new ArrayList<>();
    monthHours.forEach((m, hours) -> perMonth.add(new Month(m, hours, monthEntries.get(m))));
    return new Result(from, to, total, inPeriod.size(), candidates.size(),
        group(inPeriod, CoachingHours::employerId), group(inPeriod, CoachingHours::authorId), perMonth, perKind);
  }

  private static List<Line> group(List<CoachingHours> entries, Function<CoachingHours, UUID> key) {
    Map<UUID, BigDecimal> hours = new LinkedHashMap<>();
    Map<UUID, Integer> count = new HashMap<>();
    Map<UUID, Set<UUID>> candidates = new HashMap<>();
    for (CoachingHours h : entries) {
      UUID k = key.apply(h);
      hours.merge(k, h.hours(), BigDecimal::add);
      count.merge(k, 1, Integer::sum);
      candidates.computeIfAbsent(k, x -> new HashSet<>()).add(h.candidateId());
    }
    List<Line> lines = new ArrayList<>();
    hours.forEach((k, v) -> lines.add(new Line(k, v, count.get(k), candidates.get(k).size())));
    lines.sort(Comparator.comparing(Line::hours).reversed().thenComparing(l -> String.valueOf(l.id())));
    return lines;
  }
}
