package nl.trede.config;

import java.math.BigDecimal;

/** The most an instrument may cost for a contract of at least {@code fromContractMonths}. */
public record AmountTier(Integer fromContractMonths, BigDecimal maxAmount) {}
