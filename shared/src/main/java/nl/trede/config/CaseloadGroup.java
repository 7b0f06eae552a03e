package nl.trede.config;

/**
 * A named part of the caseload a professional owns (Lansingerland's eight groups, 002 §4.2),
 * defined as a population so the field app and the console can filter on it.
 */
public record CaseloadGroup(String key, String label, Population population, String source) {}
