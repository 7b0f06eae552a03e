package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.contact;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * A file leaves the caseload while the coach has work on it (sync-protocol.md, "When a file leaves
 * a caseload"): the purge takes the file, never the work, and the coach is told what became of
 * every piece of it.
 */
class LeftFilesTest extends StoreWithOneCandidate {
  // The server's answers for a file out of reach: as if it did not exist.
  private static final Violation UNKNOWN_FILE = new Violation("candidateId", "unknown-reference",
      "candidate does not exist");
  private static final Violation NOT_FOUND = new Violation("recordId", "not-found", "record does not exist");

  @Test
  void aPurgeTakesTheFileButKeepsTheUnsentWorkAndSaysWhoseItWas() {
    Contact visit = store.create(RecordType.CONTACT, contact(anna.id(), NOW.minus(1, ChronoUnit.HOURS), "Huisbezoek"));
    store.update(opened(anna), withPhone(anna, "06-99999999"));

    store.storePullPage(purge("c2"));

    assertThat(store.candidate(anna.id())).isEmpty();
    assertThat(store.find(visit.id())).as("nothing of the file stays in the screens").isEmpty();
    assertThat(store.caseloadFiles()).isEmpty();
    assertThat(store.pendingOutbox(10)).as("the work still goes to the server").hasSize(2);
    assertThat(store.leftFiles()).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("Anna Jansen");
      assertThat(f.leftAt()).isEqualTo(NOW);
      assertThat(f.unsent()).extracting(u -> u.mutation().kind())
          .containsExactly(MutationKind.CREATE, MutationKind.UPDATE);
      assertThat(f.unsent().get(0).mutation().fields().get("summary").asText()).isEqualTo("Huisbezoek");
      assertThat(f.unsent()).allSatisfy(u -> assertThat(u.refused()).isEmpty());
    });
    assertThat(store.problemCount()).as("the sync strip counts it").isEqualTo(1);
  }

  @Test
  void aFileThatLeftWithoutWorkShowsNothing() {
    store.storePullPage(purge("c2"));

    assertThat(store.leftFiles()).isEmpty();
    assertThat(store.problemCount()).isZero();
  }

  @Test
  void refusedWorkStaysVisibleAndIsSentAgainWhenTheFileComesBack() {
    Contact visit = store.create(RecordType.CONTACT, contact(anna.id(), NOW.minus(1, ChronoUnit.HOURS), "Huisbezoek"));
    store.update(opened(anna), withPhone(anna, "06-99999999"));
    List<OutboxEntry> outbox = store.pendingOutbox(10);
    store.storePushResults(List.of(
        new MutationResult.Rejected(outbox.get(0).mutation().id(), visit.id(), List.of(UNKNOWN_FILE)),
        new MutationResult.Rejected(outbox.get(1).mutation().id(), anna.id(), List.of(NOT_FOUND))));
    store.storePullPage(purge("c2"));

    assertThat(store.pendingCount()).isZero();
    assertThat(store.leftFiles()).singleElement().satisfies(f -> assertThat(f.unsent())
        .allSatisfy(u -> assertThat(u.refused()).hasSize(1)));

    // The case manager puts the coach back on the file: it comes back with its history.
    store.storePullPage(page("c3", change(RecordType.CANDIDATE, anna, 2)));

    assertThat(store.leftFiles()).isEmpty();
    assertThat(store.pendingOutbox(10)).as("sent again").hasSize(2);
    assertThat(store.find(visit.id()).orElseThrow().syncState()).isEqualTo(SyncState.PENDING);
    assertThat(store.timeline(anna.id())).extracting(TimelineEntry::record).containsExactly(visit);
    assertThat(store.candidate(anna.id()).orElseThrow().phone()).as("the unsent edit on top").isEqualTo("06-99999999");
    assertThat(store.find(anna.id()).orElseThrow().syncState()).isEqualTo(SyncState.PENDING);
  }

  /**
   * Found by the convergence test: a new record refused for a reason of its own (here its employer
   * was gone) while its file was away came back with the file neither sent again nor shown.
   */
  @Test
  void aNewRecordRefusedForAReasonOfItsOwnShowsAsRefusedWhenTheFileComesBack() {
    Contact visit = store.create(RecordType.CONTACT, contact(anna.id(), NOW.minus(1, ChronoUnit.HOURS), "Huisbezoek"));
    Violation employerGone = new Violation("employerId", "unknown-reference", "employer does not exist");
    store.storePushResults(List.of(new MutationResult.Rejected(store.pendingOutbox(10).get(0).mutation().id(),
        visit.id(), List.of(employerGone))));
    store.storePullPage(purge("c2"));

    store.storePullPage(page("c3", change(RecordType.CANDIDATE, anna, 2)));

    assertThat(store.pendingOutbox(10)).as("not sent again: the reason was not the file").isEmpty();
    assertThat(store.find(visit.id()).orElseThrow().syncState()).isEqualTo(SyncState.REJECTED);
    assertThat(store.problems()).extracting(ProblemRecord::id).contains(visit.id());
    assertThat(store.problemCount()).isEqualTo(1);
  }

  @Test
  void historyTheServerTookInAfterTheHandoverIsToldOnce() {
    Contact visit = store.create(RecordType.CONTACT, contact(anna.id(), NOW.minus(1, ChronoUnit.HOURS), "Huisbezoek"));
    store.storePushResults(List.of(
        new MutationResult.Applied(store.pendingOutbox(1).get(0).mutation().id(), visit.id(), 1, true)));
    store.storePullPage(purge("c2"));

    assertThat(store.pendingCount()).isZero();
    assertThat(store.leftFiles()).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("Anna Jansen");
      assertThat(f.accepted()).isEqualTo(1);
      assertThat(f.settled()).isTrue();
    });

    store.forgetLeftFile(anna.id());

    assertThat(store.leftFiles()).isEmpty();
    assertThat(store.problemCount()).isZero();
  }

  @Test
  void lettingGoOfALeftFileRemovesOnlyItsUnsentWork() {
    store.create(RecordType.CONTACT, contact(anna.id(), NOW.minus(1, ChronoUnit.HOURS), "Huisbezoek"));
    Candidate bram = candidate("Bram", "de Vries");
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, bram, 1)));
    Contact other = store.create(RecordType.CONTACT, contact(bram.id(), NOW.minus(1, ChronoUnit.HOURS), "Ander"));
    store.storePullPage(purge("c3"));

    store.forgetLeftFile(anna.id());
    store.forgetLeftFile(bram.id());

    assertThat(store.leftFiles()).isEmpty();
    assertThat(store.pendingOutbox(10)).as("a file still on the device is not let go of")
        .extracting(e -> e.mutation().recordId()).containsExactly(other.id());
  }

  @Test
  void aFormLeftOpenOnAFileThatLeftKeepsWhatWasSaved() {
    Editing<Candidate> opened = opened(anna);
    store.storePullPage(purge("c2"));

    store.update(opened, withPhone(opened.record(), "06-55554444"));
    Contact late = store.create(RecordType.CONTACT, contact(anna.id(), NOW, "Na het openen opgeslagen"));

    assertThat(store.find(anna.id())).isEmpty();
    assertThat(store.find(late.id())).isEmpty();
    assertThat(store.pendingOutbox(10)).extracting(e -> e.mutation().kind())
        .containsExactly(MutationKind.UPDATE, MutationKind.CREATE);
    assertThat(store.pendingOutbox(10).get(0).mutation().baseVersion()).isEqualTo(1);
    assertThat(store.leftFiles()).singleElement().satisfies(f -> assertThat(f.unsent()).hasSize(2));
  }

  @Test
  void aFormSendsOnlyWhatThePersonChangedOnTheVersionItShowed() {
    Editing<Candidate> opened = opened(anna);
    // A background sync brings a colleague's new address while the form is open.
    Candidate moved = new Candidate(anna.id(), anna.givenName(), anna.familyName(), anna.dateOfBirth(), anna.phone(),
        "Kerkstraat 2, Elst", anna.caseManagerId(), anna.coachIds(), anna.benefitStartDate(), anna.flags(),
        anna.classification(), anna.wageValuePercent(), anna.exemptions(), anna.participation(), anna.plan(),
        null, null, null, null, null);
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, moved, 2)));

    store.update(opened, withPhone(opened.record(), "06-99999999"));

    var mutation = store.pendingOutbox(10).get(0).mutation();
    assertThat(mutation.fields().fieldNames()).toIterable().containsExactly("phone");
    assertThat(mutation.baseVersion()).as("the version the form showed").isEqualTo(1);
    Candidate local = store.candidate(anna.id()).orElseThrow();
    assertThat(local.address()).as("the colleague's change is not overwritten").isEqualTo("Kerkstraat 2, Elst");
    assertThat(local.phone()).isEqualTo("06-99999999");
  }

  private Editing<Candidate> opened(Candidate c) {
    return store.<Candidate>edit(RecordType.CANDIDATE, c.id()).orElseThrow();
  }

  private PullPage purge(String cursor) {
    return new PullPage(List.of(), cursor, false, List.of(anna.id()));
  }
}
