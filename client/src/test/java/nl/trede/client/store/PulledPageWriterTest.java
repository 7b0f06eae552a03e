package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.contact;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.hours;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.step;
import static nl.trede.client.support.Fixtures.tombstone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.employer.Employer;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/** Writing pulled pages: all of a page and its cursor or nothing, local work on top, tombstones kept. */
class PulledPageWriterTest extends StoreWithOneCandidate {
  @Test
  void aPageThatFailsToStoreLeavesNeitherItsRecordsNorItsCursor() {
    Employer employer = employer("Supermarkt Heteren");
    RecordChange broken = new RecordChange(RecordType.CONTACT, Ids.newId(), 1, false, null, List.of());

    assertThatThrownBy(() -> store.storePullPage(page("c2", change(RecordType.EMPLOYER, employer, 1), broken)))
        .isInstanceOf(RuntimeException.class);

    assertThat(store.find(employer.id())).isEmpty();
    assertThat(store.pullCursor()).contains("c1");
  }

  @Test
  void pendingLocalValuesStayOnTopOfAPulledRecord() {
    store.update(store.<Candidate>edit(RecordType.CANDIDATE, anna.id()).orElseThrow(), withPhone(anna, "06-99999999"));
    Candidate serverSide = new Candidate(anna.id(), anna.givenName(), anna.familyName(),
        anna.dateOfBirth(), anna.phone(), "Kerkstraat 2, Elst", anna.caseManagerId(), anna.coachIds(),
        anna.benefitStartDate(), anna.flags(), anna.classification(), anna.wageValuePercent(),
        anna.exemptions(), anna.participation(), anna.plan(), null, null, null, null, null);

    store.storePullPage(page("c2", change(RecordType.CANDIDATE, serverSide, 2)));

    Candidate local = store.candidate(anna.id()).orElseThrow();
    assertThat(local.phone()).isEqualTo("06-99999999");
    assertThat(local.address()).isEqualTo("Kerkstraat 2, Elst");
    assertThat(store.find(anna.id()).orElseThrow().syncState()).isEqualTo(SyncState.PENDING);
    assertThat(store.find(anna.id()).orElseThrow().serverVersion()).isEqualTo(2);
    assertThat(store.pendingCount()).isEqualTo(1);
  }

  @Test
  void aTombstoneIsNotRevivedByAStaleCopy() {
    Employer employer = employer("Bouwbedrijf Van Elst");
    store.storePullPage(page("c2", change(RecordType.EMPLOYER, employer, 1)));
    store.storePullPage(page("c3", tombstone(RecordType.EMPLOYER, employer.id(), 2)));

    store.storePullPage(page("c4", change(RecordType.EMPLOYER, employer, 1)));

    assertThat(store.find(employer.id()).orElseThrow().deleted()).isTrue();
    assertThat(store.employers()).isEmpty();
  }

  @Test
  void aPurgedCandidateLeavesNothingOfTheFile() {
    Contact contact = store.create(RecordType.CONTACT, contact(anna.id(), NOW, "Gesprek"));

    store.storePullPage(new PullPage(List.of(), "c2", false, List.of(anna.id())));

    assertThat(store.find(anna.id())).isEmpty();
    assertThat(store.find(contact.id())).isEmpty();
    assertThat(store.caseloadFiles()).isEmpty();
  }

  @Test
  void aFileThatLeftAndCameBackInOnePageKeepsTheHistoryThePageBrings() {
    Contact earlier = contact(anna.id(), NOW.minus(3, ChronoUnit.DAYS), "Eerder gesprek");
    store.storePullPage(page("c2", change(RecordType.CONTACT, earlier, 1)));

    // The purge is of the file as it was; the page then brings it back with its history.
    store.storePullPage(new PullPage(List.of(change(RecordType.CANDIDATE, anna, 1),
        change(RecordType.CONTACT, earlier, 1)), "c3", true, List.of(anna.id())));

    assertThat(store.candidate(anna.id())).contains(anna);
    assertThat(store.timeline(anna.id())).extracting(TimelineEntry::record).containsExactly(earlier);
  }

  @Test
  void aPageStoresEachRecordAsIfItsChangesCameOneByOne() {
    Employer employer = employer("Kwekerij Bemmel");
    com.fasterxml.jackson.databind.node.ObjectNode renamed = Json.MAPPER.valueToTree(employer);
    renamed.put("name", "Kwekerij Bemmel B.V.");
    FieldConflict open = new FieldConflict(Ids.newId(), "name", Json.MAPPER.valueToTree("A"),
        Json.MAPPER.valueToTree("B"), Ids.newId(), null, NOW);
    store.storePullPage(page("c2", new RecordChange(RecordType.EMPLOYER, employer.id(), 1, false,
        Json.MAPPER.valueToTree(employer), List.of(open))));
    assertThat(store.find(employer.id()).orElseThrow().syncState()).isEqualTo(SyncState.CONFLICT);

    // A newer version, then a stale copy of the old one, in one page.
    store.storePullPage(page("c3", new RecordChange(RecordType.EMPLOYER, employer.id(), 2, false, renamed, List.of()),
        change(RecordType.EMPLOYER, employer, 1)));

    StoredRecord stored = store.find(employer.id()).orElseThrow();
    assertThat(stored.serverVersion()).isEqualTo(2);
    assertThat(store.employers()).extracting(Employer::name).containsExactly("Kwekerij Bemmel B.V.");
    assertThat(stored.syncState()).isEqualTo(SyncState.SYNCED);
    assertThat(store.conflicts(employer.id())).isEmpty();
    assertThat(store.pullCursor()).contains("c3");
  }

  @Test
  void theFileOfAPulledRecordIsReadFromTheFieldTheRecordItselfNames() {
    Employer employer = employer("Supermarkt Heteren");
    List<DomainRecord> samples = List.of(anna, contact(anna.id(), NOW, "Gesprek"),
        step(anna.id(), null, 2, TODAY), hours(anna.id(), employer.id(), 4), employer);
    for (DomainRecord record : samples) {
      RecordType type = Arrays.stream(RecordType.values())
          .filter(t -> t.recordClass() == record.getClass()).findFirst().orElseThrow();

      store.storePullPage(page("c-" + type.wireName(), change(type, record, 2)));

      StoredRecord stored = store.find(record.id()).orElseThrow();
      assertThat(stored.candidateId()).as(type.wireName()).isEqualTo(record.fileCandidateId());
      assertThat(stored.eventAt()).as(type.wireName())
          .isEqualTo(record instanceof HistoryEntry entry ? entry.eventAt() : null);
    }
  }
}
