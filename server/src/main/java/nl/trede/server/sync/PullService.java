package nl.trede.server.sync;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.server.accounts.Caller;
import nl.trede.server.http.ProblemException;
import nl.trede.sync.Protocol;

/**
 * Serves a device the changes after its cursor, a page at a time, in change-sequence order and
 * within the caller's reach (docs/sync-protocol.md). A file that joined the caller's caseload is
 * first backfilled with the history the device never had; files that left it are named for the
 * device to purge.
 */
@Singleton
public class PullService {
  private final ConnectionOperations<Connection> connections;
  private final ChangeSequence sequence;
  private final Caseloads caseloads;
  private final PullQueries queries;

  PullService(ConnectionOperations<Connection> connections, ChangeSequence sequence, Caseloads caseloads,
      PullQueries queries) {
    this.connections = connections;
    this.sequence = sequence;
    this.caseloads = caseloads;
    this.queries = queries;
  }

  public PulledPage pull(Caller caller, String cursor, Integer limit) {
    int size = limit == null ? Protocol.DEFAULT_PAGE_SIZE : limit;
    if (size < 1 || size > Protocol.MAX_PAGE_SIZE) {
      throw ProblemException.badRequest("limit", "range",
          "limit must be between 1 and " + Protocol.MAX_PAGE_SIZE + ", was " + size);
    }
    // One connection for the whole pull instead of one per query.
    return connections.executeRead(status -> page(caller, cursor, size));
  }

  private PulledPage page(Caller caller, String cursor, int size) {
    // Read before any page query: a change committed later has a larger number and is found next time.
    PullCursor at = cursor == null || cursor.isEmpty()
        ? PullCursor.start(sequence.last(caller.tenantId()))
        : PullCursor.decode(cursor);
    List<UUID> purge = List.of();
    if (caller.role().hasCaseload()) {
      List<CaseloadRemoval> removals = caseloads.removedSince(caller.userId(), at.removals());
      if (!removals.isEmpty()) {
        purge = removals.stream().map(r -> UUID.fromString(r.key().candidateId())).distinct().toList();
        at = at.withRemovals(removals.get(removals.size() - 1).key().seq());
      }
      if (!at.backfilling()) {
        Optional<Long> grant = caseloads.latestGrantAfter(caller.userId(), at.grants());
        if (grant.isPresent()) {
          at = at.startBackfill(grant.get());
        }
      }
    }
    if (at.backfilling()) {
      // A candidate joined the caseload: first send the history the device never had.
      List<PullQueries.Pulled> rows = queries.backfill(caller.tenantId(), caller.userId(),
          at.grants(), at.grantsTo(), at.backfilled(), at.seq(), size + 1);
      boolean more = rows.size() > size;
      List<PullQueries.Pulled> page = more ? rows.subList(0, size) : rows;
      PullCursor next = more ? at.backfilledUpTo(page.get(page.size() - 1).seq()) : at.backfillDone();
      return new PulledPage(toChanges(page), next.encode(), true, purge);
    }
    // One more than asked tells whether another page follows without a second query.
    List<PullQueries.Pulled> rows = queries.page(caller.tenantId(), at.seq(),
        FileScope.of(caller.role(), caller.userId()), size + 1);
    boolean hasMore = rows.size() > size;
    List<PullQueries.Pulled> page = hasMore ? rows.subList(0, size) : rows;
    PullCursor next = page.isEmpty() ? at : at.withSeq(page.get(page.size() - 1).seq());
    return new PulledPage(toChanges(page), next.encode(), hasMore, purge);
  }

  private static List<PulledPage.Change> toChanges(List<PullQueries.Pulled> rows) {
    List<PulledPage.Change> changes = new ArrayList<>(rows.size());
    for (PullQueries.Pulled r : rows) {
      changes.add(new PulledPage.Change(r.type(), r.id(), r.version(), r.deleted(),
          r.deleted() ? null : r.data(), r.conflicts(), r.candidateId()));
    }
    return changes;
  }
}
