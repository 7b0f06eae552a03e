package nl.trede.client.ui.hours;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.store.LocalStore;
import nl.trede.client.ui.FormErrors;
import nl.trede.client.ui.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violations;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.employer.Employer;
import nl.trede.sync.RecordType;

/**
 * "Jobcoach-uren boeken": hours in quarter hours for one day at one employer (000 Bijlage A);
 * the +/- steps keep a thumb on the screen instead of a keyboard.
 */
public final class HoursFormPresenter {
  private static final Set<String> FIELDS = Set.of("employerId", "date", "quarterHours", "activity",
      "coachKind", "note");

  private final List<Employer> employers;
  private final ObjectProperty<Employer> employer = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final IntegerProperty quarterHours = new SimpleIntegerProperty(4);
  private final ObjectProperty<CoachingActivity> activity =
      new SimpleObjectProperty<>(CoachingActivity.ON_SITE_COACHING);
  private final ObjectProperty<CoachKind> coachKind = new SimpleObjectProperty<>(CoachKind.MUNICIPAL);
  private final StringProperty note = new SimpleStringProperty("");
  private final StringBinding amount;
  private final FormErrors errors;
  private final LocalStore store;
  private final UUID candidateId;
  private final UUID authorId;
  private final Runnable onSaved;

  public HoursFormPresenter(LocalStore store, Messages messages, Clock clock, UUID candidateId,
      UUID authorId, Runnable onSaved) {
    this.store = store;
    this.candidateId = candidateId;
    this.authorId = authorId;
    this.onSaved = onSaved;
    this.errors = new FormErrors(messages, FIELDS);
    this.employers = store.employers();
    date.set(LocalDate.now(clock.withZone(Violations.ZONE)));
    amount = Bindings.createStringBinding(
        () -> messages.get("hours.amountValue", messages.hours(quarterHours.get())), quarterHours);
  }

  public void more() {
    quarterHours.set(Math.min(CoachingHours.MAX_QUARTER_HOURS_PER_DAY, quarterHours.get() + 1));
  }

  public void less() {
    quarterHours.set(Math.max(0, quarterHours.get() - 1));
  }

  public boolean save() {
    errors.clear();
    CoachingHours hours = new CoachingHours(Ids.newId(), candidateId,
        employer.get() == null ? null : employer.get().id(), date.get(), quarterHours.get(),
        activity.get(), coachKind.get(), authorId,
        note.get() == null || note.get().isBlank() ? null : note.get().strip(), null, null, null, null);
    try {
      store.create(RecordType.COACHING_HOURS, hours);
    } catch (ValidationException e) {
      errors.show(e.violations());
      return false;
    }
    onSaved.run();
    return true;
  }

  public List<Employer> employers() {
    return employers;
  }

  public ObjectProperty<Employer> employer() {
    return employer;
  }

  public ObjectProperty<LocalDate> date() {
    return date;
  }

  public IntegerProperty quarterHours() {
    return quarterHours;
  }

  public StringBinding amount() {
    return amount;
  }

  public ObjectProperty<CoachingActivity> activity() {
    return activity;
  }

  public ObjectProperty<CoachKind> coachKind() {
    return coachKind;
  }

  public StringProperty note() {
    return note;
  }

  public FormErrors errors() {
    return errors;
  }
}
