package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.stage.Stage;
import nl.trede.client.login.Session;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.DemoServerUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.config.BroadIntakePolicy;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.broadintake.DomainScore;
import nl.trede.domain.referral.Referral;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A Lansingerland coach holds the brede uitvraag at the kitchen table (002 §3.3.1) on the smallest
 * phone: a score for each of the thirteen life domains with one tap, what needs attention noted,
 * education, a job, talents, and signs of a work limitation; the timeline then asks for the UWV's
 * beoordeling arbeidsvermogen, and after a sync the coach's other device has the uitvraag.
 */
@DemoServerUiTest.DemoMunicipality("lansingerland")
class BroadIntakeOnThePhoneTest extends DemoServerUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void aCoachRecordsABroadIntakeSeesTheUwvPromptAndTheServerHasIt(FxRobot robot) throws Exception {
    loggedIn(robot, "coach1");
    UUID candidate = caseload().stream()
        .filter(id -> ui.store().<Referral>inFile(id, RecordType.REFERRAL).stream()
            .noneMatch(r -> "uwv-arbeidsvermogen".equals(r.target())))
        .findFirst().orElseThrow();
    openCandidate(robot, candidate);
    BroadIntakePolicy policy = ui.store().configuration().orElseThrow().broadIntake();

    ui.tap("#record-broad-intake");
    ui.waitFor(() -> "Brede uitvraag".equals(ui.title()));
    ui.tap("#save");
    assertThat(ui.texts()).contains("Kies een score van 1 tot en met 5.", "Kies ja of nee.");
    for (BroadIntakePolicy.Choice domain : policy.domains()) {
      ui.tap("#score-" + domain.key() + (domain.key().equals("financien") ? "-2" : "-4"));
    }
    assertThat(ui.text("#meaning-financien")).isEqualTo("Niet zelfredzaam");
    assertThat(ui.texts()).doesNotContain("Kies een score van 1 tot en met 5.");
    ui.type("#note-financien", "Schulden bij de zorgverzekeraar");
    ui.choose("#education-level", "Mbo 2");
    ui.tap("#add-experience");
    ui.type("#experience-role-0", "Orderpicker");
    ui.type("#experience-years-0", "3");
    ui.type("#talents", "nauwkeurig, doorzetter");
    ui.tap("#work-limitation-true");
    assertThat(ui.boundsOf("#score-maatschappelijke-participatie-5").getMaxX()).as("five chips fit the phone")
        .isLessThanOrEqualTo(FieldUi.WIDTH);
    ui.scrollTo("#domain-financien");
    ui.picture("broad-intake-form");
    ui.tap("#save");

    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    BroadIntake saved = ui.store().<BroadIntake>inFile(candidate, RecordType.BROAD_INTAKE).stream()
        .filter(b -> b.date().equals(today()) && b.signalsWorkLimitation()).findFirst().orElseThrow();
    assertThat(saved.domains()).hasSize(13).contains(new DomainScore("financien", 2, "Schulden bij de zorgverzekeraar"));
    assertThat(ui.textsIn("#entry-" + saved.id())).contains("Brede uitvraag",
        "Financiën: 2 · Niet zelfredzaam: Schulden bij de zorgverzekeraar",
        "Overige leefgebieden (12): voldoende of volledig zelfredzaam", "Werkervaring: Orderpicker (3 jaar)",
        "Beoordeling arbeidsvermogen aanvragen bij het UWV", "Nog niet gesynchroniseerd");
    assertThat(ui.visible("#prompt-" + saved.id())).isTrue();
    ui.scrollTo("#entry-" + saved.id());
    ui.picture("broad-intake-on-the-timeline");

    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().find(saved.id()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);

    Session otherPhone = device("coach1");
    sync(otherPhone);
    assertThat(otherPhone.store().<BroadIntake>inFile(candidate, RecordType.BROAD_INTAKE))
        .filteredOn(b -> b.id().equals(saved.id())).singleElement().satisfies(b -> {
          assertThat(b.educationLevel()).isEqualTo("mbo-2");
          assertThat(b.talents()).containsExactly("nauwkeurig", "doorzetter");
          assertThat(b.authorId()).isEqualTo(otherPhone.user().userId());
        });
  }
}
