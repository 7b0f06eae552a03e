package nl.trede.client.ui.employercontact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.EmployerContactKind;
import nl.trede.domain.employer.Vacancy;
import nl.trede.sync.RecordType;

/**
 * "Contact vastleggen" with an employer (issue 17): the day (today), how (chips), what was
 * discussed, with whom, when to get back to them, and the vacancy it led to. As a correction it
 * starts from the entry it replaces and saves a new one naming it (history, like contacts). No
 * candidate is asked for, and the form says not to write about candidates: the record is in no
 * file and every device of the municipality receives it.
 */
public final class EmployerContactFormPresenter {
  private static final Set<String> FIELDS = Set.of("date", "kind", "summary", "spokeWith", "followUpDate",
      "vacancyId");
  /** A visit first: what the jobhunter records on the doorstep of the company. */
  public static final List<EmployerContactKind> KINDS = List.of(EmployerContactKind.values());
  /** The quick follow-up chips, in weeks from the contact's day. */
  public static final List<Integer> FOLLOW_UP_WEEKS = List.of(1, 2, 4);

  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final ObjectProperty<EmployerContactKind> kind = new SimpleObjectProperty<>(EmployerContactKind.VISIT);
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty spokeWith = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> followUp = new SimpleObjectProperty<>();
  private final ObjectProperty<Vacancy> vacancy = new SimpleObjectProperty<>();
  private final List<Vacancy> vacancies;
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final UUID employerId;
  private final EmployerContact corrects;
  private final Consumer<EmployerContact> onSaved;

  /** @param corrects the entry this one corrects, or null for a new contact */
  public EmployerContactFormPresenter(FieldContext context, UUID employerId, EmployerContact corrects,
      Consumer<EmployerContact> onSaved) {
    this.context = context;
    this.employerId = employerId;
    this.corrects = corrects;
    this.onSaved = onSaved;
    this.errors = new FormErrors(context.messages(), FIELDS);
    this.vacancies = context.store().<Vacancy>all(RecordType.VACANCY).stream()
        .filter(v -> employerId.equals(v.employerId()))
        .sorted(Comparator.comparing(Vacancy::registeredOn, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
    if (corrects != null) {
      date.set(corrects.date());
      kind.set(corrects.kind());
      summary.set(corrects.summary() == null ? "" : corrects.summary());
      spokeWith.set(corrects.spokeWith() == null ? "" : corrects.spokeWith());
      followUp.set(corrects.followUpDate());
      vacancy.set(vacancies.stream().filter(v -> v.id().equals(corrects.vacancyId())).findFirst().orElse(null));
    } else {
      // Recorded right after the visit: today; the employer's own contact person is who one usually speaks to.
      date.set(context.today());
      context.store().employers().stream().filter(e -> e.id().equals(employerId)).findFirst()
          .map(Employer::contactPerson).ifPresent(spokeWith::set);
    }
    validation = new LiveValidation(errors, () -> build(Ids.newId()).validate(context.clock()))
        .watch("date", date)
        .watch("kind", kind)
        .watch("summary", summary)
        .watch("spokeWith", spokeWith)
        .watch("followUpDate", followUp, date);
  }

  private EmployerContact build(UUID id) {
    return new EmployerContact(id, employerId, context.userId(), date.get(), kind.get(), blankToNull(spokeWith.get()),
        blankToNull(summary.get()), followUp.get(), vacancy.get() == null ? null : vacancy.get().id(),
        corrects == null ? null : corrects.id(), false);
  }

  /** Validates with the shared rules and saves; false with every violation shown otherwise. */
  public boolean save() {
    if (!validation.submit().isEmpty()) {
      return false;
    }
    EmployerContact saved;
    try {
      saved = context.store().create(RecordType.EMPLOYER_CONTACT, build(Ids.newId()));
    } catch (ValidationException e) {
      validation.showRefusal(e.violations());
      return false;
    }
    onSaved.accept(saved);
    return true;
  }

  /** Follow up so many weeks after the contact's day (the quick chips). */
  public void followUpIn(int weeks) {
    followUp.set((date.get() == null ? context.today() : date.get()).plusWeeks(weeks));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** "Werkgever: Kwekerij De Linge", at the top, so nobody records for the wrong employer. */
  public String about() {
    return context.messages().get("employerContact.about", context.store().employers().stream()
        .filter(e -> e.id().equals(employerId)).map(Employer::name).findFirst()
        .orElse(context.messages().get("common.unknown")));
  }

  /** For a correction: which entry it replaces; empty otherwise. */
  public String heading() {
    return corrects == null ? "" : context.messages().get("employerContact.correcting",
        context.messages().date(corrects.date()));
  }

  public boolean correcting() {
    return corrects != null;
  }

  public List<Vacancy> vacancies() {
    return new ArrayList<>(vacancies);
  }

  public ObjectProperty<LocalDate> date() {
    return date;
  }

  public ObjectProperty<EmployerContactKind> kind() {
    return kind;
  }

  public StringProperty summary() {
    return summary;
  }

  public StringProperty spokeWith() {
    return spokeWith;
  }

  public ObjectProperty<LocalDate> followUp() {
    return followUp;
  }

  public ObjectProperty<Vacancy> vacancy() {
    return vacancy;
  }

  public FormErrors errors() {
    return errors;
  }
}
