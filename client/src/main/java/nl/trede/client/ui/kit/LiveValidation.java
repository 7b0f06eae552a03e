package nl.trede.client.ui.kit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;

/**
 * Validation as you type, with the same shared rules the store and the server apply: every change
 * of a watched property runs the form's check; errors appear under the fields the user has
 * touched, and after a save attempt under every field. Saving stays possible; it shows them all.
 */
public final class LiveValidation {
  private final FormErrors errors;
  private final Supplier<List<Violation>> check;
  private final Set<String> touched = new HashSet<>();
  private boolean submitted;
  private List<Violation> current = List.of();

  public LiveValidation(FormErrors errors, Supplier<List<Violation>> check) {
    this.errors = errors;
    this.check = check;
  }

  /** Changes of these properties touch the form field and re-check the form. */
  public LiveValidation watch(String field, ObservableValue<?>... properties) {
    for (ObservableValue<?> property : properties) {
      // A change listener, not an invalidation listener: it fires on every change, read or not.
      property.addListener((obs, old, now) -> {
        touched.add(field);
        run();
      });
    }
    return this;
  }

  /** Re-checks without touching anything, e.g. after a value the form set itself. */
  public void run() {
    current = check.get();
    errors.show(current, field -> submitted || touched.contains(field), submitted);
  }

  /** A save attempt: every violation is shown from now on; returns them (empty: go ahead). */
  public List<Violation> submit() {
    submitted = true;
    run();
    return current;
  }

  /** The store refused with violations the form's own check did not know (e.g. a policy rule). */
  public void showRefusal(List<Violation> violations) {
    submitted = true;
    current = violations;
    errors.show(violations);
  }

  /**
   * Opslaan: when the form's own check passes, writes; a refusal by the store (the role table, a
   * policy rule the form did not know) is shown like the form's own. True when it was written,
   * after which {@code onSaved} runs.
   */
  public boolean save(Runnable write, Runnable onSaved) {
    if (!submit().isEmpty()) {
      return false;
    }
    try {
      write.run();
    } catch (ValidationException e) {
      showRefusal(e.violations());
      return false;
    }
    onSaved.run();
    return true;
  }

  public List<Violation> current() {
    return current;
  }
}
