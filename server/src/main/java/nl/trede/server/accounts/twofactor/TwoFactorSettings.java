package nl.trede.server.accounts.twofactor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A console user's TOTP secret. {@code secret} is set once a code from the app confirmed it;
 * until then the app holds {@code pendingSecret}. {@code lastUsedStep} is the 30-second step of the
 * last code accepted: a code is accepted only for a later step, so none works twice.
 */
@MappedEntity("two_factor")
record TwoFactorSettings(
    @Id String userId,
    @Nullable String secret,
    @Nullable Instant confirmedAt,
    @Nullable String pendingSecret,
    @Nullable Instant pendingCreatedAt,
    long lastUsedStep) {}
