package nl.trede.config;

import java.math.BigDecimal;

/**
 * One entry of the municipality's instruments catalogue.
 *
 * @param cost the usual cost per grant, for budgeting; the grant itself records the real amount
 * @param budgetLine key of a {@link BudgetLine}
 * @param conditions policy conditions on granting it; {@code null} when there are none
 */
public record Instrument(
    String code, String name, InstrumentKind kind, BigDecimal cost, String budgetLine,
    InstrumentConditions conditions, String source) {}
