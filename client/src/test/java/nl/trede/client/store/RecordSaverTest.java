package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/** Saving on the device: the record and its outbox mutation together, checked by the shared rules. */
class RecordSaverTest extends StoreWithOneCandidate {
  @Test
  void saveWritesRecordAndOutboxMutationInOneTransaction() {
    Contact contact = contact(anna.id(), NOW.minus(1, ChronoUnit.HOURS), "Huisbezoek");

    store.create(RecordType.CONTACT, contact);

    StoredRecord row = store.find(contact.id()).orElseThrow();
    assertThat(row.syncState()).isEqualTo(SyncState.PENDING);
    assertThat(row.serverVersion()).isZero();
    assertThat(row.candidateId()).isEqualTo(anna.id());
    List<OutboxEntry> outbox = store.pendingOutbox(10);
    assertThat(outbox).hasSize(1);
    assertThat(outbox.get(0).mutation().kind()).isEqualTo(MutationKind.CREATE);
    assertThat(outbox.get(0).mutation().baseVersion()).isZero();
    assertThat(outbox.get(0).mutation().fields()).isEqualTo(Json.MAPPER.valueToTree(contact));
    assertThat(store.pendingCount()).isEqualTo(1);
  }

  @Test
  void aFailingValidationWritesNothingAndNamesEveryViolation() {
    Contact invalid = new Contact(Ids.newId(), anna.id(), null, null, null,
        NOW.plus(Duration.ofDays(3)), 0, null, "x", null, null, false, false, null);

    assertThatThrownBy(() -> store.create(RecordType.CONTACT, invalid))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .extracting(Violation::field)
            .contains("authorId", "location", "occurredAt", "durationMinutes"));
    assertThat(store.find(invalid.id())).isEmpty();
    assertThat(store.pendingCount()).isZero();
  }

  @Test
  void anUpdateCarriesOnlyTheChangedFieldsOnTheLastServerVersion() {
    Candidate moved = withPhone(anna, "06-99999999");

    store.update(store.<Candidate>edit(RecordType.CANDIDATE, anna.id()).orElseThrow(), moved);

    var mutation = store.pendingOutbox(10).get(0).mutation();
    assertThat(mutation.kind()).isEqualTo(MutationKind.UPDATE);
    assertThat(mutation.baseVersion()).isEqualTo(1);
    assertThat(mutation.fields().fieldNames()).toIterable().containsExactly("phone");
    assertThat(store.candidate(anna.id()).orElseThrow().phone()).isEqualTo("06-99999999");
  }

  @Test
  void historyRecordsCannotBeChangedLocallyEither() {
    Contact contact = store.create(RecordType.CONTACT, contact(anna.id(), NOW, "Eerste"));
    Contact edited = new Contact(contact.id(), anna.id(), null, contact.authorId(), LocationType.PHONE,
        contact.occurredAt(), 10, null, "Anders", null, null, false, false, null);

    assertThatThrownBy(() -> store.update(store.<Contact>edit(RecordType.CONTACT, contact.id()).orElseThrow(),
        edited))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .extracting(Violation::rule).contains("append-only"));
    assertThat(store.pendingCount()).isEqualTo(1);
  }
}
