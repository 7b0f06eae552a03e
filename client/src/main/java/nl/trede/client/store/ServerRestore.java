package nl.trede.client.store;

import java.time.Instant;

/**
 * The device found the server restored from a backup (its database epoch changed) and sent its
 * journal again: what the sync page tells the user, counts only.
 *
 * @param noticedAt when the device found out
 * @param resent how many acknowledged changes it put back in the outbox
 */
public record ServerRestore(Instant noticedAt, int resent) {}
