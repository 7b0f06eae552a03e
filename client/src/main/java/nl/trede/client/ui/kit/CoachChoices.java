package nl.trede.client.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.trede.domain.Colleague;

/**
 * The coaches of a file as a case manager chooses them: every participation coach and jobcoach
 * of the municipality by name, those on the file ticked. A coach on the file whom the device's
 * list does not know (yet) stays, ticked, under "onbekende collega": untouched, the file keeps
 * them. The chosen order keeps the file's own order, new coaches after it, so opening and saving
 * without a change sends no change.
 */
public final class CoachChoices {
  /** One coach to tick. */
  public record Pick(Colleague colleague, BooleanProperty chosen) {}

  private final List<Pick> picks = new ArrayList<>();
  private final List<UUID> current;

  public CoachChoices(Colleagues colleagues, List<UUID> current) {
    this.current = List.copyOf(current);
    List<Colleague> coaches = colleagues.coaches();
    for (UUID id : current) {
      if (coaches.stream().noneMatch(c -> c.userId().equals(id))) {
        picks.add(new Pick(colleagues.colleague(id), new SimpleBooleanProperty(true)));
      }
    }
    for (Colleague c : coaches) {
      picks.add(new Pick(c, new SimpleBooleanProperty(current.contains(c.userId()))));
    }
  }

  public List<Pick> picks() {
    return picks;
  }

  /** The chosen coaches: those already on the file in the file's order, then the new ones. */
  public List<UUID> chosen() {
    List<UUID> chosen = new ArrayList<>();
    for (UUID id : current) {
      if (picks.stream().anyMatch(p -> p.colleague().userId().equals(id) && p.chosen().get())) {
        chosen.add(id);
      }
    }
    for (Pick p : picks) {
      if (p.chosen().get() && !chosen.contains(p.colleague().userId())) {
        chosen.add(p.colleague().userId());
      }
    }
    return chosen;
  }

  /** Ticks or unticks the coach with this id, if the list has them. */
  public void choose(UUID userId, boolean chosen) {
    picks.stream().filter(p -> p.colleague().userId().equals(userId)).forEach(p -> p.chosen().set(chosen));
  }

  /** What changes as the person ticks, for validation as they go. */
  public BooleanProperty[] properties() {
    return picks.stream().map(Pick::chosen).toArray(BooleanProperty[]::new);
  }
}
