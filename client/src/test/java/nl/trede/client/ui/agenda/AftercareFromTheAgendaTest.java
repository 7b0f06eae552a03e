package nl.trede.client.ui.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import nl.trede.client.support.FakeCaseload;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Nazorg (002 §3.4.2: "nog een aantal keer contact" after leaving benefit for a job): the agenda
 * lists the aftercare contact of a closed file, marked "Nazorg", and recording it from the card
 * saves a contact that counts as aftercare, so the schedule moves on.
 */
class AftercareFromTheAgendaTest extends FakeCaseloadUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void recordingFromAnAftercardCardSavesAnAftercareContactAndTheNextStepComesDue(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot, FakeCaseload.leftForWork());
    String anna = server.anna.id().toString();

    ui.tap("#nav-agenda");
    assertThat(ui.textsIn("#agenda-" + anna)).contains("Anna Jansen", "Nazorg");
    assertThat(ui.text("#agenda-aftercare-" + anna)).isEqualTo("Nazorg");
    ui.tap("#agenda-contact-" + anna);
    assertThat(ui.find("#aftercare").map(n -> ((javafx.scene.control.CheckBox) n).isSelected())).contains(true);
    ui.type("#summary", "Gebeld: het werk bevalt, kinderopvang geregeld");
    ui.tap("#save");

    Contact saved = ui.store().<Contact>inFile(server.anna.id(), RecordType.CONTACT).stream().findFirst().orElseThrow();
    assertThat(saved.aftercare()).isTrue();
    ui.tap("#nav-agenda");
    assertThat(ui.find("#agenda-" + anna)).as("the next step is 90 days after the exit, beyond two weeks").isEmpty();
    ui.tap("#nav-caseload");
    assertThat(ui.texts()).anyMatch(t -> t.startsWith("Uitgestroomd") && t.contains("Nazorg Contact 25 mei 2026"));
  }
}
