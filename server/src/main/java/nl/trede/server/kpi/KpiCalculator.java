package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.KpiDefinition;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PeriodKind;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Candidate;

/**
 * Computes a municipality's KPIs from its candidate files: the one place where the period rules of
 * docs/kpis.md ("Municipality KPIs (configuration)") are applied. Pure: no database, no clock; the
 * same files and period always give the same figures.
 *
 * <p>For a period [from, to] (both days included):
 * <ol>
 *   <li>a file is counted when it is open on some day of the period: opened on or before {@code to}
 *       (or from before Trede) and not closed before {@code from} (a file closed within the period
 *       counts: its exit is what some KPIs measure);</li>
 *   <li>it belongs to the KPI's population when it matches the population on its reference day:
 *       {@code from}, or its inflow date when that is later; classification and flags as they were at
 *       the end of that day, rung, age and months on benefit on that day;</li>
 *   <li>its success is the KPI's condition inside its own file window: from the later of {@code from}
 *       and the inflow date to the earlier of {@code to} and the exit date, both included. A step up
 *       before the file was opened, or a reclassification after it was closed, is no success of
 *       the period.</li>
 * </ol>
 * A net change (a KPI with a baseline) counts the files in the population on the baseline day and on
 * {@code to}, each on that day: open then, and matching then.
 */
public final class KpiCalculator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private KpiCalculator() {}

  public static KpiReport compute(MunicipalityConfig config, Collection<CandidateFile> files, LocalDate from,
      LocalDate to) {
    List<KpiResult> results = new ArrayList<>();
    for (KpiDefinition kpi : config.kpis()) {
      results.add(compute(kpi, files, from, to));
    }
    return new KpiReport(config.municipality(), config.name(), config.version(), from, to, results);
  }

  public static KpiResult compute(KpiDefinition kpi, Collection<CandidateFile> files, LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("a period runs from a day to the same or a later day, not " + from + " to " + to);
    }
    Counted counted = count(kpi, files, from, to);
    List<KpiResult.Point> course = new ArrayList<>();
    for (LocalDate end : reviewEnds(kpi.reviewedPer(), from, to)) {
      Counted then = end.equals(to) ? counted : count(kpi, files, from, end);
      course.add(new KpiResult.Point(end, then.population().size(), then.successes().size(), then.percentage(),
          then.met()));
    }
    return new KpiResult(kpi.key(), kpi.title(), kpi.description(), from, to, kpi.period(), kpi.reviewedPer(),
        counted.population().size(), counted.successes().size(), counted.percentage(), kpi.targetPercent(),
        counted.met(), kpi.source(), counted.population(), counted.successes(), kpi.baseline(), counted.baseline(),
        kpi.counted(), course);
  }

  /** The figure of one KPI over [from, to]. */
  private record Counted(List<UUID> population, List<UUID> successes, List<UUID> baseline, BigDecimal percentage,
      Boolean met) {}

  private static Counted count(KpiDefinition kpi, Collection<CandidateFile> files, LocalDate from, LocalDate to) {
    return kpi.isNetChange() ? netChange(kpi, files, to) : share(kpi, files, from, to);
  }

  private static Counted share(KpiDefinition kpi, Collection<CandidateFile> files, LocalDate from, LocalDate to) {
    List<UUID> population = new ArrayList<>();
    List<UUID> successes = new ArrayList<>();
    for (CandidateFile file : files) {
      Candidate candidate = file.candidate();
      if (!openInPeriod(candidate, from, to) || !kpi.population().matches(file, referenceDay(candidate, from))) {
        continue;
      }
      population.add(candidate.id());
      LocalDate windowFrom = referenceDay(candidate, from);
      LocalDate windowTo = windowEnd(candidate, to);
      if (!windowTo.isBefore(windowFrom) && kpi.success().holds(file, windowFrom, windowTo)) {
        successes.add(candidate.id());
      }
    }
    int n = population.size();
    BigDecimal percentage = n == 0 ? null
        : BigDecimal.valueOf(successes.size()).multiply(HUNDRED).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    // Unrounded: 39.96 % is not 40 %.
    Boolean met = n == 0 ? null
        : BigDecimal.valueOf(successes.size()).multiply(HUNDRED)
            .compareTo(kpi.targetPercent().multiply(BigDecimal.valueOf(n))) >= 0;
    return new Counted(population, successes, List.of(), percentage, met);
  }

  /**
   * Lansingerland 002 §1.2 "het aantal bijstandsgerechtigden ... te verlagen met 15%": the number in
   * the population on {@code to} against the number on the baseline day, inflow included. Who left
   * counts as a "success" for the list behind the figure.
   */
  private static Counted netChange(KpiDefinition kpi, Collection<CandidateFile> files, LocalDate to) {
    List<UUID> before = new ArrayList<>();
    List<UUID> now = new ArrayList<>();
    for (CandidateFile file : files) {
      if (inPopulationOn(kpi, file, kpi.baseline())) {
        before.add(file.candidate().id());
      }
      if (inPopulationOn(kpi, file, to)) {
        now.add(file.candidate().id());
      }
    }
    Set<UUID> stayed = new HashSet<>(now);
    List<UUID> left = before.stream().filter(id -> !stayed.contains(id)).toList();
    int base = before.size();
    BigDecimal difference = BigDecimal.valueOf((long) now.size() - base).multiply(HUNDRED);
    BigDecimal percentage = base == 0 ? null : difference.divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    // Unrounded, as for a share: a fall of 14.96 % is not a fall of 15 %.
    int reached = difference.compareTo(kpi.targetPercent().multiply(BigDecimal.valueOf(base)));
    Boolean met = base == 0 ? null : kpi.targetPercent().signum() < 0 ? reached <= 0 : reached >= 0;
    return new Counted(now, left, before, percentage, met);
  }

  private static boolean inPopulationOn(KpiDefinition kpi, CandidateFile file, LocalDate day) {
    return file.candidate().isOpenOn(day) && kpi.population().matches(file, day);
  }

  /** Open on some day of [from, to]: opened by {@code to}, and not closed before {@code from}. */
  static boolean openInPeriod(Candidate candidate, LocalDate from, LocalDate to) {
    boolean opened = candidate.inflow() == null || candidate.inflow().date() == null
        || !candidate.inflow().date().isAfter(to);
    boolean notYetClosed = candidate.exit() == null || candidate.exit().date() == null
        || !candidate.exit().date().isBefore(from);
    return opened && notYetClosed;
  }

  /**
   * The day the population is judged on, and the first day of the file window: the first day of the
   * period, or the inflow date when later.
   */
  static LocalDate referenceDay(Candidate candidate, LocalDate from) {
    LocalDate inflow = candidate.inflow() == null ? null : candidate.inflow().date();
    return inflow != null && inflow.isAfter(from) ? inflow : from;
  }

  /** The last day of the file window: the last day of the period, or the exit date when earlier. */
  static LocalDate windowEnd(Candidate candidate, LocalDate to) {
    LocalDate exit = candidate.exit() == null ? null : candidate.exit().date();
    return exit != null && exit.isBefore(to) ? exit : to;
  }

  /** The last day of each review period that ends within [from, to], and {@code to} itself. */
  static List<LocalDate> reviewEnds(PeriodKind review, LocalDate from, LocalDate to) {
    List<LocalDate> ends = new ArrayList<>();
    for (LocalDate end = periodEnd(review, from); end.isBefore(to); end = periodEnd(review, end.plusDays(1))) {
      ends.add(end);
    }
    ends.add(to);
    return ends;
  }

  /** The last day of the calendar month, quarter or year that holds this day. */
  static LocalDate periodEnd(PeriodKind kind, LocalDate day) {
    return switch (kind) {
      case MONTH -> day.withDayOfMonth(day.lengthOfMonth());
      case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
      case YEAR -> day.withDayOfYear(day.lengthOfYear());
    };
  }
}
