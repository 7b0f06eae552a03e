package nl.trede.config;

import java.util.List;

/**
 * Policy conditions on granting an instrument, set by the council rather than by law, so they
 * live in configuration (DOMAIN §5): e.g. Lansingerland's werkgeverscheque needs a contract of
 * ≥ 6 months and ≥ 32 h/week and pays at most €2,250 or €4,500 (002 §3.4.4).
 *
 * @param minMonthsOnBenefit the candidate was on benefit at least this long when the placement began
 * @param minMonthsInWork granted only after the placement ran this long without a break
 * @param oncePerCandidate granted at most once to a candidate
 * @param maxAmounts the highest tier whose {@code fromContractMonths} the contract reaches applies
 */
public record InstrumentConditions(
    Integer minContractMonths,
    java.math.BigDecimal minHoursPerWeek,
    Integer minMonthsOnBenefit,
    Integer minMonthsInWork,
    Boolean oncePerCandidate,
    List<AmountTier> maxAmounts) {

  public InstrumentConditions {
    maxAmounts = maxAmounts == null ? List.of() : List.copyOf(maxAmounts);
    oncePerCandidate = Boolean.TRUE.equals(oncePerCandidate);
  }
}
