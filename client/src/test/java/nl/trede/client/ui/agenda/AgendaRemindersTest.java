package nl.trede.client.ui.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nl.trede.client.device.Reminder;
import nl.trede.client.ui.kit.Messages;
import org.junit.jupiter.api.Test;

/** When the agenda reminds, and what a locked phone would show. */
class AgendaRemindersTest {
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  /** Tuesday 7:30, before the morning reminder. */
  private static final ZonedDateTime TUESDAY_EARLY = ZonedDateTime.of(2026, 12, 8, 7, 30, 0, 0, NL);
  private static final LocalDate TUESDAY = TUESDAY_EARLY.toLocalDate();
  private final Messages messages = Messages.dutch();

  @Test
  void oneReminderAtEightOnEachDayWithContactsCountingTheLateOnTodays() {
    List<Reminder> reminders = AgendaReminders.plan(
        List.of(TUESDAY.minusDays(3), TUESDAY, TUESDAY, TUESDAY.plusDays(1)), TUESDAY_EARLY, messages);

    assertThat(reminders).extracting(Reminder::at).containsExactly(
        TUESDAY.atTime(8, 0).atZone(NL), TUESDAY.plusDays(1).atTime(8, 0).atZone(NL));
    assertThat(reminders.get(0).text()).isEqualTo("Vandaag 2 contacten gepland, 1 te laat. Open Trede voor de agenda.");
    assertThat(reminders.get(1).text()).isEqualTo("Vandaag 1 contact gepland. Open Trede voor de agenda.");
    assertThat(reminders).extracting(Reminder::id).doesNotHaveDuplicates();
  }

  @Test
  void aWeekendContactIsRemindedOnTheFridayBefore() {
    LocalDate friday = TUESDAY.plusDays(3);
    List<Reminder> reminders = AgendaReminders.plan(List.of(friday.plusDays(1), friday.plusDays(2), friday),
        TUESDAY_EARLY, messages);

    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).at()).isEqualTo(friday.atTime(8, 0).atZone(NL));
    assertThat(reminders.get(0).text()).startsWith("Vandaag 3 contacten gepland");
  }

  @Test
  void noReminderForAMomentPastOrBeyondTheAgenda() {
    ZonedDateTime tuesdayNoon = TUESDAY.atTime(12, 0).atZone(NL);
    List<Reminder> reminders = AgendaReminders.plan(List.of(TUESDAY, TUESDAY.minusDays(1),
        TUESDAY.plusDays(AgendaPresenter.DAYS_AHEAD)), tuesdayNoon, messages);

    assertThat(reminders).isEmpty();
  }

  @Test
  void aRemindersTextNeverNamesAnyoneItIsReadOnALockedScreen() {
    List<Reminder> reminders = AgendaReminders.plan(List.of(TUESDAY), TUESDAY_EARLY, messages);

    // The texts come from the bundle with counts only: no argument could carry a name.
    assertThat(reminders.get(0).title()).isEqualTo("Trede");
    assertThat(reminders.get(0).text()).matches("Vandaag 1 contact gepland\\. Open Trede voor de agenda\\.");
  }
}
