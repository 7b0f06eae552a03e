package nl.trede.server.office.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A console login between the password and the second factor. It opens nothing: it only lets its
 * browser give a code (or set up the app) within a few minutes and a few tries. As for sessions,
 * only the SHA-256 of the cookie's secret is stored.
 */
@MappedEntity("login_challenge")
record LoginChallenge(
    @Id String tokenHash,
    String userId,
    String kind,
    String nextPath,
    int attempts,
    Instant createdAt,
    @Nullable Instant usedAt,
    @Nullable String remoteAddress) {}
