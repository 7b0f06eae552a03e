package nl.trede.client.ui;

import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import nl.trede.domain.Violation;

/**
 * The violations of one form, in Dutch, per field: the form shows each next to its field, and
 * those of fields the form does not have (a rule about the whole record) at the top.
 */
public final class FormErrors {
  private final ObservableMap<String, String> byField = FXCollections.observableHashMap();
  private final StringProperty general = new SimpleStringProperty();
  private final Messages messages;
  private final Set<String> fields;

  public FormErrors(Messages messages, Set<String> fields) {
    this.messages = messages;
    this.fields = fields;
  }

  public void show(List<Violation> violations) {
    clear();
    StringBuilder other = new StringBuilder(messages.get("common.formErrors"));
    for (Violation v : violations) {
      String field = v.field() == null ? "" : v.field().replaceFirst("^fields\\.", "");
      if (fields.contains(field)) {
        byField.merge(field, messages.violation(v), (a, b) -> a.equals(b) ? a : a + " " + b);
      } else {
        other.append('\n').append(messages.violation(v));
      }
    }
    general.set(other.toString());
  }

  public void clear() {
    byField.clear();
    general.set(null);
  }

  public String of(String field) {
    return byField.get(field);
  }

  public StringBinding binding(String field) {
    return Bindings.stringValueAt(byField, field);
  }

  public ReadOnlyStringProperty general() {
    return general;
  }

  public boolean isEmpty() {
    return byField.isEmpty() && general.get() == null;
  }
}
