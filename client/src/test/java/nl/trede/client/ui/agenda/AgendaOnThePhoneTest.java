package nl.trede.client.ui.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import nl.trede.client.device.Device;
import nl.trede.client.device.Reminder;
import nl.trede.client.device.Reminders;
import nl.trede.client.support.FakeCaseload;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.client.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The agenda on a phone, with the phone's notifications stood in for by a recording double (the
 * one true system edge here): reminders are planned at login, planned again when a contact moves
 * the next one, and all cancelled at logout.
 */
class AgendaOnThePhoneTest extends FakeCaseloadUiTest {
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  /** What the app last asked the phone to remind of, and how often it asked. */
  private final List<List<Reminder>> asked = new CopyOnWriteArrayList<>();

  private final Device phone = new Device() {
    @Override
    public Optional<Path> privateStorage() {
      return Optional.empty();
    }

    @Override
    public void onPause(Runnable action) {}

    @Override
    public void onResume(Runnable action) {}

    @Override
    public boolean open(URI uri) {
      return false;
    }

    @Override
    public Optional<Reminders> reminders() {
      return Optional.of(reminders -> asked.add(List.copyOf(reminders)));
    }
  };

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private List<Reminder> lastAsked() {
    assertThat(asked).isNotEmpty();
    return asked.get(asked.size() - 1);
  }

  @Test
  void aContactThatPlansTheNextOneMovesTheReminderAndLogoutCancelsThemAll(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot, new FakeCaseload(), phone);
    LocalDate nextWeek = Fixtures.TODAY.plusWeeks(1);
    assertThat(lastAsked()).extracting(r -> r.at().toLocalDate()).doesNotContain(nextWeek);

    ui.tap("#nav-agenda");
    assertThat(ui.title()).isEqualTo("Agenda");
    assertThat(ui.text("#agenda-reminders")).isEqualTo("Herinnering om 08:00 op werkdagen met geplande contacten (zonder namen).");
    assertThat(ui.texts()).contains("Geen contacten te laat of gepland. Het volgende contact staat bij elke "
        + "kandidaat op Mijn kandidaten.");
    robot.clickOn("#nav-caseload");
    robot.clickOn("Anna Jansen");
    ui.tap("#record-contact");
    ui.type("#summary", "Afspraak voor volgende week gemaakt");
    ui.tap("#next-in-1");
    ui.tap("#save");
    assertThat(lastAsked()).as("planned again at the save, before any sync")
        .extracting(r -> r.at().toLocalDate()).containsExactly(nextWeek);
    ui.tap("#back");
    ui.tap("#nav-agenda");

    assertThat(ui.text("#day-" + nextWeek)).isEqualTo("dinsdag, 17 mrt. 2026 (1)");
    assertThat(ui.textsIn("#agenda-" + server.anna.id())).contains("Anna Jansen");
    assertThat(lastAsked()).singleElement().satisfies(r -> {
      assertThat(r.at()).isEqualTo(nextWeek.atTime(8, 0).atZone(NL));
      assertThat(r.text()).isEqualTo("Vandaag 1 contact gepland. Open Trede voor de agenda.")
          .doesNotContain("Anna").doesNotContain("Jansen");
    });
    ui.picture("agenda");
    ui.tap("#agenda-" + server.anna.id());
    assertThat(ui.title()).isEqualTo("Kandidaat");
    ui.tap("#back");

    ui.tap("#logout");
    ui.tap("#notice-action");
    ui.waitFor(() -> "Inloggen".equals(ui.title()));
    assertThat(lastAsked()).as("no reminder outlives the session").isEmpty();
  }
}
