package nl.trede.client.ui.syncbar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncStatus;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Violations;

/**
 * The always-visible sync status: what waits, when sync last worked, what went wrong, and whether
 * something needs the user (a conflict or a refusal). Status arrives on the sync thread and is
 * handed to the UI thread.
 */
public final class SyncBarPresenter {
  private final StringProperty pending = new SimpleStringProperty();
  private final StringProperty lastSync = new SimpleStringProperty();
  private final StringProperty error = new SimpleStringProperty();
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final BooleanProperty hasPending = new SimpleBooleanProperty();
  private final BooleanProperty attention = new SimpleBooleanProperty();
  private final SyncEngine engine;
  private final Messages messages;
  private final Clock clock;
  private final Runnable openDetails;

  public SyncBarPresenter(SyncEngine engine, Messages messages, Clock clock, Executor ui, Runnable onSynced,
      Runnable openDetails) {
    this.engine = engine;
    this.messages = messages;
    this.clock = clock;
    this.openDetails = openDetails;
    engine.addListener(status -> ui.execute(() -> {
      boolean finished = running.get() && !status.running();
      show(status);
      if (finished) {
        onSynced.run();
      }
    }));
  }

  void show(SyncStatus status) {
    running.set(status.running());
    hasPending.set(status.pending() > 0);
    attention.set(status.problems() > 0);
    String waiting = status.pending() == 0 ? messages.get("sync.pending.none")
        : status.pending() == 1 ? messages.get("sync.pending.one")
        : messages.get("sync.pending.many", status.pending());
    String last = status.running() ? messages.get("sync.running")
        : status.lastSuccess() == null ? messages.get("sync.never")
        : messages.get("sync.last", when(status));
    // What needs the user comes first; "alles gesynchroniseerd" beside a conflict would mislead.
    pending.set(status.problems() > 0 ? messages.get("sync.problems", status.problems()) : waiting);
    lastSync.set(status.problems() > 0 && status.pending() > 0 && !status.running() ? waiting : last);
    error.set(status.lastError() == null ? null : messages.get("sync.error." + status.lastError().name()));
  }

  /** Today only the time; other days the date too. */
  private String when(SyncStatus status) {
    LocalDate day = status.lastSuccess().atZone(Violations.ZONE).toLocalDate();
    return day.equals(LocalDate.now(clock.withZone(Violations.ZONE))) ? messages.time(status.lastSuccess())
        : messages.dateTime(status.lastSuccess());
  }

  public void sync() {
    engine.requestSync();
  }

  public void openDetails() {
    openDetails.run();
  }

  public StringProperty pending() {
    return pending;
  }

  public StringProperty lastSync() {
    return lastSync;
  }

  public StringProperty error() {
    return error;
  }

  public BooleanProperty running() {
    return running;
  }

  public BooleanProperty hasPending() {
    return hasPending;
  }

  public BooleanProperty attention() {
    return attention;
  }
}
