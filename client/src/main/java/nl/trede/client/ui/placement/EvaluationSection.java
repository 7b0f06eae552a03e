package nl.trede.client.ui.placement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.domain.placement.EvaluationOutcome;
import nl.trede.domain.placement.PlacementEvaluation;

/**
 * The "Evaluatie" of an ended placement as edited: the outcome and how the candidate and the
 * professional experienced it (003 §1B: "de ervaren effecten bij zowel cliënt als
 * consulent/loopbaanbegeleider"). Its own class so the placement form's presenter stays one job.
 */
public final class EvaluationSection {
  private final ObjectProperty<EvaluationOutcome> outcome = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> clientExperience = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> professionalExperience = new SimpleObjectProperty<>();
  private final StringProperty note = new SimpleStringProperty("");
  private PlacementEvaluation loaded;

  void load(PlacementEvaluation evaluation) {
    loaded = evaluation;
    if (evaluation != null) {
      outcome.set(evaluation.outcome());
      clientExperience.set(evaluation.clientExperience());
      professionalExperience.set(evaluation.professionalExperience());
      note.set(evaluation.note() == null ? "" : evaluation.note());
    }
  }

  /**
   * The evaluation to save: none while nothing is filled in; the one opened while nothing changed,
   * so opening and saving a form does not make someone else's evaluation one's own; else a new one
   * by whoever records it, now.
   */
  PlacementEvaluation build(UUID user, Instant now) {
    String text = note.get() == null || note.get().isBlank() ? null : note.get().strip();
    if (outcome.get() == null && clientExperience.get() == null && professionalExperience.get() == null
        && text == null) {
      return null;
    }
    if (loaded != null && loaded.outcome() == outcome.get()
        && Objects.equals(loaded.clientExperience(), clientExperience.get())
        && Objects.equals(loaded.professionalExperience(), professionalExperience.get())
        && Objects.equals(loaded.note(), text)) {
      return loaded;
    }
    return new PlacementEvaluation(outcome.get(), clientExperience.get(), professionalExperience.get(), text, user,
        now);
  }

  public ObjectProperty<EvaluationOutcome> outcome() {
    return outcome;
  }

  public ObjectProperty<Integer> clientExperience() {
    return clientExperience;
  }

  public ObjectProperty<Integer> professionalExperience() {
    return professionalExperience;
  }

  public StringProperty note() {
    return note;
  }
}
