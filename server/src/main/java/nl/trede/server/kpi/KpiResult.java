package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.config.PeriodKind;

/**
 * One KPI over one period: how many files were in its population, how many of them met its
 * condition, and whether that reaches the council's target (docs/kpis.md). For a net change (a KPI
 * with a baseline) the population is counted on the baseline day and on the last day of the period,
 * and the percentage is the change between the two.
 *
 * @param review how often the KPI is discussed ("Besproken per")
 * @param percentage successes as a percentage of the population, one decimal, rounded half up; for a
 *     net change the change since the baseline; {@code null} when there is nothing to measure
 * @param met whether the percentage reaches the target, compared unrounded; {@code null} when there is
 *     nothing to measure
 * @param populationIds the candidates in the population (for a net change: counted on the last day)
 * @param successIds those of them that met the condition (for a net change: counted on the baseline
 *     day and no longer on the last day)
 * @param source the section of the policy document the KPI comes from
 * @param baseline the baseline day of a net change; {@code null} for a share
 * @param baselineIds the candidates counted on the baseline day; empty for a share
 * @param counted the configuration's plain-Dutch sentence of what is counted; {@code null}: none
 * @param course the figure at the end of each review period within [from, to], the last at {@code
 *     to}: year to date, month by month, when a yearly target is reviewed monthly
 */
public record KpiResult(
    String key,
    String title,
    String description,
    LocalDate from,
    LocalDate to,
    PeriodKind period,
    PeriodKind review,
    int populationSize,
    int successes,
    BigDecimal percentage,
    BigDecimal targetPercent,
    Boolean met,
    String source,
    List<UUID> populationIds,
    List<UUID> successIds,
    LocalDate baseline,
    List<UUID> baselineIds,
    String counted,
    List<Point> course) {

  public KpiResult {
    populationIds = List.copyOf(populationIds);
    successIds = List.copyOf(successIds);
    baselineIds = List.copyOf(baselineIds);
    course = List.copyOf(course);
  }

  /** A net change since a baseline day, rather than a share of a population. */
  public boolean isNetChange() {
    return baseline != null;
  }

  /** The figure over [from, {@code to}]: year to date at the end of one review period. */
  public record Point(LocalDate to, int populationSize, int successes, BigDecimal percentage, Boolean met) {}
}
