package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.trede.config.KpiDefinition;
import nl.trede.config.MunicipalityConfig;
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
 *   <li>its success is the KPI's condition over the whole period [from, to].</li>
 * </ol>
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
    List<UUID> population = new ArrayList<>();
    List<UUID> successes = new ArrayList<>();
    for (CandidateFile file : files) {
      if (!openInPeriod(file.candidate(), from, to)
          || !kpi.population().matches(file, referenceDay(file.candidate(), from))) {
        continue;
      }
      population.add(file.candidate().id());
      if (kpi.success().holds(file, from, to)) {
        successes.add(file.candidate().id());
      }
    }
    int n = population.size();
    BigDecimal percentage = n == 0 ? null
        : BigDecimal.valueOf(successes.size()).multiply(HUNDRED).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    // Unrounded: 39.96 % is not 40 %.
    Boolean met = n == 0 ? null
        : BigDecimal.valueOf(successes.size()).multiply(HUNDRED)
            .compareTo(kpi.targetPercent().multiply(BigDecimal.valueOf(n))) >= 0;
    return new KpiResult(kpi.key(), kpi.title(), kpi.description(), from, to, kpi.period(), n, successes.size(),
        percentage, kpi.targetPercent(), met, kpi.source(), population, successes);
  }

  /** Open on some day of [from, to]: opened by {@code to}, and not closed before {@code from}. */
  static boolean openInPeriod(Candidate candidate, LocalDate from, LocalDate to) {
    boolean opened = candidate.inflow() == null || candidate.inflow().date() == null
        || !candidate.inflow().date().isAfter(to);
    boolean notYetClosed = candidate.exit() == null || candidate.exit().date() == null
        || !candidate.exit().date().isBefore(from);
    return opened && notYetClosed;
  }

  /** The day the population is judged on: the first day of the period, or the inflow date when later. */
  static LocalDate referenceDay(Candidate candidate, LocalDate from) {
    LocalDate inflow = candidate.inflow() == null ? null : candidate.inflow().date();
    return inflow != null && inflow.isAfter(from) ? inflow : from;
  }
}
