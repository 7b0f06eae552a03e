package nl.trede.client.ui.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.Parsing;
import nl.trede.domain.Ids;
import nl.trede.domain.Violation;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.assessment.AssessmentKind;
import nl.trede.domain.assessment.SkillResult;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.RecordType;

/**
 * "Meting vastleggen": a taalmeter (language, numeracy and digital skills, each voldoende or
 * onvoldoende, 000 §5.2) or a loonwaarde measured at the workplace (a percentage, by whom, 001
 * §2.1.2). History: as a correction it is a new entry naming the one it replaces (decision 0063).
 */
public final class AssessmentFormPresenter {
  /** Who measured a loonwaarde: the author, the UWV, or an organisation named by hand. */
  public enum Assessor { SELF, UWV, EXTERNAL }

  /** A placement at whose workplace a loonwaarde can be measured; {@code id} null for none. */
  public record PlacementChoice(UUID id, String label) {}

  /** The CEFR levels to choose from; {@link #NO_LEVEL} leaves the level open. */
  public static final List<String> LEVELS = List.of("none", "A1", "A2", "B1", "B2", "C1", "C2");
  public static final String NO_LEVEL = "none";
  private static final String UWV = "UWV";
  private static final Set<String> FIELDS = Set.of("kind", "language", "numeracy", "digital", "languageLevel",
      "wageValuePercent", "assessor", "placementId", "date", "note");

  private final ObjectProperty<AssessmentKind> kind = new SimpleObjectProperty<>();
  private final ObjectProperty<SkillResult> language = new SimpleObjectProperty<>();
  private final ObjectProperty<SkillResult> numeracy = new SimpleObjectProperty<>();
  private final ObjectProperty<SkillResult> digital = new SimpleObjectProperty<>();
  private final ObjectProperty<String> level = new SimpleObjectProperty<>(NO_LEVEL);
  private final StringProperty percent = new SimpleStringProperty("");
  private final ObjectProperty<Assessor> assessor = new SimpleObjectProperty<>(Assessor.SELF);
  private final StringProperty organisation = new SimpleStringProperty("");
  private final ObjectProperty<PlacementChoice> placement = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final StringProperty note = new SimpleStringProperty("");
  private final List<PlacementChoice> placements;
  private final FieldContext context;
  private final UUID candidateId;
  private final Assessment corrects;
  private final Runnable onSaved;
  private final FormErrors errors;
  private final LiveValidation validation;

  public AssessmentFormPresenter(FieldContext context, UUID candidateId, Assessment corrects, Runnable onSaved) {
    this.context = context;
    this.candidateId = candidateId;
    this.corrects = corrects;
    this.onSaved = onSaved;
    this.errors = new FormErrors(context.messages(), FIELDS);
    this.placements = placements(context, candidateId);
    placement.set(placements.get(0));
    date.set(context.today());
    if (corrects != null) {
      fill(corrects);
    }
    validation = new LiveValidation(errors, this::check)
        .watch("kind", kind)
        .watch("language", language)
        .watch("numeracy", numeracy)
        .watch("digital", digital)
        .watch("languageLevel", level)
        .watch("wageValuePercent", percent)
        .watch("assessor", assessor, organisation)
        .watch("placementId", placement)
        .watch("date", date)
        .watch("note", note);
  }

  /** "Geen plaatsing", then the file's placements on the device, the latest start first. */
  private static List<PlacementChoice> placements(FieldContext context, UUID candidateId) {
    Messages messages = context.messages();
    Map<UUID, String> employers = context.store().employers().stream()
        .collect(Collectors.toMap(Employer::id, Employer::name, (a, b) -> a));
    List<PlacementChoice> choices = new ArrayList<>();
    choices.add(new PlacementChoice(null, messages.get("assessment.noPlacement")));
    context.store().<Placement>inFile(candidateId, RecordType.PLACEMENT).stream()
        .sorted(Comparator.comparing(Placement::startDate, Comparator.nullsLast(Comparator.reverseOrder())))
        .forEach(p -> choices.add(new PlacementChoice(p.id(), messages.get("assessment.placementLabel",
            p.employerId() == null ? Objects.requireNonNullElse(p.organisation(), messages.get("common.unknown"))
                : employers.getOrDefault(p.employerId(), messages.get("common.unknown")),
            p.role() == null ? messages.label(p.kind()) : p.role(), messages.date(p.startDate())))));
    return List.copyOf(choices);
  }

  /** The form as the entry it corrects had it. */
  private void fill(Assessment a) {
    kind.set(a.kind());
    language.set(a.language());
    numeracy.set(a.numeracy());
    digital.set(a.digital());
    level.set(a.languageLevel() == null ? NO_LEVEL : a.languageLevel());
    percent.set(a.wageValuePercent() == null ? "" : a.wageValuePercent().toString());
    if (a.assessor() != null) {
      boolean uwv = UWV.equalsIgnoreCase(a.assessor().strip());
      assessor.set(uwv ? Assessor.UWV : Assessor.EXTERNAL);
      organisation.set(uwv ? "" : a.assessor());
    }
    placement.set(placements.stream().filter(p -> Objects.equals(p.id(), a.placementId())).findFirst()
        .orElse(placements.get(0)));
    date.set(a.date());
    note.set(a.note() == null ? "" : a.note());
  }

  /** Only what belongs to the chosen kind: the other kind's answers, given before a switch, are left out. */
  private Assessment build(Parsing parsing) {
    boolean taalmeter = kind.get() == AssessmentKind.TAALMETER;
    boolean loonwaarde = kind.get() == AssessmentKind.LOONWAARDE;
    String by = !loonwaarde ? null : switch (assessor.get()) {
      case SELF -> null;
      case UWV -> UWV;
      case EXTERNAL -> Parsing.text(organisation.get());
    };
    return new Assessment(Ids.newId(), candidateId, kind.get(), date.get(), context.userId(), by,
        loonwaarde && placement.get() != null ? placement.get().id() : null,
        taalmeter ? language.get() : null, taalmeter ? numeracy.get() : null, taalmeter ? digital.get() : null,
        taalmeter && !NO_LEVEL.equals(level.get()) ? level.get() : null,
        loonwaarde ? parsing.integer(Parsing.text(percent.get()), "wageValuePercent") : null,
        Parsing.text(note.get()), corrects == null ? null : corrects.id());
  }

  private List<Violation> check() {
    Parsing parsing = new Parsing();
    Assessment a = build(parsing);
    List<Violation> violations = new ArrayList<>(parsing.with(a.validate(context.clock())));
    if (a.kind() == AssessmentKind.LOONWAARDE && assessor.get() == Assessor.EXTERNAL && a.assessor() == null) {
      violations.add(new Violation("assessor", "required", "name the organisation that measured"));
    }
    return violations;
  }

  public boolean save() {
    return validation.save(() -> context.store().create(RecordType.ASSESSMENT, build(new Parsing())), onSaved);
  }

  public boolean correcting() {
    return corrects != null;
  }

  /** "Kandidaat: Anna Jansen", at the top of the form, so nobody records for the wrong person. */
  public String about() {
    return context.messages().get("form.about", context.store().candidate(candidateId)
        .map(Candidate::displayName).orElse(context.messages().get("common.unknown")));
  }

  public ObjectProperty<AssessmentKind> kind() {
    return kind;
  }

  public ObjectProperty<SkillResult> language() {
    return language;
  }

  public ObjectProperty<SkillResult> numeracy() {
    return numeracy;
  }

  public ObjectProperty<SkillResult> digital() {
    return digital;
  }

  /** A CEFR level, or {@link #NO_LEVEL}. */
  public ObjectProperty<String> level() {
    return level;
  }

  /** The loonwaarde as typed, in whole percents. */
  public StringProperty percent() {
    return percent;
  }

  public ObjectProperty<Assessor> assessor() {
    return assessor;
  }

  /** The organisation that measured, when {@link Assessor#EXTERNAL}. */
  public StringProperty organisation() {
    return organisation;
  }

  public List<PlacementChoice> placements() {
    return placements;
  }

  public ObjectProperty<PlacementChoice> placement() {
    return placement;
  }

  public ObjectProperty<LocalDate> date() {
    return date;
  }

  public StringProperty note() {
    return note;
  }

  public FormErrors errors() {
    return errors;
  }
}
