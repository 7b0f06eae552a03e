package nl.trede.client.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import nl.trede.client.device.Reminder;
import nl.trede.client.device.Reminders;

/**
 * Reminders where the device has no notifications of its own (the desktop build): while the app
 * runs, each shows at its moment as a notice over the sync strip with a way to the agenda. A
 * reminder whose moment passed while the app was closed is not shown late: the agenda says the same.
 */
final class InAppReminders implements Reminders, AutoCloseable {
  /** A reminder stays until it is read or this passes. */
  private static final javafx.util.Duration SHOWN = javafx.util.Duration.minutes(5);

  private final AppShell shell;
  private final Clock clock;
  private final Executor ui;
  private final String openLabel;
  private final Runnable openAgenda;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "reminders");
    t.setDaemon(true);
    return t;
  });
  private final List<ScheduledFuture<?>> pending = new ArrayList<>();

  InAppReminders(AppShell shell, Clock clock, Executor ui, String openLabel, Runnable openAgenda) {
    this.shell = shell;
    this.clock = clock;
    this.ui = ui;
    this.openLabel = openLabel;
    this.openAgenda = openAgenda;
  }

  @Override
  public synchronized void replaceAll(List<Reminder> reminders) {
    pending.forEach(f -> f.cancel(false));
    pending.clear();
    for (Reminder r : reminders) {
      long delay = Duration.between(clock.instant(), r.at().toInstant()).toMillis();
      if (delay >= 0) {
        pending.add(timer.schedule(() -> ui.execute(() -> shell.notify(r.text(), openLabel, openAgenda, SHOWN)),
            delay, TimeUnit.MILLISECONDS));
      }
    }
  }

  /** How many reminders wait to be shown. */
  synchronized int waiting() {
    return (int) pending.stream().filter(f -> !f.isDone()).count();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
