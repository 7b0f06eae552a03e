package nl.trede.client.ui.syncbar;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncStatus;
import nl.trede.client.ui.Messages;

/**
 * The always-visible sync status: what waits, when sync last worked, what went wrong. Status
 * arrives on the sync thread and is handed to the UI thread.
 */
public final class SyncBarPresenter {
  private final StringProperty pending = new SimpleStringProperty();
  private final StringProperty lastSync = new SimpleStringProperty();
  private final StringProperty error = new SimpleStringProperty();
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final BooleanProperty hasPending = new SimpleBooleanProperty();
  private final SyncEngine engine;
  private final Messages messages;

  public SyncBarPresenter(SyncEngine engine, Messages messages, Executor ui, Runnable onSynced) {
    this.engine = engine;
    this.messages = messages;
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
    String waiting = status.pending() == 0 ? messages.get("sync.pending.none")
        : status.pending() == 1 ? messages.get("sync.pending.one")
        : messages.get("sync.pending.many", status.pending());
    pending.set(status.problems() > 0 ? waiting + " · " + messages.get("sync.problems", status.problems()) : waiting);
    lastSync.set(status.running() ? messages.get("sync.running")
        : status.lastSuccess() == null ? messages.get("sync.never")
        : messages.get("sync.last", messages.dateTime(status.lastSuccess())));
    error.set(status.lastError() == null ? null : messages.get("sync.error." + status.lastError().name()));
  }

  public void sync() {
    engine.requestSync();
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
}
