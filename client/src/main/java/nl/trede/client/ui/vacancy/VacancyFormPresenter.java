package nl.trede.client.ui.vacancy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.store.Editing;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.sync.RecordType;

/**
 * "Vacature" registered on site: the tasks carved out of the job lead, not the title (jobcarving,
 * 000 §5.1), so tasks are added one by one; hours, requirements (with the language level when
 * Dutch is asked), whether it suits the doelgroepregister, and its status.
 */
public final class VacancyFormPresenter {
  private static final Set<String> FIELDS = Set.of("title", "tasks", "hoursPerWeek", "requirements",
      "languageLevel", "status");
  public static final List<String> LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2");

  private final StringProperty title = new SimpleStringProperty("");
  private final ObservableList<String> tasks = FXCollections.observableArrayList();
  private final StringProperty newTask = new SimpleStringProperty("");
  private final StringProperty hoursPerWeek = new SimpleStringProperty("");
  private final Map<Requirement, BooleanProperty> requirements = new EnumMap<>(Requirement.class);
  private final ObjectProperty<String> languageLevel = new SimpleObjectProperty<>();
  private final BooleanProperty suitsRegister = new SimpleBooleanProperty();
  private final ObjectProperty<VacancyStatus> status = new SimpleObjectProperty<>(VacancyStatus.OPEN);
  private final StringProperty changed = new SimpleStringProperty("");
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final Editing<Vacancy> opened;
  private final Vacancy existing;
  private final UUID id;
  private final UUID employerId;
  private final String employerName;
  private final Runnable onSaved;
  private boolean badHours;

  public VacancyFormPresenter(FieldContext context, UUID employerId, UUID vacancyId, Runnable onSaved) {
    this.context = context;
    this.employerId = employerId;
    this.onSaved = onSaved;
    Messages messages = context.messages();
    this.errors = new FormErrors(messages, FIELDS);
    this.opened = vacancyId == null ? null
        : context.store().<Vacancy>edit(RecordType.VACANCY, vacancyId).orElse(null);
    this.existing = opened == null ? null : opened.record();
    this.id = existing == null ? Ids.newId() : existing.id();
    this.employerName = context.store().employers().stream().filter(e -> e.id().equals(employerId))
        .map(Employer::name).findFirst().orElse(messages.get("common.unknown"));
    for (Requirement r : Requirement.values()) {
      requirements.put(r, new SimpleBooleanProperty(existing != null && existing.requirements().contains(r)));
    }
    if (existing != null) {
      title.set(existing.title());
      tasks.setAll(existing.tasks());
      hoursPerWeek.set(messages.decimal(existing.hoursPerWeek()));
      languageLevel.set(existing.languageLevel());
      suitsRegister.set(existing.suitsTargetGroupRegister());
      status.set(existing.status());
    }
    // The language level goes with the Dutch requirement, and only with it.
    requirements.get(Requirement.DUTCH_LANGUAGE_LEVEL).addListener((obs, was, is) -> {
      if (!is) {
        languageLevel.set(null);
      } else if (languageLevel.get() == null) {
        languageLevel.set("A2");
      }
    });
    tasks.addListener((javafx.collections.ListChangeListener<String>) c -> changed.set(String.valueOf(tasks.size())));
    validation = new LiveValidation(errors, this::check)
        .watch("title", title).watch("tasks", changed).watch("hoursPerWeek", hoursPerWeek)
        .watch("languageLevel", languageLevel).watch("status", status);
    requirements.values().forEach(p -> validation.watch("requirements", p));
  }

  private Vacancy build() {
    BigDecimal hours;
    badHours = false;
    try {
      hours = Messages.parseDecimal(hoursPerWeek.get());
    } catch (NumberFormatException e) {
      hours = null;
      badHours = true;
    }
    Set<Requirement> asked = EnumSet.noneOf(Requirement.class);
    requirements.forEach((r, p) -> {
      if (p.get()) {
        asked.add(r);
      }
    });
    return new Vacancy(id, employerId, title.get() == null || title.get().isBlank() ? null : title.get().strip(),
        List.copyOf(tasks), hours, asked, asked.contains(Requirement.DUTCH_LANGUAGE_LEVEL) ? languageLevel.get() : null,
        suitsRegister.get(), status.get(), existing == null ? context.today() : existing.registeredOn(),
        existing == null ? context.userId() : existing.registeredBy());
  }

  private List<Violation> check() {
    Vacancy v = build();
    List<Violation> list = new ArrayList<>();
    if (badHours) {
      list.add(new Violation("hoursPerWeek", "number-format", "hoursPerWeek is not a number"));
    }
    // Unreadable hours are read as none; "vul dit veld in" beside "vul een getal in" would confuse.
    v.validate(context.clock()).stream().filter(x -> !(badHours && "hoursPerWeek".equals(x.field())))
        .forEach(list::add);
    return list;
  }

  /** Adds the typed task to the list (Enter or the plus button) and clears the field. */
  public void addTask() {
    String text = newTask.get() == null ? "" : newTask.get().strip();
    if (!text.isEmpty()) {
      tasks.add(text);
      newTask.set("");
    }
  }

  public void removeTask(int index) {
    if (index >= 0 && index < tasks.size()) {
      tasks.remove(index);
    }
  }

  public boolean save() {
    // A task typed but not yet added is what the jobhunter meant: keep it.
    addTask();
    if (!validation.submit().isEmpty()) {
      return false;
    }
    try {
      if (existing == null) {
        context.store().create(RecordType.VACANCY, build());
      } else {
        context.store().update(opened, build());
      }
    } catch (ValidationException e) {
      validation.showRefusal(e.violations());
      return false;
    }
    onSaved.run();
    return true;
  }

  public boolean isNew() {
    return existing == null;
  }

  public UUID vacancyId() {
    return id;
  }

  public String employerName() {
    return employerName;
  }

  public StringProperty title() {
    return title;
  }

  public ObservableList<String> tasks() {
    return tasks;
  }

  public StringProperty newTask() {
    return newTask;
  }

  public StringProperty hoursPerWeek() {
    return hoursPerWeek;
  }

  public BooleanProperty requirement(Requirement r) {
    return requirements.get(r);
  }

  public ObjectProperty<String> languageLevel() {
    return languageLevel;
  }

  public BooleanProperty suitsRegister() {
    return suitsRegister;
  }

  public ObjectProperty<VacancyStatus> status() {
    return status;
  }

  public FormErrors errors() {
    return errors;
  }
}
