package nl.trede.server.accounts;

import io.micronaut.core.annotation.Introspected;

/** Who a live device token belongs to: what every authenticated request needs, in one row. */
@Introspected
public record TokenOwner(String userId, String tenantId, String role, String deviceId) {}
