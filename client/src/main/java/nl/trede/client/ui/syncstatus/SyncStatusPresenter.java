package nl.trede.client.ui.syncstatus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.store.ProblemRecord;
import nl.trede.client.store.SyncState;
import nl.trede.client.store.UnsentChange;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncStatus;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.RecordLabels;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;

/**
 * "Synchronisatie": how much waits, when the device last synced, what went wrong in plain Dutch,
 * and what needs a person: conflicts to resolve, refusals to read, and files that left the caseload
 * while the coach had work on them, with what became of that work; and, after the server was
 * restored from a backup, that the device sent its work again.
 */
public final class SyncStatusPresenter {
  /** A record that needs the user. */
  public record Problem(UUID recordId, UUID candidateId, String title, String detail, boolean conflict) {}

  /**
   * A file that left the caseload while the user had work on it: what happened to that work.
   *
   * @param work one line per unsent or refused change, with its content
   * @param settled nothing waits or was refused: the user only confirms they read it
   */
  public record LeftFile(UUID candidateId, String title, String detail, List<String> work, boolean settled) {}

  /** What the page leads to. */
  public interface Actions {
    void resolve(UUID recordId);

    void openCandidate(UUID candidateId);
  }

  private final StringProperty pending = new SimpleStringProperty();
  private final StringProperty lastSync = new SimpleStringProperty();
  private final StringProperty error = new SimpleStringProperty();
  private final StringProperty restored = new SimpleStringProperty();
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final ObservableList<Problem> problems = FXCollections.observableArrayList();
  private final ObservableList<LeftFile> leftFiles = FXCollections.observableArrayList();
  private final ObjectProperty<UUID> confirmingDiscard = new SimpleObjectProperty<>();
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
    leftFiles.setAll(context.store().leftFiles().stream().map(this::leftFile).toList());
    restored.set(context.store().lastRestore()
        .map(r -> messages.get("syncPage.restored", messages.dateTime(r.noticedAt()), r.resent())).orElse(null));
  }

  private LeftFile leftFile(nl.trede.client.store.LeftFile f) {
    String title = f.name() == null ? messages.get("syncPage.left.titleUnknown")
        : messages.get("syncPage.left.title", f.name());
    List<String> detail = new ArrayList<>();
    if (f.leftAt() != null) {
      detail.add(messages.get("syncPage.left.since", messages.dateTime(f.leftAt())));
    }
    if (f.accepted() > 0) {
      detail.add(messages.get("syncPage.left.accepted", f.accepted()));
    }
    boolean refused = f.unsent().stream().anyMatch(u -> !u.refused().isEmpty());
    if (refused) {
      detail.add(messages.get("syncPage.left.refusedExplain"));
    } else if (!f.unsent().isEmpty()) {
      detail.add(messages.get("syncPage.left.waitingExplain"));
    }
    List<String> work = f.unsent().stream().map(this::describe).toList();
    return new LeftFile(f.candidateId(), title, String.join(" ", detail), work, f.settled());
  }

  /** One unsent change as the coach recognises it: what it was, its content, and why it was refused. */
  private String describe(UnsentChange change) {
    Mutation m = change.mutation();
    String what;
    if (m.kind() == MutationKind.CREATE) {
      ObjectNode data = m.fields().deepCopy();
      data.put("id", m.recordId().toString());
      String text = switch (m.type()) {
        case CONTACT -> data.path("summary").asText("");
        case LADDER_STEP -> data.path("reason").asText("");
        case COACHING_HOURS -> data.path("note").asText("");
        default -> "";
      };
      what = labels.record(m.type(), data) + (text.isBlank() ? "" : ": " + text);
    } else if (m.kind() == MutationKind.UPDATE) {
      List<String> fields = new ArrayList<>();
      m.fields().fields().forEachRemaining(f -> fields.add(labels.field(m.type(), f.getKey()) + " – "
          + labels.value(m.type(), f.getKey(), f.getValue())));
      what = messages.get("syncPage.left.change", messages.get("recordType." + m.type().name()),
          String.join(", ", fields));
    } else {
      what = messages.get("syncPage.left.delete", messages.get("recordType." + m.type().name()));
    }
    String state = change.refused().isEmpty() ? messages.get("syncPage.left.waiting")
        : change.refusedAsOutOfReach() ? messages.get("syncPage.left.notSent")
        : messages.get("syncPage.left.refused", change.refused().stream().map(messages::violation).distinct()
            .collect(Collectors.joining(" ")));
    return what + " — " + state;
  }

  /**
   * The user read what happened to a file that left. Work that was never sent leaves the device
   * only on a second tap: the first asks to confirm, because nothing else holds it.
   */
  public void forget(LeftFile file) {
    if (!file.settled() && !file.candidateId().equals(confirmingDiscard.get())) {
      confirmingDiscard.set(file.candidateId());
      return;
    }
    confirmingDiscard.set(null);
    context.store().forgetLeftFile(file.candidateId());
    refresh();
    engine.requestSoon();
  }

  /** The file whose unsent work waits for a second tap before it is removed, if any. */
  public ReadOnlyObjectProperty<UUID> confirmingDiscard() {
    return confirmingDiscard;
  }

  public ObservableList<LeftFile> leftFiles() {
    return leftFiles;
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

  /** Empty unless the device found the server restored from a backup: when, and how much it sent again. */
  public ReadOnlyStringProperty restored() {
    return restored;
  }

  public BooleanProperty running() {
    return running;
  }

  public ObservableList<Problem> problems() {
    return problems;
  }
}
