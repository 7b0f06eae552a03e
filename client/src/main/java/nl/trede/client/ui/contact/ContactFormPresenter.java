package nl.trede.client.ui.contact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.ContactPolicy;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.contact.WorkplaceSignal;
import nl.trede.sync.RecordType;

/**
 * "Contactmoment vastleggen": a visit at home, at a community centre, a call; with what was agreed
 * and the next date; or a no-show. As a correction it starts from the entry it replaces and saves a
 * new contact naming it (contacts are history, DOMAIN §2).
 */
public final class ContactFormPresenter {
  private static final Set<String> FIELDS = Set.of("location", "occurredAt", "durationMinutes",
      "othersPresent", "summary", "agreements", "nextContactDate", "signals");
  /** How long a visit took, as one-tap chips: a coach knows it to the quarter hour, not the minute. */
  public static final List<Integer> DURATIONS = List.of(15, 30, 45, 60, 90);
  /** The places of a field visit first: what a coach picks most (DOMAIN §2). */
  public static final List<LocationType> LOCATIONS = List.of(LocationType.HOME, LocationType.COMMUNITY_CENTRE,
      LocationType.PHONE, LocationType.WORKPLACE, LocationType.OFFICE, LocationType.VIDEO, LocationType.EMAIL);

  private final ObjectProperty<LocationType> location = new SimpleObjectProperty<>(LocationType.HOME);
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final StringProperty time = new SimpleStringProperty();
  private final IntegerProperty duration = new SimpleIntegerProperty(45);
  private final StringProperty othersPresent = new SimpleStringProperty("");
  private final BooleanProperty aftercare = new SimpleBooleanProperty();
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty agreements = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> nextContact = new SimpleObjectProperty<>();
  private final BooleanProperty noShow = new SimpleBooleanProperty();
  private final Map<WorkplaceSignal, BooleanProperty> signals = new EnumMap<>(WorkplaceSignal.class);
  private final StringProperty planHint = new SimpleStringProperty();
  private final StringProperty heading = new SimpleStringProperty();
  private final FormErrors errors;
  private final LiveValidation validation;

  private final FieldContext context;
  private final UUID candidateId;
  private final Contact corrects;
  private final int defaultDays;
  private final String defaultWhy;
  private final Consumer<Contact> onSaved;

  /**
   * @param corrects the contact this one corrects, or null for a new one
   */
  public ContactFormPresenter(FieldContext context, UUID candidateId, Contact corrects, boolean asNoShow,
      Consumer<Contact> onSaved) {
    this(context, candidateId, corrects, asNoShow, false, onSaved);
  }

  /**
   * @param corrects the contact this one corrects, or null for a new one
   * @param asAftercare a new contact starts with Nazorg on: it was opened from a nazorg card (002 §3.4.2)
   */
  public ContactFormPresenter(FieldContext context, UUID candidateId, Contact corrects, boolean asNoShow,
      boolean asAftercare, Consumer<Contact> onSaved) {
    this.context = context;
    this.candidateId = candidateId;
    this.corrects = corrects;
    this.onSaved = onSaved;
    Messages messages = context.messages();
    this.errors = new FormErrors(messages, FIELDS);
    for (WorkplaceSignal signal : WorkplaceSignal.values()) {
      signals.put(signal, new SimpleBooleanProperty(corrects != null && corrects.signals().contains(signal)));
    }
    Candidate candidate = context.store().candidate(candidateId).orElse(null);
    Integer planDays = candidate == null || candidate.plan() == null ? null : candidate.plan().contactFrequencyDays();
    // Without a date agreed here, the next contact is due by the plan's frequency, else by the
    // municipality's default (ContactDue): shown with its reason, applied only when the coach taps it.
    this.defaultDays = planDays != null ? planDays
        : context.store().configuration().map(c -> c.policy().defaultFrequencyDays())
            .orElse(ContactPolicy.DEFAULT.defaultFrequencyDays());
    this.defaultWhy = messages.get("due.basis." + (planDays != null ? "PLAN" : "DEFAULT"), defaultDays);
    if (corrects != null) {
      var at = corrects.occurredAt().atZone(Violations.ZONE);
      location.set(corrects.location());
      date.set(at.toLocalDate());
      time.set(String.format("%02d:%02d", at.getHour(), at.getMinute()));
      duration.set(corrects.durationMinutes() == null ? 0 : corrects.durationMinutes());
      othersPresent.set(corrects.othersPresent() == null ? "" : corrects.othersPresent());
      aftercare.set(corrects.aftercare());
      summary.set(corrects.summary() == null ? "" : corrects.summary());
      agreements.set(corrects.agreements() == null ? "" : corrects.agreements());
      nextContact.set(corrects.nextContactDate());
      noShow.set(corrects.noShow());
      heading.set(messages.get("contact.correcting", messages.dateTime(corrects.occurredAt())));
    } else {
      // Recorded on the doorstep, right after the visit: now.
      var now = context.clock().instant().atZone(Violations.ZONE);
      date.set(now.toLocalDate());
      time.set(String.format("%02d:%02d", now.getHour(), now.getMinute()));
      noShow.set(asNoShow);
      aftercare.set(asAftercare);
      if (asNoShow) {
        duration.set(0);
      }
    }
    showDefault();
    nextContact.addListener((obs, was, is) -> showDefault());
    date.addListener((obs, was, is) -> showDefault());
    noShow.addListener((obs, was, is) -> duration.set(is ? 0 : Math.max(duration.get(), 30)));
    validation = new LiveValidation(errors, this::check)
        .watch("location", location)
        .watch("occurredAt", date, time)
        .watch("durationMinutes", duration, noShow)
        .watch("othersPresent", othersPresent)
        .watch("summary", summary)
        .watch("agreements", agreements)
        .watch("nextContactDate", nextContact, date)
        .watch("signals", signals.values().toArray(new BooleanProperty[0]));
  }

  /** Until a date is chosen: which date applies without one, and why. */
  private void showDefault() {
    LocalDate from = date.get() == null ? context.today() : date.get();
    planHint.set(nextContact.get() != null ? null : context.messages().get("contact.nextDefault",
        context.messages().date(from.plusDays(defaultDays)), defaultWhy));
  }

  /** The next contact in so many days from the contact's date (the quick chips). */
  public void nextIn(int days) {
    LocalDate from = date.get() == null ? context.today() : date.get();
    nextContact.set(from.plusDays(days));
  }

  /** The next contact by the plan's frequency, or the municipality's default. */
  public void nextByPlan() {
    nextIn(defaultDays);
  }

  private List<Violation> check() {
    List<Violation> violations = new ArrayList<>();
    LocalTime at = parseTime();
    if (at == null) {
      violations.add(new Violation("occurredAt", "time-format", "time must be HH:mm"));
    }
    violations.addAll(build(at == null ? LocalTime.NOON : at).validate(context.clock()));
    return violations;
  }

  private LocalTime parseTime() {
    try {
      String text = time.get() == null ? "" : time.get().strip().replace('.', ':');
      return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private Contact build(LocalTime at) {
    return new Contact(Ids.newId(), candidateId, null, context.userId(), location.get(),
        date.get() == null ? null : date.get().atTime(at).atZone(Violations.ZONE).toInstant(),
        duration.get(), blankToNull(othersPresent.get()), blankToNull(summary.get()),
        blankToNull(agreements.get()), nextContact.get(), noShow.get(), aftercare.get(),
        corrects == null ? null : corrects.id(), false, chosenSignals());
  }

  /** The signals ticked; a correction starts from those of the contact it replaces. */
  private Set<WorkplaceSignal> chosenSignals() {
    Set<WorkplaceSignal> chosen = EnumSet.noneOf(WorkplaceSignal.class);
    signals.forEach((signal, ticked) -> {
      if (ticked.get()) {
        chosen.add(signal);
      }
    });
    return chosen;
  }

  /** Validates with the shared rules and saves; false with every violation shown otherwise. */
  public boolean save() {
    if (!validation.submit().isEmpty()) {
      return false;
    }
    Contact saved;
    try {
      saved = context.store().create(RecordType.CONTACT, build(parseTime()));
    } catch (ValidationException e) {
      validation.showRefusal(e.violations());
      return false;
    }
    onSaved.accept(saved);
    return true;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean correcting() {
    return corrects != null;
  }

  public ReadOnlyStringProperty heading() {
    return heading;
  }

  public ReadOnlyStringProperty planHint() {
    return planHint;
  }

  /** "Volgens plan" when the plan sets the frequency, else the municipality's default. */
  public String defaultChip() {
    return context.messages().get("contact.byDefault", defaultDays);
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

  public StringProperty othersPresent() {
    return othersPresent;
  }

  /**
   * Nazorg: a contact after the candidate left benefit for work. Overbetuwe 002 §3.4.2: "Als
   * inwoners geen uitkering meer nodig hebben, omdat zij een baan hebben gevonden, nemen onze
   * uitvoeringsprofessionals nog een aantal keer contact op met deze inwoners."
   */
  public BooleanProperty aftercare() {
    return aftercare;
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

  /**
   * Whether the contact signals this to the case manager from the workplace. Lansingerland 002
   * §3.4.3: "De jobcoaches houden onze uitvoeringsprofessionals op de hoogte van zaken die spelen op
   * de werkvloer, bijvoorbeeld dreigend baanverlies of als er behoefte is aan training of
   * ondersteuning."
   */
  public BooleanProperty signal(WorkplaceSignal signal) {
    return signals.get(signal);
  }

  public FormErrors errors() {
    return errors;
  }

  /** "Kandidaat: Anna Jansen", at the top of the form, so nobody records for the wrong person. */
  public String about() {
    return context.messages().get("form.about", context.store().candidate(candidateId)
        .map(nl.trede.domain.candidate.Candidate::displayName).orElse(context.messages().get("common.unknown")));
  }
}
