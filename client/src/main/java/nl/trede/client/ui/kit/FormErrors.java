package nl.trede.client.ui.kit;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
 *
 * <p>A violation's field is a path ({@code jobcoaching.reason}, {@code tasks[2]},
 * {@code instruments[0].amount}); it lands at the form field with that exact name, else at the
 * field named by the path up to its first index ({@code tasks}, {@code instruments}).
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

  /** Every violation, at its field or at the top: after the user pressed Opslaan. */
  public void show(List<Violation> violations) {
    show(violations, field -> true, true);
  }

  /**
   * The violations of the fields {@code visible} accepts, and the general ones only when asked:
   * while the user types, a form shows what is wrong with what they touched, not with everything
   * they have not reached yet.
   */
  public void show(List<Violation> violations, Predicate<String> visible, boolean withGeneral) {
    byField.clear();
    StringBuilder other = new StringBuilder();
    for (Violation v : violations) {
      String field = formField(v.field());
      if (field != null) {
        if (visible.test(field)) {
          byField.merge(field, messages.violation(v), (a, b) -> a.contains(b) ? a : a + " " + b);
        }
      } else if (withGeneral) {
        other.append('\n').append(messages.violation(v));
      }
    }
    general.set(!withGeneral || violations.isEmpty() ? null
        : messages.get("common.formErrors") + other);
  }

  /** The form field a violation belongs to, or null when the form has none for it. */
  public String formField(String path) {
    String field = path == null ? "" : path.replaceFirst("^fields\\.", "");
    if (fields.contains(field)) {
      return field;
    }
    int index = field.indexOf('[');
    String head = index < 0 ? field : field.substring(0, index);
    return fields.contains(head) ? head : null;
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
