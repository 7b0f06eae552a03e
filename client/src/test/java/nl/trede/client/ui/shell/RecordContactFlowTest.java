package nl.trede.client.ui.shell;

import static nl.trede.client.support.FakeSyncServer.json;
import static nl.trede.client.support.FakeSyncServer.problem;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.FAST_ITERATIONS;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import nl.trede.client.TredeApp;
import nl.trede.client.device.Device;
import nl.trede.client.login.LoginService;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.OutboxEntry;
import nl.trede.client.support.FakeSyncServer;
import nl.trede.client.sync.LoginResult;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.sync.MutationKind;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The coach's main path, in a headless window: log in, open a candidate, record a contact. */
@ExtendWith(ApplicationExtension.class)
class RecordContactFlowTest {
  @TempDir
  Path dataDir;

  private final Candidate anna = candidate("Anna", "Jansen");
  private FakeSyncServer server;
  private AppController controller;
  private ExecutorService background;

  @Start
  void start(Stage stage) throws Exception {
    server = new FakeSyncServer()
        .on("/api/auth/login", r -> json(new LoginResult("token-1", COACH.toString(), "Anna de Vries",
            Role.PARTICIPATION_COACH, "overbetuwe", "Gemeente Overbetuwe")))
        // The server is unreachable for pushes: the contact must wait in the outbox.
        .on("/api/sync/push", r -> problem(503, "server-error", "down for maintenance"))
        .on("/api/sync/pull", r -> json(new PullPage(List.of(change(RecordType.CANDIDATE, anna, 1),
            change(RecordType.LADDER_STEP, step(anna.id(), null, 2, TODAY.minusMonths(3)), 1),
            change(RecordType.EMPLOYER, employer("Supermarkt Heteren"), 1)), "s1", false, List.of())));
    background = Executors.newCachedThreadPool();
    LoginService login = new LoginService(dataDir, CLOCK, SyncClient::new, FAST_ITERATIONS, "test");
    controller = new AppController(login, Messages.dutch(), CLOCK, background, Platform::runLater,
        Device.detect(), new SyncEngine.Settings(Duration.ofMillis(50), Duration.ofMinutes(10), 100, 100));
    stage.setScene(TredeApp.scene(controller));
    stage.show();
    controller.start(new AppController.Options(server.url(), null, null));
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(controller::close).get(10, TimeUnit.SECONDS);
    background.shutdownNow();
    server.close();
  }

  @Test
  void aCoachLogsInRecordsAContactAndSeesItInTheTimeline(FxRobot robot) throws Exception {
    robot.clickOn("#username").write("coach1");
    robot.clickOn("#password").write("trede-demo");
    robot.clickOn("#login");
    waitFor(robot, () -> robot.lookup("Anna Jansen").tryQuery().isPresent());

    robot.clickOn("Anna Jansen");
    waitFor(robot, () -> robot.lookup("#candidate-rung").tryQuery().isPresent());
    assertThat(robot.lookup("#candidate-rung").queryAs(Label.class).getText())
        .isEqualTo("Huidige trede: 2 – Sociale contacten buitenshuis");

    robot.clickOn("#record-contact");
    robot.clickOn("#summary").write("Gesproken over dagritme");
    robot.interact(() -> robot.lookup("#agreements").queryAs(TextInputControl.class)
        .setText("Volgende week samen naar het buurthuis"));
    robot.interact(() -> robot.lookup("#save").queryButton().fire());

    waitFor(robot, () -> robot.lookup("Gesproken over dagritme").tryQuery().isPresent());
    assertThat(robot.lookup("#title").queryAs(Label.class).getText()).isEqualTo("Kandidaat");
    assertThat(robot.lookup("Afspraken: Volgende week samen naar het buurthuis").tryQuery()).isPresent();

    LocalStore store = controller.session().orElseThrow().store();
    List<OutboxEntry> outbox = store.pendingOutbox(10);
    assertThat(outbox).singleElement().satisfies(entry -> {
      assertThat(entry.mutation().kind()).isEqualTo(MutationKind.CREATE);
      assertThat(entry.mutation().type()).isEqualTo(RecordType.CONTACT);
    });
    Contact saved = (Contact) store.timeline(anna.id()).get(0).record();
    assertThat(saved.summary()).isEqualTo("Gesproken over dagritme");
    assertThat(saved.location()).isEqualTo(LocationType.HOME);
    assertThat(saved.authorId()).isEqualTo(COACH);
    assertThat(server.requests("/api/auth/login")).singleElement()
        .satisfies(r -> assertThat(r.body()).contains(store.deviceId().toString()));
    waitFor(robot, () -> text(robot, "#sync-pending").filter(t -> t.startsWith("1 wijziging")).isPresent());
  }

  @Test
  void aFormWithErrorsShowsThemInDutchAndSavesNothing(FxRobot robot) throws Exception {
    robot.clickOn("#username").write("coach1");
    robot.clickOn("#password").write("trede-demo");
    robot.clickOn("#login");
    waitFor(robot, () -> robot.lookup("Anna Jansen").tryQuery().isPresent());
    robot.clickOn("Anna Jansen");
    waitFor(robot, () -> robot.lookup("#record-step").tryQuery().isPresent());
    robot.clickOn("#record-step");

    robot.interact(() -> robot.lookup("#save").queryButton().fire());

    assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
        .filteredOn(Label::isVisible).extracting(Label::getText)
        .containsExactly("Kies naar welke trede de kandidaat gaat.",
            "Schrijf op waarom: dat maakt de stap controleerbaar.");
    assertThat(controller.session().orElseThrow().store().pendingCount()).isZero();
    assertThat(robot.lookup("#title").queryAs(Label.class).getText()).isEqualTo("Trede");
  }

  private static Optional<String> text(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(node -> node instanceof Label l ? l.getText()
        : node instanceof Button b ? b.getText() : null);
  }

  private static void waitFor(FxRobot robot, java.util.function.BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
