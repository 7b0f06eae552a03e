package nl.trede.client.ui.ladder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.store.LocalStore;
import nl.trede.client.ui.FormErrors;
import nl.trede.client.ui.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violations;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.RecordType;

/**
 * "Trede vastleggen": a dated move on the Participatieladder, from the candidate's current rung
 * (the latest step's) to another, with the reason. Without a current rung it is the intake.
 */
public final class LadderFormPresenter {
  private static final Set<String> FIELDS = Set.of("toRung", "date", "reason");

  private final Integer fromRung;
  private final ObjectProperty<Integer> toRung = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final StringProperty reason = new SimpleStringProperty("");
  private final FormErrors errors;
  private final LocalStore store;
  private final UUID candidateId;
  private final UUID authorId;
  private final Runnable onSaved;

  public LadderFormPresenter(LocalStore store, Messages messages, Clock clock, UUID candidateId,
      UUID authorId, Runnable onSaved) {
    this.store = store;
    this.candidateId = candidateId;
    this.authorId = authorId;
    this.onSaved = onSaved;
    this.errors = new FormErrors(messages, FIELDS);
    this.fromRung = store.currentRung(candidateId).orElse(null);
    date.set(LocalDate.now(clock.withZone(Violations.ZONE)));
  }

  public boolean save() {
    errors.clear();
    LadderStep step = new LadderStep(Ids.newId(), candidateId, fromRung, toRung.get(), date.get(),
        reason.get() == null || reason.get().isBlank() ? null : reason.get().strip(), authorId, null);
    try {
      store.create(RecordType.LADDER_STEP, step);
    } catch (ValidationException e) {
      errors.show(e.violations());
      return false;
    }
    onSaved.run();
    return true;
  }

  public Integer fromRung() {
    return fromRung;
  }

  public ObjectProperty<Integer> toRung() {
    return toRung;
  }

  public ObjectProperty<LocalDate> date() {
    return date;
  }

  public StringProperty reason() {
    return reason;
  }

  public FormErrors errors() {
    return errors;
  }
}
