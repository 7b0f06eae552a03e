package nl.trede.domain.candidate;

import java.math.BigDecimal;

public record ParticipationHours(ParticipationActivity activity, BigDecimal hoursPerWeek) {}
