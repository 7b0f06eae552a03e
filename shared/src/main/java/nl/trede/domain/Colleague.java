package nl.trede.domain;

import java.util.UUID;

/**
 * A user of the municipality who can carry candidate files, as devices see them
 * ({@code GET /api/colleagues}): whom a case manager can name as a file's coach or case manager,
 * and the name the app shows for an id on a file. Only the name and the role: nothing about the
 * account itself.
 */
public record Colleague(UUID userId, String displayName, Role role) {}
