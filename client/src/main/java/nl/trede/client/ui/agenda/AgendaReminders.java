package nl.trede.client.ui.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.trede.client.device.Reminder;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Violations;

/**
 * The reminders the agenda sets: one in the morning of each working day on which contacts are
 * planned, for the days the agenda lists. A next contact is a day, not an hour (Contact's
 * nextContactDate), so "before each contact" is the start of its day. Contacts planned on a
 * Saturday or Sunday are counted on the Friday before: a coach does not work weekends, and a
 * reminder on Saturday would come too late. The text is read on a locked phone and so says how
 * many, never who (decision 0055). All our choices: the seeds say how often to meet, not how to
 * be reminded.
 */
public final class AgendaReminders {
  /** When the morning reminder comes: before a coach's first appointment of the day. */
  public static final LocalTime AT = LocalTime.of(8, 0);

  private AgendaReminders() {}

  /** The reminders for what is planned on this device now; none past. */
  public static List<Reminder> plan(FieldContext context) {
    List<LocalDate> dues = AgendaPresenter.planned(context).stream().map(p -> p.due().due()).toList();
    return plan(dues, ZonedDateTime.now(context.clock().withZone(Violations.ZONE)), context.messages());
  }

  static List<Reminder> plan(List<LocalDate> dues, ZonedDateTime now, Messages messages) {
    LocalDate today = now.toLocalDate();
    LocalDate last = today.plusDays(AgendaPresenter.DAYS_AHEAD - 1);
    int late = 0;
    Map<LocalDate, int[]> byDay = new TreeMap<>();
    for (LocalDate due : dues) {
      if (due.isBefore(today)) {
        late++;
      } else if (!due.isAfter(last)) {
        LocalDate day = workingDayOnOrBefore(due);
        // A weekend before today's Friday has its morning behind it: remind today.
        byDay.computeIfAbsent(day.isBefore(today) ? today : day, d -> new int[1])[0]++;
      }
    }
    if (late > 0) {
      byDay.computeIfAbsent(today, d -> new int[1]);
    }
    List<Reminder> reminders = new ArrayList<>();
    for (Map.Entry<LocalDate, int[]> e : byDay.entrySet()) {
      ZonedDateTime at = e.getKey().atTime(AT).atZone(now.getZone());
      if (!at.isAfter(now)) {
        continue;
      }
      int planned = e.getValue()[0];
      boolean withLate = e.getKey().equals(today) && late > 0;
      String text = withLate ? messages.get("reminder.textWithLate", planned, late)
          : messages.get("reminder.text", planned);
      reminders.add(new Reminder("agenda-" + e.getKey(), at, messages.get("reminder.title"), text));
    }
    return reminders;
  }

  private static LocalDate workingDayOnOrBefore(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.minusDays(1);
      case SUNDAY -> day.minusDays(2);
      default -> day;
    };
  }
}
