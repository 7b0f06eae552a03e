package nl.trede.client.login;

import nl.trede.client.store.LocalStore;
import nl.trede.client.store.StoredSession;
import nl.trede.client.sync.SyncClient;

/**
 * A logged-in user on this device: their open store and the server to sync with.
 *
 * @param online whether this login reached the server (otherwise the app works offline)
 */
public record Session(LocalStore store, StoredSession user, SyncClient client, boolean online) {}
