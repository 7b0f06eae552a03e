package nl.trede.config;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The municipality's social-return (SROI) policy for its own contracts: Lansingerland asks 5 % of
 * the contract value (002 §3.2.5), Wijchen asks it in tenders above €200,000 (004 §4.4). Trede
 * records per employer whether such an obligation runs and, optionally, the contract's value
 * ({@code Employer.sroiContractValue}); this says what the policy asks of it.
 *
 * @param percentOfContractValue the share of the contract value to spend on social return
 * @param minContractValue contracts (tenders) above this value carry the obligation
 */
public record SocialReturn(BigDecimal percentOfContractValue, BigDecimal minContractValue, String source) {

  /**
   * What the policy asks of one contract.
   *
   * @param applies the contract is above the threshold, or the policy names none
   * @param amount the euros to spend on social return: "voor 5% van de kosten van het contract een
   *     SROI-verplichting" (002 §3.2.5); null when it does not apply or the policy names no share
   *     (Wijchen: "moet de aanbieder, in zoverre mogelijk, ook werkzoekenden een plek bieden", 004 §4.4)
   */
  public record Owed(boolean applies, BigDecimal amount) {}

  /** What a contract of this value owes; the value in euros. */
  public Owed owed(BigDecimal contractValue) {
    // 004 §4.4 "boven de € 200.000,-": above, so a contract of exactly the threshold owes nothing.
    boolean applies = minContractValue == null || contractValue.compareTo(minContractValue) > 0;
    BigDecimal amount = !applies || percentOfContractValue == null ? null
        : contractValue.multiply(percentOfContractValue).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    return new Owed(applies, amount);
  }
}
