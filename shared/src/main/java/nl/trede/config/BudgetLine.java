package nl.trede.config;

import java.math.BigDecimal;

/**
 * A budget the office watches being spent each month (000 §7): e.g. the participatiebudget, or
 * BUIG for structural jobcoaching. Amounts are per calendar year.
 *
 * @param coachingHoursPerMonth for a line that pays jobcoaching: the hours it allows per month
 */
public record BudgetLine(String key, String label, BigDecimal annualAmount,
    Integer coachingHoursPerMonth, String source) {}
