package nl.trede.domain.candidate;

import java.time.LocalDate;

/** A typed exemption with its reason and, when temporary, its end. */
public record Exemption(ExemptionKind kind, String reason, LocalDate until) {}
