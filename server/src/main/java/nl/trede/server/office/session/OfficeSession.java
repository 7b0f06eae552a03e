package nl.trede.server.office.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A browser login to the office console. Only the SHA-256 of the cookie's secret is stored, as for
 * device tokens (decision 0004), and it lives in the database so every server instance accepts it.
 */
@MappedEntity("office_session")
public record OfficeSession(
    @Id String tokenHash,
    String userId,
    Instant createdAt,
    Instant lastSeenAt,
    @Nullable Instant revokedAt,
    @Nullable String remoteAddress) {}
