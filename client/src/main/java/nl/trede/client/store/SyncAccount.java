package nl.trede.client.store;

import java.time.Instant;
import java.util.Optional;

/** What the sync engine needs of the user's session: the token to send, and when sync last got through. */
public interface SyncAccount {
  /** The device token; empty when the user never logged in online or the server refused it. */
  Optional<String> token();

  /** The server no longer accepts the token: keep the user (for offline use), drop the token. */
  void forgetToken();

  Optional<Instant> lastSync();

  void markSynced(Instant at);
}
