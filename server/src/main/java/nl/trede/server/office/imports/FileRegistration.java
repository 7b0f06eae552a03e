package nl.trede.server.office.imports;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.sync.PushService;
import nl.trede.server.sync.WriteQueue;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.RecordType;

/**
 * Registers new candidate files from the console the way every write is made: as CREATE mutations
 * pushed through {@link PushService} as the console user, from the console's device id. So the
 * server's rules apply to each (scope, role, references, the municipality's scheme), devices in the
 * files' caseloads pull them, and history and audit are written as for a device's push.
 *
 * <p>All or none: the files are pushed in batches of the protocol's maximum inside one
 * transaction, together with what the caller writes beside them; if the server refuses one file,
 * nothing is kept. (Issue 13 also registers files one by one in the case-file workspace; the two
 * are to become one service.)
 */
@Singleton
public class FileRegistration {
  private final PushService sync;
  private final WriteQueue writers;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  public FileRegistration(PushService sync, WriteQueue writers, TransactionOperations<Connection> transactions,
      Clock clock) {
    this.sync = sync;
    this.writers = writers;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** What registering came to. */
  public sealed interface Outcome {}

  /** Every file was created, and what was to be written beside them was. */
  public record Registered(int files) implements Outcome {}

  /** Nothing was written: the files (by their index in the list) the server refused, and why. */
  public record Refused(Map<Integer, List<Violation>> refusals) implements Outcome {}

  /**
   * Creates every file, or none.
   *
   * @param alongside written in the same transaction after the files (e.g. the import's file
   *     numbers); if it fails, nothing is kept and its exception is thrown
   */
  public Outcome registerAll(OfficeUser user, List<Candidate> files, String remoteAddress, Runnable alongside) {
    List<Mutation> creates = files.stream().map(this::create).toList();
    try {
      return writers.serialised(() -> transactions.executeWrite(status -> {
        Map<Integer, List<Violation>> refused = new LinkedHashMap<>();
        for (int from = 0; from < creates.size(); from += Protocol.MAX_MUTATIONS_PER_PUSH) {
          List<Mutation> batch = creates.subList(from, Math.min(creates.size(), from + Protocol.MAX_MUTATIONS_PER_PUSH));
          List<MutationResult> results = sync.push(user.caller(), batch, remoteAddress);
          for (int i = 0; i < results.size(); i++) {
            MutationResult r = results.get(i);
            if (r instanceof MutationResult.Rejected rejected) {
              refused.put(from + i, rejected.violations());
            } else if (!(r instanceof MutationResult.Applied)) {
              refused.put(from + i, List.of(new Violation("recordId", "not-applied", "the file was not created")));
            }
          }
        }
        if (!refused.isEmpty()) {
          throw new RolledBack(new Refused(refused));
        }
        alongside.run();
        return new Registered(files.size());
      }));
    } catch (RolledBack e) {
      return e.outcome;
    }
  }

  private Mutation create(Candidate file) {
    return new Mutation(Ids.newId(), RecordType.CANDIDATE, file.id(), MutationKind.CREATE, 0,
        Json.MAPPER.valueToTree(file), List.of(), clock.instant());
  }

  /** Undoes the transaction and carries the answer out of it. */
  private static final class RolledBack extends RuntimeException {
    private final transient Outcome outcome;

    RolledBack(Outcome outcome) {
      super(null, null, false, false);
      this.outcome = outcome;
    }
  }
}
