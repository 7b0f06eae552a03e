package nl.trede.client.ui.person;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
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
import nl.trede.client.ui.kit.CandidateEdit;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Parsing;
import nl.trede.client.ui.kit.PersonFields;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Requirement;

/**
 * "Gegevens wijzigen": who the candidate is and how they came in ({@link PersonFields}), and what
 * a match with a vacancy looks at: certificates, the language level the taalmeter measured
 * (000 §5.2) and the hours they can work. Saved through the snapshot the form opened
 * ({@link Editing}), so only what the person changed travels.
 */
public final class PersonFormPresenter {
  /** Language levels to choose; the empty one is "niet gemeten". */
  public static final List<String> LEVELS = List.of("", "A1", "A2", "B1", "B2", "C1", "C2");
  /** What a candidate holds; the language requirement is the level, asked separately. */
  public static final List<Requirement> CERTIFICATES = List.of(Requirement.VCA, Requirement.FORKLIFT_CERTIFICATE,
      Requirement.DRIVER_CODE_95, Requirement.DRIVING_LICENCE_B);

  private final PersonFields person = new PersonFields();
  private final Map<Requirement, BooleanProperty> certificates = new EnumMap<>(Requirement.class);
  private final ObjectProperty<String> languageLevel = new SimpleObjectProperty<>("");
  private final StringProperty availableHours = new SimpleStringProperty("");
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final CandidateEdit file;
  private final Candidate before;

  public PersonFormPresenter(FieldContext context, UUID candidateId, Runnable onSaved) {
    this.context = context;
    this.file = CandidateEdit.open(context, candidateId, onSaved);
    this.before = file.before();
    person.load(before);
    for (Requirement r : CERTIFICATES) {
      certificates.put(r, new SimpleBooleanProperty(before.certificates().contains(r)));
    }
    languageLevel.set(before.languageLevel() == null ? "" : before.languageLevel());
    availableHours.set(context.messages().decimal(before.availableHoursPerWeek()));
    Set<String> fields = new HashSet<>(PersonFields.FIELDS);
    fields.addAll(Set.of("certificates", "languageLevel", "availableHoursPerWeek"));
    errors = new FormErrors(context.messages(), fields);
    validation = new LiveValidation(errors, this::check);
    person.watch(validation);
    validation.watch("languageLevel", languageLevel).watch("availableHoursPerWeek", availableHours)
        .watch("certificates", certificates.values().toArray(BooleanProperty[]::new));
  }

  private Candidate build(Parsing parsing) {
    Set<Requirement> held = EnumSet.noneOf(Requirement.class);
    // A value the form does not offer (the language requirement) is kept as it was.
    before.certificates().stream().filter(r -> !CERTIFICATES.contains(r)).forEach(held::add);
    certificates.forEach((r, chosen) -> {
      if (chosen.get()) {
        held.add(r);
      }
    });
    String level = languageLevel.get() == null || languageLevel.get().isEmpty() ? null : languageLevel.get();
    BigDecimal hours = parsing.decimal(availableHours.get(), "availableHoursPerWeek");
    return person.applyTo(file.draft()).work(held, level, hours).build();
  }

  private List<Violation> check() {
    Parsing parsing = new Parsing();
    List<Violation> v = new ArrayList<>(build(parsing).validate(context.clock()));
    v.addAll(person.check());
    return parsing.with(v);
  }

  public boolean save() {
    return file.save(validation, () -> build(new Parsing()));
  }

  public PersonFields person() {
    return person;
  }

  public Map<Requirement, BooleanProperty> certificates() {
    return certificates;
  }

  public ObjectProperty<String> languageLevel() {
    return languageLevel;
  }

  public StringProperty availableHours() {
    return availableHours;
  }

  public FormErrors errors() {
    return errors;
  }

  public String candidateName() {
    return before.displayName();
  }
}
