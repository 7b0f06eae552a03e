package nl.trede.client.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.trede.client.device.Reminder;
import nl.trede.client.ui.kit.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On a desktop the app reminds by itself while it runs: a notice at the moment, leading to the agenda. */
@ExtendWith(ApplicationExtension.class)
class InAppRemindersTest {
  private final Clock clock = Clock.systemUTC();
  private final AtomicInteger agendaOpened = new AtomicInteger();
  private AppShell shell;
  private InAppReminders reminders;

  @Start
  void start(Stage stage) {
    shell = new AppShell(Messages.dutch());
    shell.show(new Screen("Agenda", new Label("agenda"), true, null));
    reminders = new InAppReminders(shell, clock, Platform::runLater, "Naar agenda", agendaOpened::incrementAndGet);
    stage.setScene(new Scene(shell, 360, 640));
    stage.show();
  }

  @AfterEach
  void stop() {
    reminders.close();
  }

  private Reminder inMillis(String id, long millis) {
    return new Reminder(id, ZonedDateTime.now(clock).withZoneSameInstant(ZoneId.of("Europe/Amsterdam"))
        .plusNanos(millis * 1_000_000), "Trede", "Vandaag 2 contacten gepland. Open Trede voor de agenda.");
  }

  private Node lookup(String id) {
    return shell.lookup("#" + id);
  }

  @Test
  void aReminderShowsAtItsMomentAndItsButtonOpensTheAgenda() throws Exception {
    reminders.replaceAll(List.of(inMillis("a", 300)));
    assertThat(reminders.waiting()).isEqualTo(1);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lookup("notice").isVisible()).as("not before its moment").isFalse();

    WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> lookup("notice").isVisible());
    assertThat(((Label) lookup("notice-text")).getText())
        .isEqualTo("Vandaag 2 contacten gepland. Open Trede voor de agenda.");
    WaitForAsyncUtils.asyncFx(() -> ((Button) lookup("notice-action")).fire()).get();
    assertThat(agendaOpened).hasValue(1);
  }

  @Test
  void planningAgainReplacesWhatWasPlannedAndNothingIsLeftAfterAnEmptyPlan() throws Exception {
    reminders.replaceAll(List.of(inMillis("a", 300), inMillis("b", 400)));
    reminders.replaceAll(List.of(inMillis("b", 60_000)));
    assertThat(reminders.waiting()).isEqualTo(1);
    reminders.replaceAll(List.of());
    assertThat(reminders.waiting()).isZero();

    Thread.sleep(700);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lookup("notice").isVisible()).isFalse();
  }

  @Test
  void aMomentAlreadyPastIsNotShownLate() {
    reminders.replaceAll(List.of(inMillis("past", -60_000)));

    assertThat(reminders.waiting()).isZero();
  }
}
