package nl.trede.server.accounts.twofactor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One recovery code: only the SHA-256 of the user's id and the code is stored. */
@MappedEntity("recovery_code")
record RecoveryCode(@Id String codeHash, String userId, Instant createdAt, @Nullable Instant usedAt) {}
