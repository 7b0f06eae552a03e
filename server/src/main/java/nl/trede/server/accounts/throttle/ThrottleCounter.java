package nl.trede.server.accounts.throttle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One counter of failed logins: of an account, of a client address, or of the pair. The key is a
 * SHA-256 of what is counted, never the name or address itself.
 */
@MappedEntity("login_throttle")
record ThrottleCounter(
    @Id String counterKey,
    int failures,
    @Nullable Instant lastFailureAt,
    @Nullable Instant lastSuccessAt,
    Instant updatedAt) {}
