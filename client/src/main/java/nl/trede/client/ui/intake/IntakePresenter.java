package nl.trede.client.ui.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.ui.kit.CandidateDraft;
import nl.trede.client.ui.kit.CoachChoices;
import nl.trede.client.ui.kit.Colleagues;
import nl.trede.client.ui.kit.DimensionChoice;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.PersonFields;
import nl.trede.config.Dimension;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PolicyRules;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.SamePerson;
import nl.trede.sync.RecordType;

/**
 * "Nieuw dossier" (intake): a case manager registers a candidate on the device, offline if need
 * be: who they are (never a BSN), the inflow date and reason, the benefit start date or "geen
 * uitkering", the classification in the municipality's own scheme or "nog niet ingedeeld", and
 * the coaches who will carry the file. Before it is made, the files on the device are searched
 * for the same family name and date of birth ({@link SamePerson}); a match is shown and the file is only
 * made when the case manager says it is another person.
 */
public final class IntakePresenter {
  /** One dimension of the scheme, "nog niet ingedeeld" to start with. */
  public record DimensionRow(Dimension dimension, List<DimensionChoice> choices,
      ObjectProperty<DimensionChoice> value) {}

  /** A file on the device that may be the same person. */
  public record Duplicate(UUID candidateId, String text) {}

  private final PersonFields person = new PersonFields();
  private final List<DimensionRow> dimensions = new ArrayList<>();
  private final CoachChoices coaches;
  private final ObservableList<Duplicate> duplicates = FXCollections.observableArrayList();
  private final BooleanProperty anotherPerson = new SimpleBooleanProperty();
  private final FormErrors errors;
  private final LiveValidation validation;

  private final FieldContext context;
  private final Messages messages;
  private final MunicipalityConfig config;
  private final UUID id = Ids.newId();
  private final Consumer<UUID> onSaved;
  private final Consumer<UUID> openExisting;
  private List<Candidate> bornThatDay = List.of();

  /**
   * @param onSaved gets the new file's id
   * @param openExisting opens a file the duplicate check found
   */
  public IntakePresenter(FieldContext context, Consumer<UUID> onSaved, Consumer<UUID> openExisting) {
    this.context = context;
    this.messages = context.messages();
    this.config = context.configOrDefault();
    this.onSaved = onSaved;
    this.openExisting = openExisting;
    this.coaches = new CoachChoices(Colleagues.of(context), List.of());
    person.inflowDate().set(context.today());
    Set<String> fields = new HashSet<>(PersonFields.FIELDS);
    fields.add("coachIds");
    for (Dimension d : config.dimensions()) {
      fields.add("classification." + d.key());
      List<DimensionChoice> choices = DimensionChoice.of(d, messages);
      dimensions.add(new DimensionRow(d, choices, new SimpleObjectProperty<>(choices.get(0))));
    }
    errors = new FormErrors(messages, fields);
    validation = new LiveValidation(errors, this::check);
    person.watch(validation);
    validation.watch("coachIds", coaches.properties());
    dimensions.forEach(r -> validation.watch("classification." + r.dimension().key(), r.value()));
    person.dateOfBirth().addListener((obs, old, now) -> {
      bornThatDay = now == null ? List.of() : context.store().queries().bornOn(now);
      findDuplicates();
    });
    person.givenName().addListener((obs, old, now) -> findDuplicates());
    person.familyName().addListener((obs, old, now) -> findDuplicates());
  }

  private void findDuplicates() {
    anotherPerson.set(false);
    duplicates.setAll(bornThatDay.stream()
        .filter(c -> SamePerson.matches(c, person.familyName().get(), person.dateOfBirth().get()))
        .map(c -> new Duplicate(c.id(), messages.get("intake.duplicate", c.displayName(),
            messages.date(c.dateOfBirth()))))
        .toList());
  }

  private Candidate build() {
    TreeMap<String, String> classification = new TreeMap<>();
    for (DimensionRow r : dimensions) {
      if (r.value().get() != null && r.value().get().key() != null) {
        classification.put(r.dimension().key(), r.value().get().key());
      }
    }
    // The case manager who registers carries the file; the office names one later.
    UUID caseManager = context.role() == Role.CASE_MANAGER ? context.userId() : null;
    return person.applyTo(CandidateDraft.newFile(id)).carriedBy(caseManager, coaches.chosen())
        .classification(classification).build();
  }

  /** The record's rules, the municipality's scheme, and what only the form sees. */
  private List<Violation> check() {
    Candidate candidate = build();
    List<Violation> v = new ArrayList<>(candidate.validate(context.clock()));
    v.addAll(PolicyRules.checkCandidate(config, null, candidate, context.role().worksInTheField()));
    v.addAll(person.check());
    return v;
  }

  /**
   * Registers the file; false while something is wrong, or while a file on the device may be the
   * same person and the case manager has not said it is another one ({@link #registerAnyway()}).
   */
  public boolean save() {
    if (!duplicates.isEmpty() && !anotherPerson.get()) {
      validation.submit();
      return false;
    }
    return validation.save(() -> context.store().create(RecordType.CANDIDATE, build()), () -> onSaved.accept(id));
  }

  /** The case manager checked: the file found is someone else. Registers the new one. */
  public boolean registerAnyway() {
    anotherPerson.set(true);
    return save();
  }

  public void openDuplicate(Duplicate duplicate) {
    openExisting.accept(duplicate.candidateId());
  }

  public PersonFields person() {
    return person;
  }

  public List<DimensionRow> dimensions() {
    return dimensions;
  }

  public CoachChoices coaches() {
    return coaches;
  }

  public ObservableList<Duplicate> duplicates() {
    return duplicates;
  }

  public FormErrors errors() {
    return errors;
  }

  public UUID candidateId() {
    return id;
  }
}
