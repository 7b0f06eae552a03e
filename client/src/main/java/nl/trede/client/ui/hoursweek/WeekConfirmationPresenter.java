package nl.trede.client.ui.hoursweek;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.coaching.HoursLedger;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.RecordType;

/**
 * "Week laten bevestigen": the employer's contact signs off a week of a placement's coaching
 * hours at once, usually on Friday, or on Monday for the week before when Friday's visit fell
 * through. It lists the week's entries in force after corrections ({@link HoursLedger}); those not
 * yet confirmed are selected, those confirmed show by whom and when and cannot be chosen. The
 * contact types their name and taps Bevestigen; each chosen entry gets a correction that repeats
 * it with the confirmation ({@link CoachingHours#confirmation}), all saved in one transaction.
 */
public final class WeekConfirmationPresenter {
  private static final Set<String> FIELDS = Set.of("confirmedBy");

  /** Which week: this one (Monday to today) or the one before (Monday to Sunday). */
  public enum Week {
    THIS, PREVIOUS
  }

  /** One entry of the week; {@code selected} only matters when it is not confirmed yet. */
  public record Row(CoachingHours entry, String day, String hours, String detail, String confirmedText,
      BooleanProperty selected) {
    public boolean confirmed() {
      return entry.confirmed();
    }
  }

  /** What was confirmed, and the notice that says so ("3 dagen, 7,5 uur bevestigd door …"). */
  public record Confirmed(List<CoachingHours> confirmations, String notice) {}

  private final ObjectProperty<Week> week = new SimpleObjectProperty<>(Week.THIS);
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty range = new SimpleStringProperty();
  private final StringProperty total = new SimpleStringProperty();
  private final BooleanProperty anySelected = new SimpleBooleanProperty();
  private final StringProperty confirmName = new SimpleStringProperty("");
  private final StringProperty warning = new SimpleStringProperty();
  private final FormErrors errors;
  private final FieldContext context;
  private final Messages messages;
  private final UUID candidateId;
  private final Placement placement;
  private final Employer employer;
  private final Consumer<Confirmed> onConfirmed;

  public WeekConfirmationPresenter(FieldContext context, UUID candidateId, UUID placementId,
      Consumer<Confirmed> onConfirmed) {
    this.context = context;
    this.messages = context.messages();
    this.candidateId = candidateId;
    this.onConfirmed = onConfirmed;
    this.errors = new FormErrors(messages, FIELDS);
    this.placement = context.store().<Placement>inFile(candidateId, RecordType.PLACEMENT).stream()
        .filter(p -> p.id().equals(placementId)).findFirst().orElse(null);
    this.employer = placement == null || placement.employerId() == null ? null
        : context.store().employers().stream().filter(e -> e.id().equals(placement.employerId())).findFirst()
            .orElse(null);
    if (employer != null && employer.contactPerson() != null) {
      confirmName.set(employer.contactPerson());
    }
    // A warning is about the name it was given for: another name is judged anew.
    confirmName.addListener((obs, old, now) -> {
      warning.set(null);
      errors.clear();
    });
    week.addListener((obs, old, now) -> refresh());
    refresh();
  }

  /** Reads the week's entries again: on opening, and when the week changes. */
  public void refresh() {
    LocalDate today = context.today();
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    LocalDate from = week.get() == Week.THIS ? monday : monday.minusWeeks(1);
    LocalDate to = week.get() == Week.THIS ? today : monday.minusDays(1);
    range.set(messages.get("hours.week.range", messages.day(from), messages.day(to)));
    List<CoachingHours> inForce = placement == null ? List.of()
        : HoursLedger.inForceBetween(context.store().inFile(candidateId, RecordType.COACHING_HOURS), placement.id(),
            from, to);
    List<Row> list = new ArrayList<>();
    for (CoachingHours h : inForce) {
      BooleanProperty selected = new SimpleBooleanProperty(!h.confirmed());
      selected.addListener((obs, old, now) -> updateTotal());
      list.add(new Row(h, messages.day(h.date()), messages.get("hours.amountValue", messages.hours(h.quarterHours())),
          messages.label(h.activity()) + (h.note() == null || h.note().isBlank() ? "" : " · " + h.note()),
          h.confirmed() ? messages.get("hours.week.confirmedBy", h.confirmedBy(), messages.dateTime(h.confirmedAt()))
              : null,
          selected));
    }
    rows.setAll(list);
    warning.set(null);
    errors.clear();
    updateTotal();
  }

  private List<CoachingHours> chosen() {
    return rows.stream().filter(r -> !r.confirmed() && r.selected().get()).map(Row::entry).toList();
  }

  private void updateTotal() {
    List<CoachingHours> chosen = chosen();
    anySelected.set(!chosen.isEmpty());
    total.set(chosen.isEmpty() ? messages.get("hours.week.noneSelected")
        : messages.get("hours.week.total", days(chosen), messages.hours(HoursLedger.sum(chosen))));
  }

  private static int days(List<CoachingHours> entries) {
    return (int) entries.stream().map(CoachingHours::date).distinct().count();
  }

  /**
   * Bevestigen. Refused without a name; when the name is not the employer's contact on file (or no
   * contact is on file), the confirmer is warned first and {@link #confirmAnyway} saves.
   *
   * @return true when the week was confirmed and saved
   */
  public boolean confirm() {
    String name = name();
    if (name == null || chosen().isEmpty()) {
      return refuse(name);
    }
    if (employer == null || !employer.isContactPerson(name)) {
      // Our choice (the seed is silent): warn, do not forbid. The contact on file may be out of
      // date or on holiday, and the supervisor on the floor may sign instead; the name is kept
      // as typed, so the consulent can see who confirmed.
      String where = employer == null ? messages.get("common.unknown") : employer.name();
      warning.set(employer == null || employer.contactPerson() == null || employer.contactPerson().isBlank()
          ? messages.get("hours.week.noContact", name, where)
          : messages.get("hours.week.notContact", name, where, employer.contactPerson().strip()));
      return false;
    }
    return save(name);
  }

  /** Toch bevestigen: after the warning, the confirmer goes ahead under the name they typed. */
  public boolean confirmAnyway() {
    String name = name();
    if (name == null || chosen().isEmpty()) {
      return refuse(name);
    }
    return save(name);
  }

  /** Without a name nothing is confirmed; without a chosen entry Bevestigen is not offered at all. */
  private boolean refuse(String name) {
    if (name == null) {
      errors.show(List.of(new Violation("confirmedBy", "required", "who confirms")));
    }
    return false;
  }

  private String name() {
    String name = confirmName.get() == null ? "" : confirmName.get().strip();
    return name.isEmpty() ? null : name;
  }

  private boolean save(String name) {
    List<CoachingHours> chosen = chosen();
    Instant now = context.clock().instant();
    List<CoachingHours> confirmations = chosen.stream()
        .map(h -> h.confirmation(Ids.newId(), context.userId(), name, now)).toList();
    try {
      context.store().createAll(RecordType.COACHING_HOURS, confirmations);
    } catch (ValidationException e) {
      errors.show(e.violations());
      return false;
    }
    warning.set(null);
    onConfirmed.accept(new Confirmed(confirmations, messages.get("hours.week.saved", days(chosen),
        messages.hours(HoursLedger.sum(chosen)), name)));
    return true;
  }

  /** "Kim Bos · Orderpicker bij Supermarkt Heteren": whose hours, where. */
  public String about() {
    String who = context.store().candidate(candidateId).map(Candidate::displayName)
        .orElse(messages.get("common.unknown"));
    String where = employer == null ? messages.get("common.unknown") : employer.name();
    return messages.get("hours.week.about", who,
        placement == null || placement.role() == null ? where : messages.get("today.where", placement.role(), where));
  }

  public ObjectProperty<Week> week() {
    return week;
  }

  public String weekLabel(Week w) {
    return messages.get(w == Week.THIS ? "hours.week.this" : "hours.week.previous");
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ReadOnlyStringProperty range() {
    return range;
  }

  public ReadOnlyStringProperty total() {
    return total;
  }

  public BooleanProperty anySelected() {
    return anySelected;
  }

  public StringProperty confirmName() {
    return confirmName;
  }

  public ReadOnlyStringProperty warning() {
    return warning;
  }

  public FormErrors errors() {
    return errors;
  }
}
