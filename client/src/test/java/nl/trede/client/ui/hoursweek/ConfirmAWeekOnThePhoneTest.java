package nl.trede.client.ui.hoursweek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import nl.trede.client.store.OutboxEntry;
import nl.trede.client.support.FakeCaseload;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.client.support.Fixtures;
import nl.trede.domain.Json;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.coaching.HoursLedger;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The jobcoach missed Friday's visit; on Tuesday the employer's supervisor signs off last week's
 * three days at once, under a name that is not the contact on file: warned, then confirmed. The
 * app's clock is Tuesday 10 March 2026, so last week is Monday 2 to Sunday 8 March.
 */
class ConfirmAWeekOnThePhoneTest extends FakeCaseloadUiTest {
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5),
      LocalDate.of(2026, 3, 6));

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private void book(FieldUi ui, UUID job, LocalDate day, int quarters) throws Exception {
    ui.tap("#book-" + job);
    ui.waitFor(() -> "Uren boeken".equals(ui.title()));
    ui.pick("#date", day);
    ui.tap("#quick-" + quarters);
    ui.tap("#save");
    ui.waitFor(() -> "Vandaag".equals(ui.title()));
  }

  private List<CoachingHours> hours(FieldUi ui) {
    return ui.store().inFile(server.anna.id(), RecordType.COACHING_HOURS);
  }

  @Test
  void theSupervisorConfirmsLastWeeksThreeDaysAtOnceAfterAWarningAndTheTotalsStay(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot, FakeCaseload.jobcoach());
    UUID job = server.job.id();
    ui.waitFor(() -> "Vandaag".equals(ui.title()) && ui.find("#confirm-week-" + job).isPresent());
    book(ui, job, DAYS.get(0), 8);
    book(ui, job, DAYS.get(1), 4);
    book(ui, job, DAYS.get(2), 16);
    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().pendingCount()).as("the bookings reached the server").isZero();
    Set<UUID> booked = hours(ui).stream().map(CoachingHours::id).collect(Collectors.toSet());
    List<String> cardBefore = ui.textsIn("#open-" + job);
    assertThat(cardBefore).contains("Deze week 0 uur · totaal 7 van 40 uur");

    ui.tap("#confirm-week-" + job);
    ui.waitFor(() -> "Week laten bevestigen".equals(ui.title()));
    assertThat(ui.text("#week-range")).isEqualTo("Van maandag 9 mrt. tot en met dinsdag 10 mrt.");
    assertThat(ui.visible("#week-empty")).as("nothing booked this week").isTrue();
    ui.tap("#week-previous");
    assertThat(ui.text("#week-range")).isEqualTo("Van maandag 2 mrt. tot en met zondag 8 mrt.");
    for (UUID id : booked) {
      assertThat(((CheckBox) ui.find("#week-select-" + id).orElseThrow()).isSelected()).isTrue();
    }
    assertThat(ui.text("#week-total")).isEqualTo("Te bevestigen: 3 dagen, 7 uur");
    assertThat(((javafx.scene.control.TextField) ui.find("#confirm-name").orElseThrow()).getText()).as("the contact on file, prefilled").isEqualTo("Jan");
    ui.type("#confirm-name", "Piet de Vries");

    ui.tap("#week-confirm");

    assertThat(ui.visible("#week-warning")).isTrue();
    assertThat(ui.text("#week-warning")).isEqualTo(
        "Piet de Vries is niet de contactpersoon die bij Supermarkt Heteren bekend is (Jan). Toch bevestigen?");
    assertThat(ui.find("#week-warning").map(n -> ((javafx.scene.control.Label) n).getGraphic()))
        .as("an icon, not colour alone").get().isNotNull();
    assertThat(ui.store().pendingCount()).as("nothing confirmed before the confirmer goes ahead").isZero();
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    ui.picture("week-confirmation-warning");

    ui.tap("#week-confirm-anyway");

    ui.waitFor(() -> "Vandaag".equals(ui.title()));
    assertThat(ui.text("#notice-text")).isEqualTo("3 dagen, 7 uur bevestigd door Piet de Vries.");
    ui.picture("week-confirmed-notice");
    List<OutboxEntry> outbox = ui.store().pendingOutbox(10);
    assertThat(outbox).hasSize(3).allSatisfy(e -> {
      assertThat(e.mutation().kind()).isEqualTo(MutationKind.CREATE);
      assertThat(e.mutation().type()).isEqualTo(RecordType.COACHING_HOURS);
      CoachingHours confirmation = Json.MAPPER.treeToValue(e.mutation().fields(), CoachingHours.class);
      assertThat(booked).contains(confirmation.correctsId());
      assertThat(confirmation.confirmedBy()).isEqualTo("Piet de Vries");
      assertThat(confirmation.confirmedAt()).isNotNull();
    });
    assertThat(outbox).extracting(e -> e.mutation().fields().get("correctsId").asText()).doesNotHaveDuplicates();
    assertThat(HoursLedger.quarterHours(hours(ui), job, null)).as("totals unchanged").isEqualTo(28);
    assertThat(ui.textsIn("#open-" + job)).as("the card's totals unchanged").contains(cardBefore.get(3));

    // The week's hours now show as confirmed, and cannot be confirmed again.
    ui.tap("#confirm-week-" + job);
    ui.waitFor(() -> "Week laten bevestigen".equals(ui.title()));
    ui.tap("#week-previous");
    List<CoachingHours> inForce = HoursLedger.inForceBetween(hours(ui), job, DAYS.get(0), DAYS.get(2));
    assertThat(inForce).hasSize(3);
    for (CoachingHours h : inForce) {
      assertThat(ui.text("#week-confirmed-" + h.id())).startsWith("Bevestigd door Piet de Vries (");
      assertThat(ui.find("#week-select-" + h.id())).isEmpty();
    }
    assertThat(ui.text("#week-total")).isEqualTo("Niets gekozen om te bevestigen.");
    assertThat(ui.find("#week-confirm").orElseThrow().isDisabled()).isTrue();
    ui.picture("week-confirmation-confirmed");
    assertThat(Fixtures.TODAY).isEqualTo(LocalDate.of(2026, 3, 10));

    // On Anna's timeline each day reads as confirmed, a confirmation rather than a change of hours.
    ui.tap("#cancel");
    ui.tap("#nav-caseload");
    robot.clickOn("Anna Jansen");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    CoachingHours friday = inForce.get(2);
    ui.scrollTo("#entry-" + friday.id());
    assertThat(ui.textsIn("#entry-" + friday.id())).contains("Bevestiging van 6 mrt. 2026")
        .anyMatch(t -> t.startsWith("Bevestigd door Piet de Vries ("));
    ui.picture("week-confirmation-timeline");
  }
}
