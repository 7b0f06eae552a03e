package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/** The server's answers to a push, stored: each record's state follows from them. */
class OutboxTest extends StoreWithOneCandidate {
  @Test
  void pushResultsMarkRecordsSyncedRejectedOrInConflict() {
    Contact applied = store.create(RecordType.CONTACT, contact(anna.id(), NOW, "Goed gesprek"));
    Contact refused = store.create(RecordType.CONTACT, contact(anna.id(), NOW, "Geweigerd"));
    store.update(store.<Candidate>edit(RecordType.CANDIDATE, anna.id()).orElseThrow(), withPhone(anna, "06-11111111"));
    var outbox = store.pendingOutbox(10);
    Violation reason = new Violation("candidateId", "out-of-scope", "not in your caseload");
    FieldConflict conflict = new FieldConflict(Ids.newId(), "phone", Json.MAPPER.valueToTree("06-22222222"),
        Json.MAPPER.valueToTree("06-11111111"), outbox.get(2).mutation().id(), null, NOW);

    store.storePushResults(List.of(
        new MutationResult.Applied(outbox.get(0).mutation().id(), applied.id(), 1),
        new MutationResult.Rejected(outbox.get(1).mutation().id(), refused.id(), List.of(reason)),
        new MutationResult.Conflicted(outbox.get(2).mutation().id(), anna.id(), 3, List.of(conflict))));

    assertThat(store.find(applied.id()).orElseThrow())
        .extracting(StoredRecord::syncState, StoredRecord::serverVersion)
        .containsExactly(SyncState.SYNCED, 1L);
    assertThat(store.find(refused.id()).orElseThrow().syncState()).isEqualTo(SyncState.REJECTED);
    assertThat(store.find(anna.id()).orElseThrow().syncState()).isEqualTo(SyncState.CONFLICT);
    assertThat(store.pendingCount()).isZero();
    assertThat(store.problems()).hasSize(2);
    ProblemRecord rejected = store.problems().stream().filter(p -> p.id().equals(refused.id())).findFirst().orElseThrow();
    assertThat(rejected.violations()).containsExactly(reason);
    ProblemRecord conflicted = store.problems().stream().filter(p -> p.id().equals(anna.id())).findFirst().orElseThrow();
    assertThat(conflicted.conflicts()).extracting(FieldConflict::field).containsExactly("phone");
    assertThat(store.timeline(anna.id())).extracting(TimelineEntry::syncState)
        .containsExactlyInAnyOrder(SyncState.SYNCED, SyncState.REJECTED);
  }
}
