package nl.trede.server.sync;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;

/**
 * Who carries a candidate's file: the {@code caseload} table, derived from the stored candidate's
 * case manager and coaches, with a grant (since_seq) when someone takes the file on and a removal
 * row when they give it up, so their devices fetch the file's history or drop the file on the next
 * pull (sync-protocol.md, "When a file leaves a caseload").
 */
@Singleton
class Caseloads {
  private final CaseloadRepository caseloads;
  private final CaseloadRemovalRepository removals;
  private final Clock clock;

  Caseloads(CaseloadRepository caseloads, CaseloadRemovalRepository removals, Clock clock) {
    this.caseloads = caseloads;
    this.removals = removals;
    this.clock = clock;
  }

  /**
   * Whether a candidate mutation can change who carries the file: an update that leaves coaches
   * and case manager alone cannot (the caseload table follows the stored candidate, and only
   * {@link #follow} writes it).
   */
  static boolean mayChange(Mutation m) {
    return m.kind() != MutationKind.UPDATE || m.fields() == null
        || m.fields().has("coachIds") || m.fields().has("caseManagerId");
  }

  /**
   * The candidate's case manager and coaches carry the file; a deleted candidate nobody.
   *
   * @param stored whether the candidate was stored before: a new one is in nobody's caseload yet
   * @param seq the change that moved the file: the grant's and the removal's place in the sequence
   */
  void follow(String tenantId, String candidateId, Candidate candidate, boolean stored, long seq) {
    Set<String> wanted = new HashSet<>();
    if (candidate != null) {
      candidate.coachIds().forEach(id -> wanted.add(id.toString()));
      if (candidate.caseManagerId() != null) {
        wanted.add(candidate.caseManagerId().toString());
      }
    }
    Set<String> present = stored ? new HashSet<>(caseloads.membersOf(candidateId)) : Set.of();
    for (String userId : present) {
      if (!wanted.contains(userId)) {
        caseloads.remove(candidateId, userId);
        removals.save(new CaseloadRemoval(new CaseloadRemoval.Key(userId, candidateId, seq), tenantId,
            clock.instant()));
      }
    }
    for (String userId : wanted) {
      if (!present.contains(userId)) {
        caseloads.save(new CaseloadEntry(new CaseloadEntry.Key(userId, candidateId), tenantId, seq));
      }
    }
  }

  /** The files this user gave up after {@code afterSeq}, oldest first. */
  List<CaseloadRemoval> removedSince(String userId, long afterSeq) {
    return removals.findByKeyUserIdAndKeySeqGreaterThanOrderByKeySeq(userId, afterSeq);
  }

  /** The newest file this user took on after {@code afterSeq}, if any. */
  Optional<Long> latestGrantAfter(String userId, long afterSeq) {
    return caseloads.latestGrantAfter(userId, afterSeq);
  }
}
