package nl.trede.client.store;

import java.util.Optional;
import java.util.UUID;

/**
 * What the sync engine sees of the sent journal: the server database's epoch the device last saw,
 * and the resend when it changes (decision 0047).
 */
public interface SentWork {
  /** The epoch the device last saw; empty before its first answer from a server that names one. */
  Optional<UUID> serverEpoch();

  /** Keeps the epoch an answer named, when the device knew none (the first sync, or just after a resend). */
  void adoptEpoch(UUID epoch);

  /**
   * The server is another life of its database (restored from a backup): every change in the
   * journal is pending again, in its original place in the outbox, and the epoch is {@code epoch}
   * (null when not known yet: the next answer's is adopted). Returns how many were put back.
   */
  int resendAfterRestore(UUID epoch);

  /** Forgets what the server acknowledged longer ago than the journal's window. */
  int prune();
}
