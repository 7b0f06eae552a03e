package nl.trede.client.ui.broadintake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Parsing;
import nl.trede.config.BroadIntakePolicy;
import nl.trede.config.BroadIntakeRules;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Ids;
import nl.trede.domain.Violation;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.broadintake.DomainScore;
import nl.trede.domain.broadintake.WorkExperience;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.RecordType;

/**
 * "Brede uitvraag" (002 §3.3.1, decision 0065): a score 1-5 for every life domain the municipality
 * names, education, work experience, talents and drives, the support need and whether signs of a
 * work limitation came up. Checked as it is filled in by the record's own rules and the
 * municipality's ({@link BroadIntakeRules}), as the server will. A new uitvraag starts from the one
 * that holds now, so the coach registers what changed ("eventuele wijzigingen te registreren"); a
 * correction starts from the entry it replaces and names it.
 */
public final class BroadIntakeFormPresenter {
  /** One life domain's score and note, as the form holds them; {@code index} is its place in the record. */
  public record DomainRow(int index, String key, String label, ObjectProperty<Integer> score, StringProperty note) {}

  /** One job of the work experience; {@code years} as typed. */
  public record ExperienceRow(StringProperty role, StringProperty organisation, StringProperty years) {
    static ExperienceRow of(WorkExperience w) {
      return new ExperienceRow(new SimpleStringProperty(w == null ? "" : w.role()),
          new SimpleStringProperty(w == null || w.organisation() == null ? "" : w.organisation()),
          new SimpleStringProperty(w == null || w.years() == null ? "" : w.years().toString()));
    }
  }

  public static final List<Integer> SCORES = List.of(1, 2, 3, 4, 5);

  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final ObjectProperty<BroadIntakePolicy.Choice> education = new SimpleObjectProperty<>();
  private final StringProperty diplomas = new SimpleStringProperty("");
  private final StringProperty talents = new SimpleStringProperty("");
  private final StringProperty drives = new SimpleStringProperty("");
  private final StringProperty supportNeed = new SimpleStringProperty("");
  private final ObjectProperty<Boolean> workLimitation = new SimpleObjectProperty<>();
  private final List<DomainRow> domains = new ArrayList<>();
  private final ObservableList<ExperienceRow> experience = FXCollections.observableArrayList();
  private final List<BroadIntakePolicy.Choice> educationLevels;
  private final FieldContext context;
  private final MunicipalityConfig config;
  private final UUID candidateId;
  private final BroadIntake corrects;
  private final BroadIntake startedFrom;
  private final Runnable onSaved;
  private final FormErrors errors;
  private final LiveValidation validation;

  /** @param corrects the entry this one corrects; {@code null} for a new uitvraag */
  public BroadIntakeFormPresenter(FieldContext context, UUID candidateId, BroadIntake corrects, Runnable onSaved) {
    this.context = context;
    this.config = context.config().orElse(null);
    this.candidateId = candidateId;
    this.corrects = corrects;
    this.onSaved = onSaved;
    BroadIntakePolicy policy = BroadIntakeRules.offered(config) ? config.broadIntake() : null;
    this.educationLevels = policy == null ? List.of() : policy.educationLevels();
    if (policy != null) {
      for (BroadIntakePolicy.Choice d : policy.domains()) {
        domains.add(new DomainRow(domains.size(), d.key(), d.label(), new SimpleObjectProperty<>(),
            new SimpleStringProperty("")));
      }
    }
    this.errors = new FormErrors(context.messages(), fields());
    this.startedFrom = corrects != null ? corrects
        : BroadIntake.newest(context.store().<BroadIntake>inFile(candidateId, RecordType.BROAD_INTAKE)).orElse(null);
    date.set(corrects != null ? corrects.date() : context.today());
    if (startedFrom != null) {
      fill(startedFrom);
    }
    validation = new LiveValidation(errors, this::check)
        .watch("date", date)
        .watch("educationLevel", education)
        .watch("diplomas", diplomas)
        .watch("talents", talents)
        .watch("drives", drives)
        .watch("supportNeed", supportNeed)
        .watch("workLimitationSigns", workLimitation);
    for (DomainRow row : domains) {
      validation.watch("domains[" + row.index() + "].score", row.score());
      validation.watch("domains[" + row.index() + "].note", row.note());
    }
    experience.forEach(this::watch);
  }

  /** Every field of the form by the name the rules use: a domain's and a job's by their index. */
  private Set<String> fields() {
    Set<String> names = new HashSet<>(Set.of("date", "domains", "educationLevel", "diplomas", "experience", "talents",
        "drives", "supportNeed", "workLimitationSigns"));
    for (int i = 0; i < BroadIntake.MAX_DOMAINS; i++) {
      names.addAll(List.of("domains[" + i + "].score", "domains[" + i + "].note", "domains[" + i + "].domain"));
    }
    for (int i = 0; i < BroadIntake.MAX_EXPERIENCE; i++) {
      names.addAll(List.of("experience[" + i + "].role", "experience[" + i + "].organisation",
          "experience[" + i + "].years"));
    }
    return names;
  }

  /** The form as that uitvraag had it; a domain it did not score (the list has grown since) stays open. */
  private void fill(BroadIntake b) {
    for (DomainRow row : domains) {
      b.score(row.key()).ifPresent(s -> {
        row.score().set(s.score());
        row.note().set(s.note() == null ? "" : s.note());
      });
    }
    education.set(educationLevels.stream().filter(l -> l.key().equals(b.educationLevel())).findFirst().orElse(null));
    diplomas.set(text(b.diplomas()));
    b.experience().forEach(w -> experience.add(ExperienceRow.of(w)));
    talents.set(String.join(", ", b.talents()));
    drives.set(text(b.drives()));
    supportNeed.set(text(b.supportNeed()));
    workLimitation.set(b.workLimitationSigns());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** Only what was filled in: an empty note is none, talents are the words between the commas. */
  private BroadIntake build(Parsing parsing) {
    List<DomainScore> scores = domains.stream()
        .map(r -> new DomainScore(r.key(), r.score().get(), Parsing.text(r.note().get()))).toList();
    List<WorkExperience> jobs = new ArrayList<>();
    for (int i = 0; i < experience.size(); i++) {
      ExperienceRow row = experience.get(i);
      jobs.add(new WorkExperience(Parsing.text(row.role().get()), Parsing.text(row.organisation().get()),
          parsing.integer(Parsing.text(row.years().get()), "experience[" + i + "].years")));
    }
    List<String> words = Arrays.stream(talents.get() == null ? new String[0] : talents.get().split(","))
        .map(String::strip).filter(w -> !w.isEmpty()).toList();
    return new BroadIntake(Ids.newId(), candidateId, date.get(), context.userId(), scores,
        education.get() == null ? null : education.get().key(), Parsing.text(diplomas.get()), jobs, words,
        Parsing.text(drives.get()), Parsing.text(supportNeed.get()), workLimitation.get(),
        corrects == null ? null : corrects.id());
  }

  private List<Violation> check() {
    Parsing parsing = new Parsing();
    BroadIntake intake = build(parsing);
    List<Violation> violations = new ArrayList<>(parsing.with(intake.validate(context.clock())));
    violations.addAll(BroadIntakeRules.check(config, intake));
    return violations;
  }

  public boolean save() {
    return validation.save(() -> context.store().create(RecordType.BROAD_INTAKE, build(new Parsing())), onSaved);
  }

  /** "Werkervaring toevoegen": an empty job at the end, which asks what the candidate did. */
  public void addExperience() {
    ExperienceRow row = ExperienceRow.of(null);
    experience.add(row);
    watch(row);
  }

  public void removeExperience(ExperienceRow row) {
    experience.remove(row);
    validation.run();
  }

  /** A job's fields touch their own names, by the job's place when it was added. */
  private void watch(ExperienceRow row) {
    String at = "experience[" + experience.indexOf(row) + "]";
    validation.watch(at + ".role", row.role());
    validation.watch(at + ".organisation", row.organisation());
    validation.watch(at + ".years", row.years());
  }

  public boolean correcting() {
    return corrects != null;
  }

  /** "Uitgaande van de brede uitvraag van …": a new uitvraag started from the one that holds; else empty. */
  public Optional<LocalDate> startedFrom() {
    return corrects == null && startedFrom != null ? Optional.of(startedFrom.date()) : Optional.empty();
  }

  /** "Kandidaat: Anna Jansen", at the top of the form, so nobody records for the wrong person. */
  public String about() {
    return context.messages().get("form.about", context.store().candidate(candidateId)
        .map(Candidate::displayName).orElse(context.messages().get("common.unknown")));
  }

  public ObjectProperty<LocalDate> date() {
    return date;
  }

  public List<DomainRow> domains() {
    return domains;
  }

  public List<BroadIntakePolicy.Choice> educationLevels() {
    return educationLevels;
  }

  public ObjectProperty<BroadIntakePolicy.Choice> education() {
    return education;
  }

  public StringProperty diplomas() {
    return diplomas;
  }

  public ObservableList<ExperienceRow> experience() {
    return experience;
  }

  /** The talents as typed, a few words with commas between them. */
  public StringProperty talents() {
    return talents;
  }

  public StringProperty drives() {
    return drives;
  }

  public StringProperty supportNeed() {
    return supportNeed;
  }

  /** Yes, no, or not chosen yet ({@code null}): the question must be answered. */
  public ObjectProperty<Boolean> workLimitation() {
    return workLimitation;
  }

  public FormErrors errors() {
    return errors;
  }
}
