package nl.trede.client.ui.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.stage.Stage;
import nl.trede.client.device.Reminder;
import nl.trede.client.support.FakeCaseload;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.RecordingDevice;
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

  /** A phone whose notifications record what the app plans. */
  private final RecordingDevice phone = RecordingDevice.notifying();

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  /** The app plans off the UI thread: waits until the phone was last asked for such a plan. */
  private void awaitPlan(FieldUi ui, java.util.function.Predicate<List<Reminder>> plan) throws Exception {
    ui.waitFor(() -> {
      List<List<Reminder>> asked = phone.planned();
      return !asked.isEmpty() && plan.test(asked.get(asked.size() - 1));
    });
  }

  private List<Reminder> lastAsked() {
    List<List<Reminder>> asked = phone.planned();
    assertThat(asked).isNotEmpty();
    return asked.get(asked.size() - 1);
  }

  @Test
  void aContactThatPlansTheNextOneMovesTheReminderAndLogoutCancelsThemAll(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot, new FakeCaseload(), phone);
    LocalDate nextWeek = Fixtures.TODAY.plusWeeks(1);
    awaitPlan(ui, plan -> true);
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
    awaitPlan(ui, plan -> plan.stream().anyMatch(r -> r.at().toLocalDate().equals(nextWeek)));
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
    awaitPlan(ui, List::isEmpty);
    assertThat(lastAsked()).as("no reminder outlives the session").isEmpty();
  }
}
