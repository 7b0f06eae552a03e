package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.config.PeriodKind;

/**
 * One KPI over one period: how many files were in its population, how many of them met its
 * condition, and whether that reaches the council's target (docs/kpis.md).
 *
 * @param percentage successes as a percentage of the population, one decimal, rounded half up;
 *     {@code null} when the population is empty (nothing to measure)
 * @param met whether the percentage reaches the target, compared unrounded; {@code null} when the
 *     population is empty
 * @param populationIds the candidates in the population, for a list behind the figure
 * @param successIds those of them that met the condition
 * @param source the section of the policy document the KPI comes from
 */
public record KpiResult(
    String key,
    String title,
    String description,
    LocalDate from,
    LocalDate to,
    PeriodKind period,
    int populationSize,
    int successes,
    BigDecimal percentage,
    BigDecimal targetPercent,
    Boolean met,
    String source,
    List<UUID> populationIds,
    List<UUID> successIds) {

  public KpiResult {
    populationIds = List.copyOf(populationIds);
    successIds = List.copyOf(successIds);
  }
}
