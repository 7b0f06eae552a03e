package nl.trede.domain;

/**
 * One broken rule: the field it concerns (a JSON path such as {@code plan.contactFrequencyDays}),
 * a stable rule code the client translates, and an English message for logs and API users.
 */
public record Violation(String field, String rule, String message) {}
