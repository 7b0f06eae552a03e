package nl.trede.client.store;

/**
 * What the sync engine may touch of the device's store, and nothing more: the outbox it pushes
 * from, the writer its pulled pages go to, and the account that gives it the token. The screens'
 * saves and queries are out of its sight.
 */
public interface StoreForSync {
  PushQueue outbox();

  PageSink pages();

  SyncAccount account();
}
