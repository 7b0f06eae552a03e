package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.contact;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.hours;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.trede.client.support.Fixtures;
import nl.trede.config.ContactDue;
import nl.trede.config.ContactPolicy;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.ValidationException;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's queries for the field screens, on a real encrypted file. */
class FieldQueriesTest extends StoreWithOneCandidate {
  @BeforeEach
  void withTheConfiguration() {
    store.storePullPage(page("c1b", change(RecordType.CONFIGURATION, Fixtures.overbetuwe(), 1)));
  }

  @Test
  void theConfigurationIsTheOneTheServerSent() {
    assertThat(store.configuration()).hasValueSatisfying(c -> {
      assertThat(c.municipality()).isEqualTo("overbetuwe");
      assertThat(c.dimension("spoor").orElseThrow().fieldEditable()).isTrue();
    });
  }

  @Test
  void theCaseloadCarriesTheLatestContactThatNoCorrectionReplaced() {
    Contact older = contact(anna.id(), NOW.minus(20, ChronoUnit.DAYS), "Eerste bezoek");
    Contact newest = contact(anna.id(), NOW.minus(2, ChronoUnit.DAYS), "Verkeerd genoteerd");
    // The correction moves the visit back to before the older one: the older is now the latest.
    Contact correction = new Contact(Ids.newId(), anna.id(), null, COACH, newest.location(),
        NOW.minus(30, ChronoUnit.DAYS), 30, null, "Gecorrigeerd", null, null, false, false, newest.id());
    store.storePullPage(page("c2", change(RecordType.CONTACT, older, 1), change(RecordType.CONTACT, newest, 1),
        change(RecordType.CONTACT, correction, 1)));

    CaseloadFile file = store.caseloadFiles().get(0);

    assertThat(file.file().contacts()).extracting(Contact::id).containsExactly(older.id());
  }

  @Test
  void theContactsOfTheSignalsWindowAreThoseInForceSinceTheInstantAskedOfFilesWithASignalInIt() {
    Contact before = contact(anna.id(), NOW.minus(70, ChronoUnit.DAYS), "Voor het venster");
    Contact kept = contact(anna.id(), NOW.minus(10, ChronoUnit.DAYS), "Blijft staan")
        .withSignals(java.util.Set.of(nl.trede.domain.contact.WorkplaceSignal.THREATENED_JOB_LOSS));
    Contact misdated = contact(anna.id(), NOW.minus(5, ChronoUnit.DAYS), "Verkeerde dag");
    // Corrected to a day before the window: no version of it is in the window.
    Contact movedBack = new Contact(Ids.newId(), anna.id(), null, COACH, LocationType.HOME,
        NOW.minus(80, ChronoUnit.DAYS), 30, null, "Gecorrigeerd", null, null, false, false, misdated.id());
    Contact mistake = contact(anna.id(), NOW.minus(3, ChronoUnit.DAYS), "Per ongeluk vastgelegd");
    store.storePullPage(page("c2", change(RecordType.CONTACT, before, 1), change(RecordType.CONTACT, kept, 1),
        change(RecordType.CONTACT, misdated, 1), change(RecordType.CONTACT, movedBack, 1),
        change(RecordType.CONTACT, mistake, 1), change(RecordType.CONTACT, mistake.withdrawal(Ids.newId(), COACH), 1)));

    Map<java.util.UUID, List<Contact>> recent = store.recentContacts(NOW.minus(56, ChronoUnit.DAYS));

    assertThat(recent.get(anna.id())).extracting(Contact::id).containsExactly(kept.id());
    assertThat(store.recentContacts(NOW.minus(9, ChronoUnit.DAYS))).as("no signal in a shorter window").isEmpty();
  }

  @Test
  void aNoShowAfterAConversationLeavesTheDueDateWhereTheConversationSetIt() {
    Contact talk = contact(anna.id(), NOW.minus(20, ChronoUnit.DAYS), "Gesprek over vrijwilligerswerk");
    Contact noShow = new Contact(Ids.newId(), anna.id(), null, COACH, LocationType.HOME,
        NOW.minus(3, ChronoUnit.DAYS), 0, null, "Niet thuis; kaartje achtergelaten.", null, null, true, false, null);
    store.storePullPage(page("c2", change(RecordType.CONTACT, talk, 1), change(RecordType.CONTACT, noShow, 1)));

    CandidateFile caseload = store.caseloadFiles().get(0).file();
    CandidateFile whole = new CandidateFile(anna, List.of(), List.of(), List.of(talk, noShow));
    MunicipalityConfig config = store.configuration().orElseThrow();

    assertThat(caseload.lastContactOn(TODAY)).map(Contact::id).contains(noShow.id());
    assertThat(ContactDue.of(config, caseload, TODAY)).as("the caseload card says what the candidate page says")
        .isEqualTo(ContactDue.of(config, whole, TODAY))
        .hasValueSatisfying(due -> assertThat(due.due()).isEqualTo(talk.nextContactDate()));
  }

  @Test
  void theCaseloadCarriesEveryStepSoTheRungIsTheLatestUncorrectedOne() {
    LadderStep intake = step(anna.id(), null, 2, TODAY.minusMonths(6));
    LadderStep up = step(anna.id(), 2, 4, TODAY.minusMonths(1));
    LadderStep fix = new LadderStep(Ids.newId(), anna.id(), 2, 3, TODAY.minusMonths(1), "Was trede 3", COACH, up.id());
    store.storePullPage(page("c2", change(RecordType.LADDER_STEP, intake, 1), change(RecordType.LADDER_STEP, up, 1),
        change(RecordType.LADDER_STEP, fix, 1)));

    CaseloadFile file = store.caseloadFiles().get(0);

    assertThat(file.file().rungOn(TODAY)).contains(3);
    assertThat(file.file().steps()).extracting(LadderStep::id).containsExactly(intake.id(), fix.id());
  }

  @Test
  void historyHoldsPlacementsBesideContactsAndCorrectedEntries() {
    Employer shop = employer("Supermarkt Heteren");
    Placement job = Fixtures.coachedJob(anna.id(), shop.id(), COACH, TODAY.plusMonths(2));
    Contact visit = contact(anna.id(), NOW.minus(1, ChronoUnit.DAYS), "Bezoek");
    store.storePullPage(page("c2", change(RecordType.EMPLOYER, shop, 1), change(RecordType.PLACEMENT, job, 1),
        change(RecordType.CONTACT, visit, 1)));

    assertThat(store.history(anna.id())).extracting(StoredRecord::id).containsExactlyInAnyOrder(job.id(), visit.id());
    assertThat(store.<Placement>inFile(anna.id(), RecordType.PLACEMENT)).extracting(Placement::id)
        .containsExactly(job.id());
    assertThat(store.<Placement>all(RecordType.PLACEMENT)).extracting(Placement::id).containsExactly(job.id());
  }

  @Test
  void resolvingAConflictIsOneUpdateThatNamesTheConflictAndSettlesItOnTheDevice() {
    Employer shop = employer("Supermarkt Heteren");
    FieldConflict conflict = new FieldConflict(Ids.newId(), "contactPerson", Json.MAPPER.valueToTree("Sanne"),
        Json.MAPPER.valueToTree("Joop"), Ids.newId(), COACH, NOW);
    store.storePullPage(page("c2", new RecordChange(RecordType.EMPLOYER, shop.id(), 4, false,
        Json.MAPPER.valueToTree(shop), List.of(conflict))));
    assertThat(store.find(shop.id()).orElseThrow().syncState()).isEqualTo(SyncState.CONFLICT);

    Employer chosen = (Employer) store.resolveConflicts(RecordType.EMPLOYER, shop.id(),
        Map.of("contactPerson", Json.MAPPER.valueToTree("Joop")));

    assertThat(chosen.contactPerson()).isEqualTo("Joop");
    assertThat(store.conflicts(shop.id())).isEmpty();
    assertThat(store.find(shop.id()).orElseThrow().syncState()).isEqualTo(SyncState.PENDING);
    assertThat(store.pendingOutbox(10)).singleElement().satisfies(entry -> {
      assertThat(entry.mutation().kind()).isEqualTo(MutationKind.UPDATE);
      assertThat(entry.mutation().baseVersion()).isEqualTo(4);
      assertThat(entry.mutation().resolves()).containsExactly(conflict.id());
      assertThat(entry.mutation().fields().get("contactPerson").asText()).isEqualTo("Joop");
    });
  }

  @Test
  void aResolutionForAFieldWithoutAnOpenConflictIsRefusedAndWritesNothing() {
    Employer shop = employer("Supermarkt Heteren");
    store.storePullPage(page("c2", change(RecordType.EMPLOYER, shop, 2)));

    assertThatThrownBy(() -> store.resolveConflicts(RecordType.EMPLOYER, shop.id(),
        Map.of("name", Json.MAPPER.valueToTree("Andere naam"))))
        .isInstanceOf(ValidationException.class);
    assertThat(store.pendingCount()).isZero();
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
}
