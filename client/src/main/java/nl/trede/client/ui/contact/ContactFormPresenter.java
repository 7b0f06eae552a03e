package nl.trede.client.ui.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.store.LocalStore;
import nl.trede.client.ui.FormErrors;
import nl.trede.client.ui.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.sync.RecordType;

/** "Contactmoment vastleggen": a visit, call or message with a candidate. */
public final class ContactFormPresenter {
  private static final Set<String> FIELDS = Set.of("location", "occurredAt", "durationMinutes",
      "summary", "agreements", "nextContactDate");

  private final ObjectProperty<LocationType> location = new SimpleObjectProperty<>(LocationType.HOME);
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final StringProperty time = new SimpleStringProperty();
  private final IntegerProperty duration = new SimpleIntegerProperty(45);
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty agreements = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> nextContact = new SimpleObjectProperty<>();
  private final BooleanProperty noShow = new SimpleBooleanProperty();
  private final FormErrors errors;

  private final LocalStore store;
  private final Clock clock;
  private final UUID candidateId;
  private final UUID authorId;
  private final Runnable onSaved;

  public ContactFormPresenter(LocalStore store, Messages messages, Clock clock, UUID candidateId,
      UUID authorId, Runnable onSaved) {
    this.store = store;
    this.clock = clock;
    this.candidateId = candidateId;
    this.authorId = authorId;
    this.onSaved = onSaved;
    this.errors = new FormErrors(messages, FIELDS);
    // Usually recorded right after the visit: now, rounded to the quarter hour.
    var now = clock.instant().atZone(Violations.ZONE);
    date.set(now.toLocalDate());
    LocalTime rounded = now.toLocalTime().truncatedTo(ChronoUnit.HOURS)
        .plusMinutes(now.getMinute() / 15 * 15L);
    time.set(String.format("%02d:%02d", rounded.getHour(), rounded.getMinute()));
    noShow.addListener((obs, was, is) -> {
      if (is) {
        duration.set(0);
      }
    });
  }

  /** Validates with the shared rules and saves; false with every violation shown otherwise. */
  public boolean save() {
    errors.clear();
    LocalTime at;
    try {
      at = LocalTime.parse(time.get() == null ? "" : time.get().strip());
    } catch (DateTimeParseException e) {
      errors.show(List.of(new Violation("occurredAt", "time-format", "time must be HH:mm")));
      return false;
    }
    Contact contact = new Contact(Ids.newId(), candidateId, null, authorId, location.get(),
        date.get() == null ? null : date.get().atTime(at).atZone(Violations.ZONE).toInstant(),
        duration.get(), null, blankToNull(summary.get()), blankToNull(agreements.get()),
        nextContact.get(), noShow.get(), false, null);
    try {
      store.create(RecordType.CONTACT, contact);
    } catch (ValidationException e) {
      errors.show(e.violations());
      return false;
    }
    onSaved.run();
    return true;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public ObjectProperty<LocationType> location() {
    return location;
  }

  public ObjectProperty<LocalDate> date() {
    return date;
  }

  public StringProperty time() {
    return time;
  }

  public IntegerProperty duration() {
    return duration;
  }

  public StringProperty summary() {
    return summary;
  }

  public StringProperty agreements() {
    return agreements;
  }

  public ObjectProperty<LocalDate> nextContact() {
    return nextContact;
  }

  public BooleanProperty noShow() {
    return noShow;
  }

  public FormErrors errors() {
    return errors;
  }
}
