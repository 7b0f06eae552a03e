package nl.trede.config;

import java.math.BigDecimal;
import java.util.List;
import nl.trede.domain.candidate.CandidateFlag;

/**
 * Policy conditions on granting an instrument, set by the council rather than by law, so they
 * live in configuration (DOMAIN §5): e.g. Lansingerland's werkgeverscheque needs a contract of
 * ≥ 6 months and ≥ 32 h/week and pays at most €2,250 or €4,500 (002 §3.4.4).
 *
 * @param minMonthsOnBenefit the candidate was on benefit at least this many whole months when the
 *     placement began
 * @param monthsOnBenefitBelow the candidate was on benefit fewer than this many whole months when the
 *     placement began (Lansingerland's Werkacademie: "korter dan een jaar", 002 §3.3.4)
 * @param minMonthsInWork granted only after the placement ran this long without a break
 * @param oncePerCandidate granted at most once to a candidate
 * @param maxAmounts the highest tier whose {@code fromContractMonths} the contract reaches applies
 * @param flags the candidate must have all of these (Werktalent is for the doelgroepregister, 002 §3.3.4)
 * @param moreThanMonthsOnBenefit the candidate was on benefit longer than this many months when the
 *     placement began: the anniversary itself is not enough ("langer dan een jaar", 002 §3.3.9)
 * @param moreThanMonthsInWork granted only after the placement ran longer than this many months without
 *     a break ("langer dan een half jaar onafgebroken aan het werk", 002 §3.3.9)
 */
public record InstrumentConditions(
    Integer minContractMonths,
    BigDecimal minHoursPerWeek,
    Integer minMonthsOnBenefit,
    Integer monthsOnBenefitBelow,
    Integer minMonthsInWork,
    Boolean oncePerCandidate,
    List<AmountTier> maxAmounts,
    List<CandidateFlag> flags,
    Integer moreThanMonthsOnBenefit,
    Integer moreThanMonthsInWork) {

  public InstrumentConditions {
    maxAmounts = maxAmounts == null ? List.of() : List.copyOf(maxAmounts);
    oncePerCandidate = Boolean.TRUE.equals(oncePerCandidate);
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  public InstrumentConditions(Integer minContractMonths, BigDecimal minHoursPerWeek, Integer minMonthsOnBenefit,
      Integer monthsOnBenefitBelow, Integer minMonthsInWork, Boolean oncePerCandidate, List<AmountTier> maxAmounts,
      List<CandidateFlag> flags) {
    this(minContractMonths, minHoursPerWeek, minMonthsOnBenefit, monthsOnBenefitBelow, minMonthsInWork,
        oncePerCandidate, maxAmounts, flags, null, null);
  }

  public InstrumentConditions(Integer minContractMonths, BigDecimal minHoursPerWeek, Integer minMonthsOnBenefit,
      Integer minMonthsInWork, Boolean oncePerCandidate, List<AmountTier> maxAmounts) {
    this(minContractMonths, minHoursPerWeek, minMonthsOnBenefit, null, minMonthsInWork, oncePerCandidate,
        maxAmounts, null);
  }
}
