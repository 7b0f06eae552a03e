package nl.trede.server.accounts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A municipality; every record and user belongs to exactly one. */
@MappedEntity("tenant")
public record Tenant(@Id String id, String name, long lastSeq, Instant createdAt) {}
