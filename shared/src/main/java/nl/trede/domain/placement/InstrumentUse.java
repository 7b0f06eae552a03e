package nl.trede.domain.placement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An instrument granted with a placement (001 §3.3, 002 §3.2.2-3.4): its code in the
 * municipality's catalogue, the amount and when it was granted.
 */
public record InstrumentUse(String code, BigDecimal amount, LocalDate grantedOn, String note) {}
