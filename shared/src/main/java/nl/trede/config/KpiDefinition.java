package nl.trede.config;

import java.math.BigDecimal;

/**
 * A council's goal as a figure: of the {@code population}, at least {@code targetPercent} meet
 * {@code success} in the period. E.g. Overbetuwe: "40% of those with work potential make a step on
 * the ladder" (000 §6.1). Definitions and period rules are explained in docs/kpis.md.
 */
public record KpiDefinition(
    String key,
    String title,
    String description,
    Population population,
    Condition success,
    BigDecimal targetPercent,
    PeriodKind period,
    String source) {}
