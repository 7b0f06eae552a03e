package nl.trede.client.ui.syncbar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.store.Attention;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncStatus;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Violations;

/**
 * The always-visible sync status, always the same three lines in the same order: online or
 * offline (or why sync waits), how many changes wait to be sent, when sync last worked; and over
 * them, when something needs the user, what it is (conflicts, refused changes, files that left).
 * A coach on a doorstep without network must still see that her visit is safe on the phone and
 * not yet at the office, so no line ever takes another's place. Status arrives on the sync thread
 * and is handed to the UI thread.
 */
public final class SyncBarPresenter {
  /** What the connection line says, so the view picks an icon as well as the text. */
  public enum Connection { ONLINE, RUNNING, OFFLINE, BLOCKED }

  private final StringProperty connection = new SimpleStringProperty();
  private final ObjectProperty<Connection> connectionKind = new SimpleObjectProperty<>(Connection.ONLINE);
  private final StringProperty pending = new SimpleStringProperty();
  private final StringProperty lastSync = new SimpleStringProperty();
  private final StringProperty attentionText = new SimpleStringProperty();
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
    Connection kind = status.running() ? Connection.RUNNING
        : status.lastError() == null ? Connection.ONLINE
        : status.blocked() ? Connection.BLOCKED : Connection.OFFLINE;
    connectionKind.set(kind);
    connection.set(switch (kind) {
      case RUNNING -> messages.get("sync.running");
      case ONLINE -> messages.get("sync.state.online");
      case OFFLINE, BLOCKED -> messages.get("sync.state." + status.lastError().name());
    });
    pending.set(status.pending() == 0 ? messages.get("sync.pending.none")
        : status.pending() == 1 ? messages.get("sync.pending.one")
        : messages.get("sync.pending.many", status.pending()));
    lastSync.set(status.lastSuccess() == null ? messages.get("sync.never") : messages.get("sync.last", when(status)));
    attentionText.set(status.problems() == 0 ? null : messages.get("sync.attention", what(status.attention())));
  }

  /** "2 conflicten, 1 geweigerde wijziging": the kinds there are, so the coach knows what a tap opens. */
  private String what(Attention a) {
    List<String> kinds = new ArrayList<>();
    if (a.conflicts() > 0) {
      kinds.add(messages.get("sync.attention.conflicts", a.conflicts()));
    }
    if (a.refused() > 0) {
      kinds.add(messages.get("sync.attention.refused", a.refused()));
    }
    if (a.leftFiles() > 0) {
      kinds.add(messages.get("sync.attention.left", a.leftFiles()));
    }
    return String.join(", ", kinds);
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

  public StringProperty connection() {
    return connection;
  }

  public ObjectProperty<Connection> connectionKind() {
    return connectionKind;
  }

  public StringProperty pending() {
    return pending;
  }

  public StringProperty lastSync() {
    return lastSync;
  }

  /** What needs the user, by kind; null when nothing does. */
  public StringProperty attentionText() {
    return attentionText;
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
