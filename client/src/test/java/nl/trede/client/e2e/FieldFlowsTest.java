package nl.trede.client.e2e;

import javafx.stage.Stage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.Editing;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.OutboxEntry;
import nl.trede.client.store.StoredRecord;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.DemoServerUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.client.support.Fixtures;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncStatus;
import nl.trede.client.ui.caseload.CaseloadPresenter;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Each role's main flow, end to end, in a headless phone-sized window on a real encrypted store,
 * against the real server with its Overbetuwe demo: what the user sees afterwards, what the store
 * and the outbox hold, and what the server ends up with.
 */
class FieldFlowsTest extends DemoServerUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  /** Opens the caseload's first candidate and returns their id. */
  private UUID openFirstCandidate(FxRobot robot) throws Exception {
    @SuppressWarnings("unchecked")
    ListView<CaseloadPresenter.Row> list = (ListView<CaseloadPresenter.Row>) ui.find("#caseload").orElseThrow();
    CaseloadPresenter.Row first = list.getItems().get(0);
    robot.clickOn(first.name());
    ui.waitFor(() -> "Kandidaat".equals(ui.title()) && first.name().equals(ui.text("#candidate-name")));
    return first.candidateId();
  }

  @Test
  void aCoachRecordsAHomeVisitWithAgreementsAndTheNextDate(FxRobot robot) throws Exception {
    loggedIn(robot, "coach1");
    assertThat(ui.title()).isEqualTo("Mijn kandidaten");
    UUID candidate = openFirstCandidate(robot);

    robot.clickOn("#record-contact");
    assertThat(ui.text("#form-about")).startsWith("Kandidaat: ");
    ui.tap("#location-home");
    ui.type("#summary", "Huisbezoek: gesproken over dagritme en de vrijwilligersplek.");
    ui.type("#agreements", "Kandidaat belt vrijdag zelf de Voedselbank.");
    ui.tap("#next-in-2");
    ui.tap("#save");

    // Back on the candidate page, with the visit on top of the timeline.
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    LocalDate next = today().plusDays(14);
    assertThat(ui.texts()).contains("Huisbezoek: gesproken over dagritme en de vrijwilligersplek.",
        "Afspraken: Kandidaat belt vrijdag zelf de Voedselbank.", "Nog niet gesynchroniseerd");
    assertThat(ui.showsStartingWith("Thuis (huisbezoek) · ")).isTrue();
    assertThat(ui.text("#candidate-next")).startsWith("Volgend contact: ").contains("afgesproken");

    LocalStore store = ui.store();
    Contact saved = store.<Contact>inFile(candidate, RecordType.CONTACT).stream()
        .filter(c -> c.agreements() != null && c.agreements().startsWith("Kandidaat belt")).findFirst().orElseThrow();
    assertThat(saved.location()).isEqualTo(LocationType.HOME);
    assertThat(saved.nextContactDate()).isEqualTo(next);
    assertThat(saved.authorId()).isEqualTo(ui.controller().session().orElseThrow().user().userId());
    assertThat(store.pendingOutbox(10)).singleElement().satisfies(entry -> {
      assertThat(entry.mutation().kind()).isEqualTo(MutationKind.CREATE);
      assertThat(entry.mutation().recordId()).isEqualTo(saved.id());
    });
    // The demo starts with open conflicts for the office to show; what needs the user stays first.
    int demoConflicts = store.problems().size();
    assertThat(demoConflicts).as("the demo's open conflicts on coach1's caseload").isGreaterThan(1);
    assertThat(ui.text("#sync-attention")).isEqualTo("Bekijk: " + demoConflicts + " conflicten");
    assertThat(ui.text("#sync-pending")).isEqualTo("1 wijziging wacht op verzending");

    SyncStatus synced = ui.syncNow();

    assertThat(synced.lastError()).isNull();
    assertThat(store.pendingCount()).isZero();
    assertThat(store.find(saved.id()).orElseThrow()).extracting(StoredRecord::syncState, StoredRecord::serverVersion)
        .containsExactly(SyncState.SYNCED, 1L);
    ui.waitFor(() -> ui.text("#sync-last").startsWith("Laatst gesynchroniseerd: "));
    assertThat(ui.text("#sync-attention")).isEqualTo("Bekijk: " + demoConflicts + " conflicten");
    assertThat(ui.text("#sync-pending")).isEqualTo("Alles is gesynchroniseerd");
    assertThat(ui.texts()).contains("Gesynchroniseerd");
  }

  @Test
  void aCoachRecordsALadderStepWithItsReasonAndCorrectsIt(FxRobot robot) throws Exception {
    loggedIn(robot, "coach1b");
    UUID candidate = openFirstCandidate(robot);
    int from = ui.store().currentRung(candidate).orElseThrow();
    int to = from == 6 ? 5 : from + 1;

    robot.clickOn("#record-step");
    ui.tap("#save");
    assertThat(ui.texts()).contains("Kies naar welke trede de kandidaat gaat.");
    ui.tap("#to-rung-" + to);
    ui.type("#reason", "Doet sinds twee weken mee aan de training Aan het werk.");
    ui.tap("#save");

    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.text("#candidate-rung")).startsWith("Huidige trede: " + to + " – ");
    assertThat(ui.texts()).contains("Trede " + from + " → " + to, "Doet sinds twee weken mee aan de training Aan het werk.");
    LadderStep step = ui.store().<LadderStep>inFile(candidate, RecordType.LADDER_STEP).stream()
        .filter(s -> s.reason().startsWith("Doet sinds twee weken")).findFirst().orElseThrow();
    assertThat(step.fromRung()).isEqualTo(from);
    assertThat(step.toRung()).isEqualTo(to);
    assertThat(ui.store().pendingOutbox(10)).extracting(e -> e.mutation().recordId()).containsExactly(step.id());

    // A slip: the step is corrected by a new entry; the old one stays, struck through.
    ui.tap("#correct-" + step.id());
    ui.waitFor(() -> "Trede corrigeren".equals(ui.title()));
    ui.tap("#to-rung-" + from);
    ui.type("#reason", "Verkeerd vastgelegd: de training begint pas volgende maand.");
    ui.tap("#save");

    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.text("#candidate-rung")).startsWith("Huidige trede: " + from + " – ");
    assertThat(ui.find("#timeline").orElseThrow().lookupAll(".corrected")).hasSize(1);
    assertThat(ui.texts()).contains("Vervangen door een correctie");
    LadderStep correction = ui.store().<LadderStep>inFile(candidate, RecordType.LADDER_STEP).stream()
        .filter(s -> step.id().equals(s.correctsId())).findFirst().orElseThrow();
    assertThat(correction.toRung()).isEqualTo(from);
    assertThat(ui.store().pendingOutbox(10)).extracting(e -> e.mutation().recordId())
        .containsExactly(step.id(), correction.id());

    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().find(correction.id()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
  }

  @Test
  void aJobcoachBooksHoursThatTheEmployersContactConfirmsOnThePhone(FxRobot robot) throws Exception {
    loggedIn(robot, "jobcoach1");
    assertThat(ui.title()).isEqualTo("Vandaag");
    Node firstCard = ui.findByIdPrefix("open-").orElseThrow();
    UUID placementId = UUID.fromString(firstCard.getId().substring("open-".length()));
    Placement placement = ui.store().<Placement>all(RecordType.PLACEMENT).stream()
        .filter(p -> p.id().equals(placementId)).findFirst().orElseThrow();

    ui.tap("#book-" + placementId);
    ui.waitFor(() -> "Uren boeken".equals(ui.title()));
    ui.tap("#quick-4");
    assertThat(ui.text("#amount")).isEqualTo("1 uur");
    ui.type("#confirm-name", "Marco Willems");
    ui.tap("#confirm");
    assertThat(ui.text("#confirmation")).startsWith("Bevestigd door Marco Willems om ").endsWith(": 1 uur.");
    // The contact confirmed one hour; an extra quarter voids it until they confirm again.
    ui.tap("#more");
    assertThat(ui.text("#confirmation")).startsWith("De bevestiging is vervallen");
    assertThat(ui.find("#confirm").orElseThrow().isVisible()).as("Bevestigen is offered again").isTrue();
    assertThat(ui.find("#confirm-name").orElseThrow().isDisabled()).isFalse();
    ui.tap("#less");
    ui.tap("#confirm");
    ui.tap("#save");

    ui.waitFor(() -> "Vandaag".equals(ui.title()));
    assertThat(ui.textsIn("#open-" + placementId)).anySatisfy(t -> assertThat(t).startsWith("Deze week "));
    CoachingHours booked = ui.store().<CoachingHours>inFile(placement.candidateId(), RecordType.COACHING_HOURS)
        .stream().filter(h -> "Marco Willems".equals(h.confirmedBy()) && h.date().equals(today()))
        .findFirst().orElseThrow();
    assertThat(booked.quarterHours()).isEqualTo(4);
    assertThat(booked.placementId()).isEqualTo(placementId);
    assertThat(booked.employerId()).isEqualTo(placement.employerId());
    assertThat(booked.confirmedAt()).isNotNull();
    List<OutboxEntry> outbox = ui.store().pendingOutbox(10);
    assertThat(outbox).singleElement().satisfies(e -> {
      assertThat(e.mutation().type()).isEqualTo(RecordType.COACHING_HOURS);
      assertThat(e.mutation().fields().get("confirmedBy").asText()).isEqualTo("Marco Willems");
    });

    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().find(booked.id()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
  }

  @Test
  void aJobhunterRegistersAnEmployerAndAVacancyOnSiteAndSeesWhoMightFit(FxRobot robot) throws Exception {
    loggedIn(robot, "jobhunter1");
    assertThat(ui.title()).isEqualTo("Werkgevers");

    robot.clickOn("#register-employer");
    ui.type("#employer-name-field", "Kwekerij De Betuwe");
    ui.type("#kvk", "1234567");
    assertThat(ui.texts()).contains("Een KvK-nummer heeft 8 cijfers.");
    ui.type("#kvk", "1234 5678");
    assertThat(ui.texts()).doesNotContain("Een KvK-nummer heeft 8 cijfers.");
    ui.choose("#sector", "Landbouw");
    ui.type("#contact-person", "Gerda Jansen");
    ui.type("#contact-phone", "0481-123456");
    ui.tap("#save");

    ui.waitFor(() -> "Werkgever".equals(ui.title()));
    assertThat(ui.text("#employer-name")).isEqualTo("Kwekerij De Betuwe");
    assertThat(ui.texts()).contains("KvK 12345678 · Landbouw", "Nog geen vacatures bij deze werkgever.");

    ui.tap("#new-vacancy");
    ui.type("#vacancy-title", "Medewerker kwekerij");
    ui.type("#new-task", "Planten oppotten");
    ui.tap("#add-task");
    ui.type("#new-task", "Karren met planten klaarzetten");
    ui.tap("#add-task");
    ui.type("#vacancy-hours", "20");
    robot.interact(() -> ((javafx.scene.control.CheckBox) ui.find("#requirement-vca").orElseThrow()).setSelected(true));
    robot.interact(() -> ((javafx.scene.control.CheckBox) ui.find("#suits-register").orElseThrow()).setSelected(true));
    ui.tap("#save");

    ui.waitFor(() -> "Werkgever".equals(ui.title()));
    assertThat(ui.texts()).contains("Medewerker kwekerij", "20 uur per week · 2 taken · Open");
    Employer employer = ui.store().employers().stream().filter(e -> e.name().equals("Kwekerij De Betuwe"))
        .findFirst().orElseThrow();
    assertThat(employer.kvkNumber()).isEqualTo("12345678");
    assertThat(employer.sector()).isEqualTo(Sector.AGRICULTURE);
    Vacancy vacancy = ui.store().<Vacancy>all(RecordType.VACANCY).stream()
        .filter(v -> v.employerId().equals(employer.id())).findFirst().orElseThrow();
    assertThat(vacancy.tasks()).containsExactly("Planten oppotten", "Karren met planten klaarzetten");
    assertThat(vacancy.requirements()).containsExactly(Requirement.VCA);
    assertThat(vacancy.suitsTargetGroupRegister()).isTrue();
    assertThat(ui.store().pendingOutbox(10)).extracting(e -> e.mutation().type(), e -> e.mutation().recordId())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RecordType.EMPLOYER, employer.id()),
            org.assertj.core.groups.Tuple.tuple(RecordType.VACANCY, vacancy.id()));
    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().pendingCount()).isZero();

    // Online: who in the municipality's pool might fit, without names.
    ui.tap("#vacancy-" + vacancy.id());
    ui.tap("#find-candidates");
    ui.waitFor(() -> ui.text("#matching-status") != null && ui.text("#matching-status").contains(" beste van "));
    List<String> shown = ui.textsIn("#matches");
    assertThat(shown).anySatisfy(t -> assertThat(t).matches("Kandidaat K-[0-9A-F]{4}-[0-9A-F]{4}"));
    assertThat(shown).anySatisfy(t -> assertThat(t).isEqualTo("Contact via klantmanager Fatima El Amrani"));
    assertThat(ui.store().all(RecordType.CANDIDATE)).as("a jobhunter's device holds no candidate files").isEmpty();
  }

  @Test
  void aConflictIsShownWithBothValuesSideBySideAndResolvedByChoosing(FxRobot robot) throws Exception {
    loggedIn(robot, "jobhunter1");
    // The demo leaves a conflict on one employer for the office console; this test takes another.
    int demoConflicts = ui.store().problems().size();
    Employer employer = ui.store().employers().stream()
        .filter(e -> ui.store().conflicts(e.id()).isEmpty()).findFirst().orElseThrow();

    // A coach's phone changed the same employer's contact person a moment earlier.
    Session other = new LoginService(deviceDir.resolve("other"), CLOCK, SyncClient::new, Fixtures.FAST_ITERATIONS,
        "other").login(server.url(), "coach1", PASSWORD.toCharArray());
    SyncEngine otherSync = new SyncEngine(other.store(), other.client(), CLOCK, Backoff.standard(),
        SyncEngine.Settings.standard());
    assertThat(otherSync.syncNow().lastError()).isNull();
    Editing<Employer> opened = other.store().<Employer>edit(RecordType.EMPLOYER, employer.id()).orElseThrow();
    other.store().update(opened, withContact(opened.record(), "Sanne Aalbers"));
    assertThat(otherSync.syncNow().pending()).isZero();

    // The jobhunter, still on the old version, sets it too, through the form.
    ui.tap("#nav-employers");
    ui.waitFor(() -> ui.find("#employers").isPresent());
    robot.interact(() -> {
      @SuppressWarnings("unchecked")
      ListView<Object> list = (ListView<Object>) ui.find("#employers").orElseThrow();
      list.getSelectionModel().select(list.getItems().stream()
          .filter(r -> ((nl.trede.client.ui.employers.EmployersPresenter.Row) r).employerId().equals(employer.id()))
          .findFirst().orElseThrow());
      list.getOnMouseClicked().handle(null);
    });
    ui.tap("#edit-employer");
    ui.type("#contact-person", "Joop Aalbers");
    ui.tap("#save");
    ui.syncNow();

    String oneMore = "Bekijk: " + (demoConflicts + 1) + " conflicten";
    ui.waitFor(() -> oneMore.equals(ui.text("#sync-attention")));
    assertThat(ui.store().find(employer.id()).orElseThrow().syncState()).isEqualTo(SyncState.CONFLICT);
    ui.tap("#sync-details");
    ui.waitFor(() -> "Synchronisatie".equals(ui.title()));
    assertThat(ui.texts()).contains("Werkgever " + employer.name(), "Conflict bij: Contactpersoon");
    ui.tap("#resolve-" + employer.id());

    ui.waitFor(() -> "Conflict oplossen".equals(ui.title()));
    assertThat(ui.textsIn("#keep-kept-0")).containsExactly("Staat nu in Trede", "Sanne Aalbers", "als laatste opgeslagen");
    assertThat(ui.textsIn("#keep-other-0")).contains("Botsende wijziging", "Joop Aalbers")
        .anySatisfy(t -> assertThat(t).startsWith("door u"));
    ui.tap("#save");
    assertThat(ui.text("#conflict-error")).isEqualTo("Kies bij elk gegeven welke waarde blijft.");
    ui.tap("#keep-other-0");
    ui.tap("#save");

    ui.waitFor(() -> "Synchronisatie".equals(ui.title()));
    assertThat(ui.store().conflicts(employer.id())).isEmpty();
    assertThat(ui.store().pendingOutbox(10)).singleElement().satisfies(e -> {
      assertThat(e.mutation().kind()).isEqualTo(MutationKind.UPDATE);
      assertThat(e.mutation().resolves()).hasSize(1);
      assertThat(e.mutation().fields().get("contactPerson").asText()).isEqualTo("Joop Aalbers");
    });
    assertThat(ui.syncNow().lastError()).isNull();
    ui.waitFor(() -> ui.find("#resolve-" + employer.id()).isEmpty());
    assertThat(ui.store().problems()).hasSize(demoConflicts);
    assertThat(ui.store().pendingCount()).isZero();

    // The colleague's phone gets the chosen value and no open conflict.
    otherSync.syncNow();
    StoredRecord theirs = other.store().find(employer.id()).orElseThrow();
    assertThat(((ObjectNode) theirs.data()).get("contactPerson").asText()).isEqualTo("Joop Aalbers");
    assertThat(other.store().conflicts(employer.id())).isEmpty();
    otherSync.close();
    other.store().close();
  }

  private static Employer withContact(Employer e, String contact) {
    return new Employer(e.id(), e.name(), e.kvkNumber(), e.sector(), e.address(), contact, e.contactPhone(),
        e.contactEmail(), e.harrieTrained(), e.sroiObligation(), null, null);
  }
}
