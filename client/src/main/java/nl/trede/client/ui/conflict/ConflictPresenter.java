package nl.trede.client.ui.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.store.StoredRecord;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.RecordLabels;
import nl.trede.domain.ValidationException;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.RecordType;

/**
 * "Conflict oplossen": the same field was changed on two devices; the server kept one value and
 * both are shown side by side, with who changed it and when where known (decision 0003). The user
 * picks per field; saving sends one update that names the conflicts it settles.
 */
public final class ConflictPresenter {
  /** Which of the two values stays. */
  public enum Side { KEPT, OTHER }

  /** One field in conflict. */
  public record Row(FieldConflict conflict, String field, String kept, String other, String otherBy,
      ObjectProperty<Side> choice) {}

  private final List<Row> rows = new ArrayList<>();
  private final StringProperty title = new SimpleStringProperty();
  private final StringProperty error = new SimpleStringProperty();
  private final FieldContext context;
  private final Messages messages;
  private final UUID recordId;
  private final RecordType type;
  private final Runnable onSaved;

  public ConflictPresenter(FieldContext context, UUID recordId, Runnable onSaved) {
    this.context = context;
    this.messages = context.messages();
    this.recordId = recordId;
    this.onSaved = onSaved;
    RecordLabels labels = new RecordLabels(messages, context.store());
    StoredRecord record = context.store().find(recordId).orElseThrow();
    this.type = record.type();
    title.set(labels.record(type, record.data()));
    for (FieldConflict c : context.store().conflicts(recordId)) {
      String by = c.deviceUserId() != null && c.deviceUserId().equals(context.userId())
          ? messages.get("conflict.byYou") : messages.get("conflict.byColleague");
      String when = c.detectedAt() == null ? "" : " · " + messages.dateTime(c.detectedAt());
      rows.add(new Row(c, labels.field(type, c.field()), labels.value(type, c.field(), c.serverValue()),
          labels.value(type, c.field(), c.deviceValue()),
          by + when, new SimpleObjectProperty<>()));
    }
  }

  /** Saves the choices; refused (with a message) until every field has one. */
  public boolean save() {
    if (rows.stream().anyMatch(r -> r.choice().get() == null)) {
      error.set(messages.get("conflict.chooseAll"));
      return false;
    }
    Map<String, JsonNode> chosen = new LinkedHashMap<>();
    for (Row r : rows) {
      chosen.put(r.conflict().field(), r.choice().get() == Side.KEPT ? r.conflict().serverValue()
          : r.conflict().deviceValue());
    }
    try {
      context.store().resolveConflicts(type, recordId, chosen);
    } catch (ValidationException e) {
      error.set(messages.get("conflict.refused", e.violations().stream().map(messages::violation).distinct()
          .reduce((a, b) -> a + " " + b).orElse("")));
      return false;
    }
    error.set(null);
    onSaved.run();
    return true;
  }

  public List<Row> rows() {
    return rows;
  }

  public ReadOnlyStringProperty title() {
    return title;
  }

  public ReadOnlyStringProperty error() {
    return error;
  }
}
