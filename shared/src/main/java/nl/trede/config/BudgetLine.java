package nl.trede.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A budget the office watches being spent each month (000 §7): e.g. the participatiebudget, or
 * BUIG for structural jobcoaching. Amounts are per calendar year.
 *
 * @param annualAmount the amount for any year {@code amountsByYear} does not name; may be {@code null}
 * @param amountsByYear the amount of each year the council set it for (Lansingerland's budget differs
 *     per year, 002 §6.1)
 * @param coachingHoursPerMonth for a line that pays jobcoaching: the hours it allows per month
 */
public record BudgetLine(String key, String label, BigDecimal annualAmount, Map<Integer, BigDecimal> amountsByYear,
    Integer coachingHoursPerMonth, String source) {

  public BudgetLine {
    amountsByYear = amountsByYear == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(amountsByYear));
  }

  public BudgetLine(String key, String label, BigDecimal annualAmount, Integer coachingHoursPerMonth, String source) {
    this(key, label, annualAmount, null, coachingHoursPerMonth, source);
  }

  /** The amount for this calendar year; {@code null} when the configuration names none. */
  public BigDecimal amountFor(int year) {
    return amountsByYear.getOrDefault(year, annualAmount);
  }
}
