package nl.trede.client.ui.shell;

import static nl.trede.client.support.FakeSyncServer.json;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.FAST_ITERATIONS;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.trede.client.TredeApp;
import nl.trede.client.device.Device;
import nl.trede.client.login.LoginService;
import nl.trede.client.support.FakeSyncServer;
import nl.trede.client.sync.LoginResult;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** When the phone puts the app in the background, what the coach saved leaves at once. */
@ExtendWith(ApplicationExtension.class)
class LifecycleTest {
  @TempDir
  Path dataDir;

  private final Candidate anna = candidate("Anna", "Jansen");
  private final List<Runnable> onPause = new ArrayList<>();
  private FakeSyncServer server;
  private AppController controller;
  private ExecutorService background;

  @Start
  void start(Stage stage) throws Exception {
    server = new FakeSyncServer()
        .on("/api/auth/login", r -> json(new LoginResult("token-1", COACH.toString(), "Anna de Vries",
            Role.PARTICIPATION_COACH, "overbetuwe", "Gemeente Overbetuwe")))
        .on("/api/sync/push", r -> {
          PushRequest push = r.bodyAs(PushRequest.class);
          return json(new PushResponse(push.mutations().stream()
              .map(m -> (MutationResult) new MutationResult.Applied(m.id(), m.recordId(), 1)).toList()));
        })
        .on("/api/sync/pull", r -> json(new PullPage(List.of(change(RecordType.CANDIDATE, anna, 1)), "s1", false,
            List.of())));
    background = Executors.newCachedThreadPool();
    Device phone = new Device() {
      @Override
      public Optional<Path> privateStorage() {
        return Optional.of(dataDir);
      }

      @Override
      public void onPause(Runnable action) {
        onPause.add(action);
      }

      @Override
      public void onResume(Runnable action) {}

      @Override
      public boolean open(java.net.URI uri) {
        return false;
      }
    };
    // Saves wait ten minutes before syncing, so only the pause can send this one now.
    controller = new AppController(new LoginService(dataDir, CLOCK, SyncClient::new, FAST_ITERATIONS, "test"),
        Messages.dutch(), CLOCK, background, Platform::runLater, phone,
        new SyncEngine.Settings(Duration.ofMinutes(10), Duration.ofMinutes(30), 100, 100));
    stage.setScene(TredeApp.scene(controller, 360, 640));
    stage.show();
    controller.start(new AppController.Options(server.url(), "coach1", "trede-demo"));
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(controller::close).get(10, TimeUnit.SECONDS);
    background.shutdownNow();
    server.close();
  }

  @Test
  void goingToTheBackgroundPushesTheOutboxWithoutWaiting() throws Exception {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> controller.engine()
        .map(e -> e.status().lastSuccess() != null && !e.status().running()).orElse(false));
    var store = controller.session().orElseThrow().store();
    store.create(RecordType.CONTACT, contact(anna.id(), NOW.minusSeconds(3600), "Bezoek"));
    controller.engine().orElseThrow().requestSoon();
    assertThat(server.requests("/api/sync/push")).isEmpty();

    assertThat(onPause).isNotEmpty();
    onPause.forEach(Runnable::run);

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.pendingCount() == 0);
    assertThat(server.requests("/api/sync/push")).hasSize(1);
  }
}
