package nl.trede.client.ui.syncstatus;

import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.store.ProblemRecord;
import nl.trede.client.store.SyncState;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncStatus;
import nl.trede.client.ui.FieldContext;
import nl.trede.client.ui.Messages;
import nl.trede.client.ui.RecordLabels;
import nl.trede.sync.FieldConflict;

/**
 * "Synchronisatie": how much waits, when the device last synced, what went wrong in plain Dutch,
 * and the records that need a person: conflicts to resolve, refusals to read.
 */
public final class SyncStatusPresenter {
  /** A record that needs the user. */
  public record Problem(UUID recordId, UUID candidateId, String title, String detail, boolean conflict) {}

  /** What the page leads to. */
  public interface Actions {
    void resolve(UUID recordId);

    void openCandidate(UUID candidateId);
  }

  private final StringProperty pending = new SimpleStringProperty();
  private final StringProperty lastSync = new SimpleStringProperty();
  private final StringProperty error = new SimpleStringProperty();
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final ObservableList<Problem> problems = FXCollections.observableArrayList();
  private final FieldContext context;
  private final Messages messages;
  private final SyncEngine engine;
  private final RecordLabels labels;
  private final Actions actions;

  public SyncStatusPresenter(FieldContext context, SyncEngine engine, Executor ui, Actions actions) {
    this.context = context;
    this.messages = context.messages();
    this.engine = engine;
    this.actions = actions;
    this.labels = new RecordLabels(messages, context.store());
    engine.addListener(status -> ui.execute(() -> show(status)));
  }

  private void show(SyncStatus status) {
    running.set(status.running());
    pending.set(status.pending() == 0 ? messages.get("syncPage.pending.none")
        : status.pending() == 1 ? messages.get("sync.pending.one") : messages.get("sync.pending.many", status.pending()));
    lastSync.set(status.lastSuccess() == null ? messages.get("sync.never")
        : messages.get("sync.last", messages.dateTime(status.lastSuccess())));
    error.set(status.lastError() == null ? null : messages.get("syncPage.error." + status.lastError().name()));
    if (!status.running() && context.store().isOpen()) {
      refresh();
    }
  }

  public void refresh() {
    problems.setAll(context.store().problems().stream().map(this::problem).toList());
  }

  private Problem problem(ProblemRecord p) {
    String title = labels.record(p.type(), p.data());
    boolean conflict = p.syncState() == SyncState.CONFLICT && !p.conflicts().isEmpty();
    String detail = conflict
        ? messages.get("syncPage.conflictDetail", p.conflicts().stream().map(FieldConflict::field)
            .map(f -> labels.field(p.type(), f)).distinct().collect(Collectors.joining(", ")))
        : messages.get("syncPage.rejectedDetail", p.violations().stream().map(messages::violation).distinct()
            .collect(Collectors.joining(" ")));
    return new Problem(p.id(), p.candidateId(), title, detail, conflict);
  }

  public void syncNow() {
    engine.requestSync();
  }

  public void resolve(Problem problem) {
    actions.resolve(problem.recordId());
  }

  public void open(Problem problem) {
    if (problem.candidateId() != null) {
      actions.openCandidate(problem.candidateId());
    }
  }

  public ReadOnlyStringProperty pending() {
    return pending;
  }

  public ReadOnlyStringProperty lastSync() {
    return lastSync;
  }

  public ReadOnlyStringProperty error() {
    return error;
  }

  public BooleanProperty running() {
    return running;
  }

  public ObservableList<Problem> problems() {
    return problems;
  }
}
