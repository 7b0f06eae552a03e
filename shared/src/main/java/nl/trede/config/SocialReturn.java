package nl.trede.config;

import java.math.BigDecimal;

/**
 * The municipality's social-return (SROI) policy for its own contracts: Lansingerland asks 5 % of
 * the contract value (002 §3.2.5), Wijchen asks it in tenders above €200,000 (004 §4.4). Trede
 * records per employer whether such an obligation runs; this says what the policy is.
 *
 * @param percentOfContractValue the share of the contract value to spend on social return
 * @param minContractValue contracts (tenders) above this value carry the obligation
 */
public record SocialReturn(BigDecimal percentOfContractValue, BigDecimal minContractValue, String source) {}
