package nl.trede.client.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * After Opslaan the app says what it saved and offers "Ongedaan maken" for a few seconds: before
 * the push the contact is taken back from the outbox; once the server has it, it is history and
 * the app leads to its correction.
 */
class SaveSaysItSavedTest extends FakeCaseloadUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private Contact saveAContact(FxRobot robot, FieldUi ui) throws Exception {
    robot.clickOn("Anna Jansen");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    ui.tap("#record-contact");
    ui.type("#summary", "Gesproken over dagritme");
    ui.tap("#save");
    assertThat(ui.title()).isEqualTo("Kandidaat");
    assertThat(ui.visible("#notice")).isTrue();
    assertThat(ui.text("#notice-text")).isEqualTo("Contactmoment met Anna Jansen opgeslagen.");
    assertThat(ui.text("#notice-action")).isEqualTo("Ongedaan maken");
    ui.picture("saved-contact");
    return ui.store().<Contact>inFile(server.anna.id(), RecordType.CONTACT).stream().findFirst().orElseThrow();
  }

  @Test
  void undoBeforeThePushTakesTheContactBackFromTheOutbox(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);
    LocalStore store = ui.store();
    Contact saved = saveAContact(robot, ui);
    assertThat(store.pendingOutbox(10)).singleElement()
        .satisfies(e -> assertThat(e.mutation().kind()).isEqualTo(MutationKind.CREATE));

    ui.tap("#notice-action");

    ui.waitFor(() -> "Ongedaan gemaakt: het contactmoment is niet bewaard.".equals(ui.text("#notice-text")));
    assertThat(store.pendingOutbox(10)).isEmpty();
    assertThat(store.find(saved.id())).isEmpty();
    assertThat(ui.texts()).doesNotContain("Gesproken over dagritme");
    ui.waitFor(() -> "Alles is gesynchroniseerd".equals(ui.text("#sync-pending")));
    ui.syncNow();
    assertThat(server.pushes()).noneMatch(r -> r.body().contains(saved.id().toString()));
  }

  @Test
  void undoAfterThePushLeadsToTheContactsCorrection(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);
    LocalStore store = ui.store();
    Contact saved = saveAContact(robot, ui);
    ui.syncNow();
    assertThat(store.pendingCount()).isZero();
    assertThat(store.find(saved.id()).orElseThrow().serverVersion()).isPositive();

    ui.tap("#notice-action");

    ui.waitFor(() -> ui.text("#notice-text").startsWith("Het contactmoment is al naar kantoor verstuurd."));
    assertThat(store.find(saved.id())).as("history the server has is never deleted").isPresent();
    assertThat(ui.text("#notice-action")).isEqualTo("Corrigeren");
    ui.picture("undo-after-push");
    ui.tap("#notice-action");
    assertThat(ui.title()).isEqualTo("Contact corrigeren");
    assertThat(ui.text("#form-heading")).startsWith("U corrigeert het contactmoment van ");
  }
}
