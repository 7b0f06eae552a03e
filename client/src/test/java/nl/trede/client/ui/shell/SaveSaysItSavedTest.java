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
 * the push the contact is taken back from the outbox; once the server has it, it is history, and
 * undoing writes a withdrawal (decision 0050) that the timeline shows.
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
  void undoAfterThePushWithdrawsTheContactAndTheTimelineShowsItWithdrawn(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);
    LocalStore store = ui.store();
    Contact saved = saveAContact(robot, ui);
    ui.syncNow();
    assertThat(store.pendingCount()).isZero();
    assertThat(store.find(saved.id()).orElseThrow().serverVersion()).isPositive();

    ui.tap("#notice-action");

    ui.waitFor(() -> "Ongedaan gemaakt: het contactmoment was al verstuurd en is nu ingetrokken."
        .equals(ui.text("#notice-text")));
    assertThat(store.find(saved.id())).as("history the server has is never deleted").isPresent();
    Contact withdrawal = store.<Contact>inFile(server.anna.id(), RecordType.CONTACT).stream()
        .filter(c -> !c.id().equals(saved.id())).findFirst().orElseThrow();
    assertThat(withdrawal.withdrawn()).isTrue();
    assertThat(withdrawal.correctsId()).isEqualTo(saved.id());
    assertThat(withdrawal.authorId()).isEqualTo(saved.authorId());
    ui.waitFor(() -> ui.textsIn("#entry-" + saved.id()).contains("Ingetrokken"));
    assertThat(ui.find("#entry-" + saved.id()).orElseThrow().getStyleClass()).contains("corrected");
    assertThat(ui.find("#correct-" + saved.id())).as("a withdrawn contact is not corrected again").isEmpty();
    assertThat(ui.textsIn("#entry-" + withdrawal.id())).anyMatch(t -> t.startsWith("Intrekking van "));
    ui.picture("undo-after-push");
    ui.scrollTo("#entry-" + withdrawal.id());
    ui.picture("timeline-withdrawn");

    ui.syncNow();
    assertThat(server.pushes()).anyMatch(r -> r.body().contains(withdrawal.id().toString())
        && r.body().contains("\"withdrawn\":true"));
  }
}
