package nl.trede.config;

/**
 * A floor under the contact frequency for a population, whatever the plan says: Overbetuwe speaks
 * everyone on the "meedoen" track at least once a year (000 §5.3).
 */
public record ContactRule(Population population, int maxDaysBetweenContacts, String source) {}
