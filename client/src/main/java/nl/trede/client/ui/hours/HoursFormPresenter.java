package nl.trede.client.ui.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.coaching.HoursLedger;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.RecordType;

/**
 * "Jobcoach-uren boeken": hours in quarter hours for one day on one placement (so for one
 * candidate at one employer, 000 Bijlage A), confirmed on the spot by the employer's contact, who
 * types their name and taps Bevestigen on the jobcoach's phone. Hours are history: the confirmation
 * is part of the entry before it is saved, a change of the hours after confirming voids it, and a
 * mistake is corrected by a new entry that replaces the old one's hours.
 */
public final class HoursFormPresenter {
  private static final Set<String> FIELDS = Set.of("placement", "employerId", "date", "quarterHours", "activity",
      "coachKind", "note", "confirmedBy");
  /** The amounts a jobcoach books most, one tap each. */
  public static final List<Integer> QUICK_QUARTERS = List.of(2, 4, 8, 16);

  /** A placement to book on, as the choice list shows it. */
  public record Target(Placement placement, Employer employer, String label) {}

  private final List<Target> targets;
  private final List<Employer> employers;
  private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
  private final ObjectProperty<Employer> employer = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final IntegerProperty quarterHours = new SimpleIntegerProperty(4);
  private final ObjectProperty<CoachingActivity> activity =
      new SimpleObjectProperty<>(CoachingActivity.ON_SITE_COACHING);
  private final ObjectProperty<CoachKind> coachKind = new SimpleObjectProperty<>(CoachKind.MUNICIPAL);
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty confirmName = new SimpleStringProperty("");
  private final ObjectProperty<String> confirmedBy = new SimpleObjectProperty<>();
  private final ObjectProperty<Instant> confirmedAt = new SimpleObjectProperty<>();
  private final StringProperty confirmation = new SimpleStringProperty();
  private final StringProperty budget = new SimpleStringProperty();
  private final BooleanProperty confirmed = new SimpleBooleanProperty();
  private final StringBinding amount;
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final Messages messages;
  private final UUID candidateId;
  private final CoachingHours corrects;
  private final Runnable onSaved;
  private List<CoachingHours> bookedBefore;

  /**
   * @param placementId the placement to book on, when the jobcoach came from it; else the first
   *     active placement at an employer
   * @param corrects the entry this one corrects, or null
   */
  public HoursFormPresenter(FieldContext context, UUID candidateId, UUID placementId, CoachingHours corrects,
      Runnable onSaved) {
    this.context = context;
    this.messages = context.messages();
    this.candidateId = candidateId;
    this.corrects = corrects;
    this.onSaved = onSaved;
    this.errors = new FormErrors(messages, FIELDS);
    this.employers = context.store().employers();
    Map<UUID, Employer> byId = employers.stream().collect(Collectors.toMap(Employer::id, e -> e, (a, b) -> a));
    LocalDate today = context.today();
    List<Target> list = new ArrayList<>();
    for (Placement p : context.store().<Placement>inFile(candidateId, RecordType.PLACEMENT)) {
      Employer at = p.employerId() == null ? null : byId.get(p.employerId());
      boolean wanted = p.id().equals(placementId) || (corrects != null && p.id().equals(corrects.placementId()));
      if (at != null && (p.isActiveOn(today) || wanted)) {
        list.add(new Target(p, at, messages.get("hours.target", at.name(),
            p.role() == null ? messages.label(p.kind()) : p.role())));
      }
    }
    targets = List.copyOf(list);
    UUID preferred = corrects != null ? corrects.placementId() : placementId;
    target.set(targets.stream().filter(t -> t.placement().id().equals(preferred)).findFirst()
        .orElse(targets.isEmpty() ? null : targets.get(0)));
    if (corrects != null) {
      employer.set(byId.get(corrects.employerId()));
      date.set(corrects.date());
      quarterHours.set(corrects.quarterHours());
      activity.set(corrects.activity());
      coachKind.set(corrects.coachKind());
      note.set(corrects.note() == null ? "" : corrects.note());
    } else {
      date.set(today);
      follow(target.get());
    }
    target.addListener((obs, old, now) -> follow(now));
    amount = Bindings.createStringBinding(() -> quarterHours.get() == 0 && corrects != null
        ? messages.get("hours.amountNone") : messages.get("hours.amountValue", messages.hours(quarterHours.get())),
        quarterHours);
    // The employer confirmed these hours on this day for this work; any change voids it.
    for (javafx.beans.value.ObservableValue<?> p : List.of(quarterHours, date, target, employer, activity)) {
      p.addListener((obs, old, now) -> {
        if (confirmedBy.get() != null) {
          unconfirm();
          confirmation.set(messages.get("hours.confirmationVoided"));
        }
      });
    }
    validation = new LiveValidation(errors, this::check)
        .watch("placement", target)
        .watch("employerId", employer)
        .watch("date", date)
        .watch("quarterHours", quarterHours)
        .watch("activity", activity)
        .watch("coachKind", coachKind)
        .watch("note", note);
    updateBudget();
    quarterHours.addListener((obs, old, now) -> updateBudget());
    target.addListener((obs, old, now) -> updateBudget());
  }

  private void follow(Target t) {
    if (t == null) {
      return;
    }
    employer.set(t.employer());
    if (t.placement().jobcoaching() != null && t.placement().jobcoaching().coachKind() != null) {
      coachKind.set(t.placement().jobcoaching().coachKind());
    }
  }

  /** "Deze plaatsing: 12,25 van 40 toegekende uren geboekt" with this entry counted in. */
  private void updateBudget() {
    Target t = target.get();
    if (t == null || t.placement().jobcoaching() == null || t.placement().jobcoaching().grantedHours() == null) {
      budget.set(null);
      return;
    }
    int booked = HoursLedger.quarterHours(booked(), t.placement().id(), corrects == null ? null : corrects.id());
    int granted = t.placement().jobcoaching().grantedHours();
    int after = booked + quarterHours.get();
    budget.set(messages.get(after > granted * 4 ? "hours.budgetOver" : "hours.budget",
        messages.hours(after), granted));
  }

  /** The candidate's hours, read once: the budget line follows every tap on + and -. */
  private List<CoachingHours> booked() {
    if (bookedBefore == null) {
      bookedBefore = context.store().inFile(candidateId, RecordType.COACHING_HOURS);
    }
    return bookedBefore;
  }

  private List<Violation> check() {
    List<Violation> v = new ArrayList<>();
    if (!targets.isEmpty() && target.get() == null) {
      v.add(new Violation("placement", "required", "choose a placement"));
    }
    v.addAll(build().validate(context.clock()));
    return v;
  }

  private CoachingHours build() {
    return new CoachingHours(Ids.newId(), candidateId, employer.get() == null ? null : employer.get().id(),
        date.get(), quarterHours.get(), activity.get(), coachKind.get(), context.userId(),
        note.get() == null || note.get().isBlank() ? null : note.get().strip(), confirmedBy.get(), confirmedAt.get(),
        corrects == null ? null : corrects.id(), target.get() == null ? null : target.get().placement().id());
  }

  public void more() {
    quarterHours.set(Math.min(CoachingHours.MAX_QUARTER_HOURS_PER_DAY, quarterHours.get() + 1));
  }

  public void less() {
    quarterHours.set(Math.max(0, quarterHours.get() - 1));
  }

  public void set(int quarters) {
    quarterHours.set(quarters);
  }

  /**
   * The employer's contact confirms: their name, typed by them, and the moment. Refused without a
   * name, since the confirmation must say who gave it.
   */
  public boolean confirm() {
    String name = confirmName.get() == null ? "" : confirmName.get().strip();
    if (name.isEmpty()) {
      errors.show(List.of(new Violation("confirmedBy", "required", "who confirms")), f -> f.equals("confirmedBy"),
          false);
      return false;
    }
    confirmedBy.set(name);
    confirmedAt.set(context.clock().instant());
    confirmed.set(true);
    confirmation.set(messages.get("hours.confirmedBy", name, messages.time(confirmedAt.get()),
        messages.hours(quarterHours.get())));
    validation.run();
    return true;
  }

  public void unconfirm() {
    confirmedBy.set(null);
    confirmedAt.set(null);
    confirmed.set(false);
    confirmation.set(null);
  }

  public boolean save() {
    if (!validation.submit().isEmpty()) {
      return false;
    }
    try {
      context.store().create(RecordType.COACHING_HOURS, build());
    } catch (ValidationException e) {
      validation.showRefusal(e.violations());
      return false;
    }
    onSaved.run();
    return true;
  }

  /** The employer's contact person, as a hint for who should confirm. */
  public String contactHint() {
    Employer e = employer.get();
    return e == null || e.contactPerson() == null ? null : messages.get("hours.confirmHint", e.contactPerson());
  }

  public boolean correcting() {
    return corrects != null;
  }

  public List<Target> targets() {
    return targets;
  }

  public List<Employer> employers() {
    return employers;
  }

  public ObjectProperty<Target> target() {
    return target;
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

  public StringProperty confirmName() {
    return confirmName;
  }

  public ReadOnlyStringProperty confirmation() {
    return confirmation;
  }

  public BooleanProperty confirmed() {
    return confirmed;
  }

  public ReadOnlyStringProperty budget() {
    return budget;
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
