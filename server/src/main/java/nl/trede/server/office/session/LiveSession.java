package nl.trede.server.office.session;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** A console session that is not revoked, with its user and municipality, read in one row. */
@Introspected
record LiveSession(Instant createdAt, Instant lastSeenAt, String userId, String tenantId, String role,
    String displayName, String tenantName) {}
