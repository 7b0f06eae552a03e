package nl.trede.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The two lines the desktop package's training run waits for and its benchmark measures by
 * (scripts/package-app.sh, bench's PackagedStartBench): each once, timed from the process start.
 */
@ExtendWith(ApplicationExtension.class)
class StartupTraceTest {
  private final Logger logger = Logger.getLogger(StartupTrace.class.getName());
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      lines.add(new SimpleFormatter().formatMessage(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    logger.addHandler(handler);
  }

  @AfterEach
  void detach() {
    logger.removeHandler(handler);
  }

  @Test
  void logsTheLoginPageAndTheFirstScreenAfterTheLoginOnceEach(FxRobot robot) {
    Instant processStart = Instant.parse("2026-12-07T09:00:00Z");
    Clock clock = Clock.fixed(processStart.plusMillis(1_234), ZoneOffset.UTC);
    AtomicBoolean loggedIn = new AtomicBoolean();
    Label page = new Label("Inloggen");
    robot.interact(() -> {
      Scene scene = new Scene(new StackPane(page), 360, 640);
      new StartupTrace(processStart, clock).watch(scene, loggedIn::get);
      stage.setScene(scene);
      stage.show();
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lines).containsExactly("startup: login page shown ms=1234");

    loggedIn.set(true);
    robot.interact(() -> page.setText("Mijn kandidaten"));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> page.setText("Mijn kandidaten (200)"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lines).containsExactly("startup: login page shown ms=1234", "startup: home screen shown ms=1234");
  }
}
