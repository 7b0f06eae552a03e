package nl.trede.client.sync;

import nl.trede.domain.Role;

/** The server's answer to a login: a device token and who the user is. */
public record LoginResult(
    String token, String userId, String displayName, Role role, String tenantId, String tenantName) {}
