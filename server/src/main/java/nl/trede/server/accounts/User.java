package nl.trede.server.accounts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import nl.trede.domain.Role;

@MappedEntity("app_user")
public record User(
    @Id String id,
    String tenantId,
    String username,
    String displayName,
    Role role,
    String passwordHash,
    boolean active,
    Instant createdAt) {}
