package nl.trede.client.store;

import java.util.List;
import java.util.UUID;
import nl.trede.sync.MutationResult;

/** The outbox as the sync engine sees it: what to push, and where the server's answers go. */
public interface PushQueue {
  /** The oldest pending mutations, in the order they were made. */
  List<OutboxEntry> pendingOutbox(int limit);

  /** A push that got no answer: the mutations stay, with how often and why it failed. */
  void recordPushFailure(List<UUID> mutationIds, String error);

  /** Stores the server's answers to one push, all or nothing. */
  void storePushResults(List<MutationResult> results);

  /** Changes not yet acknowledged by the server. */
  int pendingCount();

  /** Records and files the user must look at, by kind: what the sync strip names. */
  Attention attention();

  /** How many records and files the user must look at. */
  default int problemCount() {
    return attention().total();
  }
}
