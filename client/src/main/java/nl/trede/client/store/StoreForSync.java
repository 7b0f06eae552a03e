package nl.trede.client.store;

/**
 * What the sync engine may touch of the device's store, and nothing more: the outbox it pushes
 * from, the writer its pulled pages go to, the account that gives it the token, and the journal of
 * what was sent, for after a server's restore. The screens'
 * saves and queries are out of its sight.
 */
public interface StoreForSync {
  PushQueue outbox();

  PageSink pages();

  SyncAccount account();

  SentWork sent();
}
