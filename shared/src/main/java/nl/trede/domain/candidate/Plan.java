package nl.trede.domain.candidate;

/**
 * Ondersteuningsplan / plan van aanpak (002 §3.1.7, §4.4; 001 §2.1.3): the goals, the support,
 * the expected duration, the agreed contact frequency, and the case manager's justification of the
 * choices, which the seeds require to prevent arbitrariness.
 */
public record Plan(
    String goals,
    String support,
    Integer expectedDurationMonths,
    Integer contactFrequencyDays,
    String justification) {}
