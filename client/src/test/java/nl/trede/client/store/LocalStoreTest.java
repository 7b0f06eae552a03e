package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.FAST_ITERATIONS;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.PASSWORD;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.contact;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.hours;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.step;
import static nl.trede.client.support.Fixtures.tombstone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.config.ContactPolicy;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private Candidate anna;

  @BeforeEach
  void openWithOneCandidate() {
    store = openStore(dir);
    anna = candidate("Anna", "Jansen");
    store.storePullPage(page("c1", change(RecordType.CANDIDATE, anna, 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }

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

  @Test
  void theFileIsUnreadableWithoutTheKey() throws Exception {
    store.create(RecordType.CONTACT, contact(anna.id(), NOW, "Zorgen over schulden besproken"));
    // While the app runs, recent changes live in the write-ahead log: encrypted as well.
    Path log = dir.resolve("trede.db-wal");
    assertThat(log).exists();
    assertThat(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1))
        .doesNotContain("Jansen").doesNotContain("schulden");
    store.close();

    byte[] bytes = Files.readAllBytes(dir.resolve("trede.db"));
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(raw).doesNotStartWith("SQLite format 3").doesNotContain("Jansen").doesNotContain("schulden");
    assertThat(Files.readString(PasswordKey.saltFileOf(dir.resolve("trede.db")))).doesNotContain(PASSWORD);
    assertThatThrownBy(() -> {
      try (var plain = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("trede.db"));
           var statement = plain.createStatement()) {
        statement.executeQuery("SELECT * FROM record").close();
      }
    }).isInstanceOf(java.sql.SQLException.class);
  }

  @Test
  void aWrongPasswordDoesNotOpenTheStoreAndTheRightOneDoes() {
    store.close();
    Path file = dir.resolve("trede.db");

    assertThatThrownBy(() -> LocalStore.open(file, "verkeerd".toCharArray(), CLOCK, FAST_ITERATIONS))
        .isInstanceOf(WrongPasswordException.class);

    store = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
    assertThat(store.candidate(anna.id())).contains(anna);
  }

  @Test
  void theDefaultWorkFactorOpensTheSameWay() {
    Path file = dir.resolve("slow.db");
    try (LocalStore slow = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK)) {
      UUID device = slow.deviceId();
      slow.close();
      try (LocalStore again = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK)) {
        assertThat(again.deviceId()).isEqualTo(device);
      }
    }
    assertThat(LocalStore.exists(file)).isTrue();
  }

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

  @Test
  void theCaseloadCarriesTheRungOfTheLatestStepAndTheContactThatSetsTheNextDue() {
    Candidate bram = candidate("Bram", "de Vries");
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, bram, 1),
        change(RecordType.LADDER_STEP, step(anna.id(), null, 2, TODAY.minusMonths(6)), 1)));
    store.create(RecordType.LADDER_STEP, step(anna.id(), 2, 3, TODAY.minusDays(1)));
    store.create(RecordType.CONTACT, contact(anna.id(), NOW.minus(1, ChronoUnit.DAYS), "Gesprek"));

    Map<String, CandidateFile> caseload = store.caseloadFiles().stream()
        .collect(Collectors.toMap(f -> f.file().candidate().displayName(), CaseloadFile::file));

    assertThat(caseload).containsOnlyKeys("Anna Jansen", "Bram de Vries");
    assertThat(caseload.get("Anna Jansen").rungOn(TODAY)).contains(3);
    assertThat(ContactPolicy.DEFAULT.due(caseload.get("Anna Jansen"), TODAY, null))
        .hasValueSatisfying(due -> assertThat(due.date()).as("agreed at the contact").isEqualTo(TODAY.plusDays(14)));
    assertThat(caseload.get("Bram de Vries").rungOn(TODAY)).isEmpty();
    assertThat(store.currentRung(anna.id())).contains(3);
  }

  @Test
  void theTimelineListsContactsStepsAndHoursNewestFirst() {
    Employer employer = employer("Supermarkt Heteren");
    store.storePullPage(page("c2", change(RecordType.EMPLOYER, employer, 1)));
    store.create(RecordType.LADDER_STEP, step(anna.id(), null, 2, TODAY.minusDays(30)));
    store.create(RecordType.CONTACT, contact(anna.id(), NOW.minus(2, ChronoUnit.DAYS), "Oud"));
    store.create(RecordType.COACHING_HOURS, hours(anna.id(), employer.id(), 6));
    store.create(RecordType.CONTACT, contact(anna.id(), NOW.minus(1, ChronoUnit.HOURS), "Nieuw"));

    List<TimelineEntry> timeline = store.timeline(anna.id());

    assertThat(timeline).extracting(TimelineEntry::type).containsExactly(RecordType.CONTACT,
        RecordType.COACHING_HOURS, RecordType.CONTACT, RecordType.LADDER_STEP);
    assertThat(((Contact) timeline.get(0).record()).summary()).isEqualTo("Nieuw");
    assertThat(store.employers()).containsExactly(employer);
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
    List<nl.trede.domain.DomainRecord> samples = List.of(anna, contact(anna.id(), NOW, "Gesprek"),
        step(anna.id(), null, 2, TODAY), hours(anna.id(), employer.id(), 4), employer);
    for (nl.trede.domain.DomainRecord record : samples) {
      RecordType type = java.util.Arrays.stream(RecordType.values())
          .filter(t -> t.recordClass() == record.getClass()).findFirst().orElseThrow();
      assertThat(LocalStore.candidateIdOf(type, Json.MAPPER.valueToTree(record))).as(type.wireName())
          .isEqualTo(record.fileCandidateId() == null ? null : record.fileCandidateId().toString());
    }
  }

  private static Candidate withPhone(Candidate c, String phone) {
    return new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), phone, c.address(),
        c.caseManagerId(), c.coachIds(), c.benefitStartDate(), c.flags(), c.classification(),
        c.wageValuePercent(), c.exemptions(), c.participation(), c.plan(), null, null, null, null, null);
  }
}
