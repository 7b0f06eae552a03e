package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.trede.client.login.Session;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.DemoServerUiTest;
import nl.trede.client.ui.caseload.CaseloadPresenter;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.assessment.AssessmentKind;
import nl.trede.domain.assessment.SkillResult;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A coach takes the taalmeter at the kitchen table (000 §5.2): three taps for the verdicts, the
 * level, Opslaan; the timeline says an onvoldoende asks for a follow-up, and after a sync the
 * measurement is on the server, where the coach's other device receives it.
 */
class TaalmeterOnThePhoneTest extends DemoServerUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void aCoachRecordsATaalmeterSeesTheFollowUpAndTheServerHasIt(FxRobot robot) throws Exception {
    loggedIn(robot, "coach1");
    @SuppressWarnings("unchecked")
    ListView<CaseloadPresenter.Row> list = (ListView<CaseloadPresenter.Row>) ui.find("#caseload").orElseThrow();
    UUID candidate = list.getItems().get(0).candidateId();
    openCandidate(robot, candidate);

    ui.tap("#record-measurement");
    ui.waitFor(() -> "Meting vastleggen".equals(ui.title()));
    assertThat(ui.visible("#part-taalmeter")).isFalse();
    ui.tap("#kind-taalmeter");
    ui.tap("#language-sufficient");
    ui.tap("#digital-sufficient");
    ui.tap("#save");
    assertThat(ui.texts()).contains("Kies voldoende of onvoldoende voor rekenen.");
    ui.tap("#numeracy-insufficient");
    assertThat(ui.texts()).doesNotContain("Kies voldoende of onvoldoende voor rekenen.");
    ui.tap("#language-level-a2");
    ui.picture("taalmeter-form");
    ui.tap("#save");

    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    Assessment saved = ui.store().<Assessment>inFile(candidate, RecordType.ASSESSMENT).stream()
        .filter(a -> a.kind() == AssessmentKind.TAALMETER && a.date().equals(today())
            && a.numeracy() == SkillResult.INSUFFICIENT).findFirst().orElseThrow();
    assertThat(ui.textsIn("#entry-" + saved.id())).contains(
        "Taalmeter: taal voldoende, rekenen onvoldoende, digitaal voldoende · A2",
        "Onvoldoende: vervolgtraject inzetten", "Nog niet gesynchroniseerd");
    assertThat(ui.visible("#prompt-" + saved.id())).isTrue();
    ui.scrollTo("#entry-" + saved.id());
    ui.picture("taalmeter-on-the-timeline");

    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().find(saved.id()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
    ui.waitFor(() -> ui.textsIn("#entry-" + saved.id()).contains("Gesynchroniseerd"));

    Session otherPhone = device("coach1");
    sync(otherPhone);
    assertThat(otherPhone.store().<Assessment>inFile(candidate, RecordType.ASSESSMENT))
        .filteredOn(a -> a.id().equals(saved.id())).singleElement().satisfies(a -> {
          assertThat(a.insufficient()).containsExactly("numeracy");
          assertThat(a.languageLevel()).isEqualTo("A2");
          assertThat(a.authorId()).isEqualTo(otherPhone.user().userId());
        });
  }
}
