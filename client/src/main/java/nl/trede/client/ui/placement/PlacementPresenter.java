package nl.trede.client.ui.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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
import nl.trede.client.ui.kit.Parsing;
import nl.trede.config.Instrument;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PlacementPolicy;
import nl.trede.config.PolicyRules;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.coaching.HoursLedger;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.Jobcoaching;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementEndReason;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.sync.RecordType;

/**
 * "Plaatsing": a candidate at an employer or activity with the instruments from the
 * municipality's catalogue and the jobcoaching choice by the five steps of 000 Bijlage A, each
 * step a question answered Ja or Nee, leading to who coaches and why; with the planned end of the
 * coaching and a warning when it runs past it. Checked as you type with the record's rules and the
 * municipality's policy rules ({@link PolicyRules#checkPlacement}), as the server checks on push.
 */
public final class PlacementPresenter {
  private static final Set<String> FIELDS = Set.of("kind", "employerId", "vacancyId", "organisation", "role", "goal",
      "supervision", "startDate", "plannedEndDate", "endDate", "endReason", "hoursPerWeek", "contractMonths",
      "withIntent", "instruments", "jobcoaching.coachKind", "jobcoaching.reason", "jobcoaching.jobcoachId",
      "jobcoaching.coachName", "jobcoaching.regime", "jobcoaching.plannedEndDate", "jobcoaching.grantedHours",
      "evaluation", "evaluation.outcome", "evaluation.clientExperience", "evaluation.professionalExperience",
      "evaluation.note", "displacementCheck", "displacementCheck.finding");

  private final ObjectProperty<PlacementKind> kind = new SimpleObjectProperty<>();
  private final ObjectProperty<Employer> employer = new SimpleObjectProperty<>();
  private final StringProperty organisation = new SimpleStringProperty("");
  private final StringProperty role = new SimpleStringProperty("");
  private final StringProperty goal = new SimpleStringProperty("");
  private final StringProperty supervision = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> plannedEndDate = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
  private final ObjectProperty<PlacementEndReason> endReason = new SimpleObjectProperty<>();
  private final StringProperty hoursPerWeek = new SimpleStringProperty("");
  private final StringProperty contractMonths = new SimpleStringProperty("");
  private final BooleanProperty withIntent = new SimpleBooleanProperty();
  private final ObservableList<InstrumentRow> instruments = FXCollections.observableArrayList();
  private final ObjectProperty<Instrument> instrumentToAdd = new SimpleObjectProperty<>();
  private final BooleanProperty coaching = new SimpleBooleanProperty();
  private final BooleanProperty supportNeeded = new SimpleBooleanProperty();
  private final BooleanProperty networkSufficient = new SimpleBooleanProperty();
  private final BooleanProperty harrieSufficient = new SimpleBooleanProperty();
  private final BooleanProperty specialistNeeded = new SimpleBooleanProperty();
  private final StringProperty reason = new SimpleStringProperty("");
  private final StringProperty coachName = new SimpleStringProperty("");
  private final ObjectProperty<JobcoachRegime> regime = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> coachingEnd = new SimpleObjectProperty<>();
  private final StringProperty grantedHours = new SimpleStringProperty("");
  private final StringProperty overrun = new SimpleStringProperty();
  private final StringProperty hoursUsed = new SimpleStringProperty();
  private final EvaluationSection evaluation = new EvaluationSection();
  private final StringBinding outcome;
  private final BooleanBinding atEmployer;
  private final FormErrors errors;
  private final LiveValidation validation;

  private final FieldContext context;
  private final Messages messages;
  private final MunicipalityConfig config;
  private final UUID candidateId;
  private final Editing<Placement> opened;
  private final Placement existing;
  private final UUID id;
  private final List<Employer> employers;
  private final VacancyChoice vacancy;
  private final InstrumentChoice choice;
  private final DisplacementSection displacement;
  private final Runnable onSaved;
  private UUID jobcoachId;
  // Read once: the checks run on every keystroke and must not wait for the store while a sync writes.
  private final Candidate candidate;
  private final List<Placement> others;
  private Parsing parsing = new Parsing();

  public PlacementPresenter(FieldContext context, UUID candidateId, UUID placementId, Runnable onSaved) {
    this.context = context;
    this.messages = context.messages();
    this.config = context.configOrDefault();
    this.candidateId = candidateId;
    this.onSaved = onSaved;
    this.employers = context.store().employers();
    this.vacancy = new VacancyChoice(context.store().all(RecordType.VACANCY), employer);
    this.candidate = context.store().candidate(candidateId).orElse(null);
    this.others = context.store().inFile(candidateId, RecordType.PLACEMENT);
    this.choice = new InstrumentChoice(config, candidate == null ? java.util.Map.of() : candidate.classification(),
        messages);
    this.opened = placementId == null ? null
        : context.store().<Placement>edit(RecordType.PLACEMENT, placementId).orElse(null);
    this.existing = opened == null ? null : opened.record();
    this.id = existing == null ? Ids.newId() : existing.id();
    this.errors = new FormErrors(messages, FIELDS);
    this.displacement = new DisplacementSection(config, kind, existing);
    if (existing != null) {
      load(existing);
    } else {
      startDate.set(context.today());
    }
    atEmployer = Bindings.createBooleanBinding(() -> kind.get() == null || kind.get().atEmployer(), kind);
    outcome = Bindings.createStringBinding(() -> {
      CoachKind lead = steps().stepsLeadTo();
      return lead == null ? messages.get("jobcoaching.outcome.none") : messages.get("jobcoaching.outcome." + lead);
    }, supportNeeded, networkSufficient, harrieSufficient, specialistNeeded);
    // An external jobcoach starts at the lowest regime (000 Bijlage A).
    outcome.addListener((obs, old, now) -> {
      if (steps().stepsLeadTo() == CoachKind.EXTERNAL) {
        regime.set(JobcoachRegime.LOW);
      }
    });
    validation = new LiveValidation(errors, this::check)
        .watch("kind", kind).watch("employerId", employer).watch("organisation", organisation)
        .watch("role", role).watch("goal", goal).watch("supervision", supervision)
        .watch("startDate", startDate).watch("plannedEndDate", plannedEndDate)
        .watch("endDate", endDate).watch("endReason", endReason)
        .watch("hoursPerWeek", hoursPerWeek).watch("contractMonths", contractMonths).watch("withIntent", withIntent)
        .watch("jobcoaching.coachKind", coaching, supportNeeded, networkSufficient, harrieSufficient, specialistNeeded)
        .watch("jobcoaching.reason", reason).watch("jobcoaching.coachName", coachName)
        .watch("jobcoaching.regime", regime).watch("jobcoaching.plannedEndDate", coachingEnd)
        .watch("jobcoaching.grantedHours", grantedHours)
        .watch("evaluation.outcome", evaluation.outcome()).watch("evaluation.note", evaluation.note())
        .watch("evaluation.clientExperience", evaluation.clientExperience(), evaluation.professionalExperience())
        .watch("evaluation.professionalExperience", evaluation.clientExperience(), evaluation.professionalExperience())
        .watch("displacementCheck", displacement.finding()).watch("displacementCheck.finding", displacement.finding());
    // Amounts and dates of instruments are checked as they change, like every other field.
    for (InstrumentRow row : instruments) {
      validation.watch("instruments", row.amount(), row.grantedOn());
    }
    coachingEnd.addListener((obs, old, now) -> updateOverrun());
    endDate.addListener((obs, old, now) -> updateOverrun());
    coaching.addListener((obs, old, now) -> updateOverrun());
    updateOverrun();
  }

  private void load(Placement p) {
    kind.set(p.kind());
    employer.set(employers.stream().filter(e -> e.id().equals(p.employerId())).findFirst().orElse(null));
    vacancy.load(p.vacancyId(), employer.get());
    organisation.set(Objects.toString(p.organisation(), ""));
    role.set(Objects.toString(p.role(), ""));
    goal.set(Objects.toString(p.goal(), ""));
    supervision.set(Objects.toString(p.supervision(), ""));
    startDate.set(p.startDate());
    plannedEndDate.set(p.plannedEndDate());
    endDate.set(p.endDate());
    endReason.set(p.endReason());
    hoursPerWeek.set(messages.decimal(p.hoursPerWeek()));
    contractMonths.set(p.contractMonths() == null ? "" : String.valueOf(p.contractMonths()));
    withIntent.set(p.withIntent());
    evaluation.load(p.evaluation());
    for (InstrumentUse use : p.instruments()) {
      Instrument known = config.instrument(use.code()).orElse(new Instrument(use.code(), use.code(), null, null,
          null, null, null));
      instruments.add(new InstrumentRow(known, use, new SimpleStringProperty(messages.decimal(use.amount())),
          new SimpleObjectProperty<>(use.grantedOn())));
    }
    Jobcoaching j = p.jobcoaching();
    if (j != null) {
      coaching.set(true);
      supportNeeded.set(j.supportNeeded());
      networkSufficient.set(j.networkSufficient());
      harrieSufficient.set(j.harrieSufficient());
      specialistNeeded.set(j.specialistNeeded());
      reason.set(Objects.toString(j.reason(), ""));
      coachName.set(Objects.toString(j.coachName(), ""));
      regime.set(j.regime());
      coachingEnd.set(j.plannedEndDate());
      grantedHours.set(j.grantedHours() == null ? "" : String.valueOf(j.grantedHours()));
      jobcoachId = j.jobcoachId();
      List<CoachingHours> hours = context.store().inFile(candidateId, RecordType.COACHING_HOURS);
      int booked = HoursLedger.quarterHours(hours, p.id(), null);
      hoursUsed.set(j.grantedHours() == null ? messages.get("jobcoaching.hoursBooked", messages.hours(booked))
          : messages.get("jobcoaching.hoursOfGranted", messages.hours(booked), j.grantedHours()));
    }
  }

  private Jobcoaching steps() {
    return new Jobcoaching(supportNeeded.get(), networkSufficient.get(), harrieSufficient.get(),
        specialistNeeded.get(), null, null, null, null, null, null, null);
  }

  private void updateOverrun() {
    LocalDate today = context.today();
    boolean running = endDate.get() == null || !endDate.get().isBefore(today);
    overrun.set(coaching.get() && coachingEnd.get() != null && coachingEnd.get().isBefore(today) && running
        && steps().stepsLeadTo() != null
        ? messages.get("jobcoaching.overrun", messages.date(coachingEnd.get())) : null);
  }

  /** Who the municipal jobcoach is: a jobcoach assigns themselves; others keep the one assigned. */
  private UUID jobcoach() {
    if (jobcoachId != null) {
      return jobcoachId;
    }
    return context.role() == Role.JOBCOACH ? context.userId() : null;
  }

  public String jobcoachText() {
    UUID who = jobcoach();
    return who == null ? messages.get("jobcoaching.noJobcoach")
        : who.equals(context.userId()) ? messages.get("jobcoaching.you", context.user().displayName())
        : messages.get("jobcoaching.assigned");
  }

  private Placement build() {
    parsing = new Parsing();
    BigDecimal hours = parsing.decimal(hoursPerWeek.get(), "hoursPerWeek");
    Integer months = parsing.integer(contractMonths.get(), "contractMonths");
    List<InstrumentUse> uses = new ArrayList<>();
    for (InstrumentRow row : instruments) {
      uses.add(row.use(parsing.decimal(row.amount().get(), "instruments")));
    }
    Jobcoaching j = null;
    if (coaching.get()) {
      CoachKind kindOfCoach = steps().stepsLeadTo();
      j = new Jobcoaching(supportNeeded.get(), networkSufficient.get(), harrieSufficient.get(),
          specialistNeeded.get(), kindOfCoach, Parsing.text(reason.get()),
          kindOfCoach == CoachKind.MUNICIPAL ? jobcoach() : null,
          kindOfCoach == CoachKind.INTERNAL || kindOfCoach == CoachKind.EXTERNAL ? Parsing.text(coachName.get()) : null,
          kindOfCoach == null ? null : regime.get(), kindOfCoach == null ? null : coachingEnd.get(),
          kindOfCoach == null ? null : parsing.integer(grantedHours.get(), "jobcoaching.grantedHours"));
    }
    PlacementKind k = kind.get();
    boolean employerKind = k == null || k.atEmployer();
    return new Placement(id, candidateId, k, employerKind && employer.get() != null ? employer.get().id() : null,
        vacancy.id(employerKind),
        employerKind ? null : Parsing.text(organisation.get()), Parsing.text(role.get()), Parsing.text(goal.get()),
        Parsing.text(supervision.get()), startDate.get(), plannedEndDate.get(), endDate.get(), endReason.get(), hours,
        months, k == PlacementKind.WORK_EXPERIENCE && withIntent.get(), uses, j,
        existing == null ? context.userId() : existing.createdBy())
        .withEvaluation(evaluation.build(context.userId(), context.clock().instant()))
        .withDisplacementCheck(displacement.build(context.userId(), context.today()));
  }

  private List<Violation> check() {
    Placement after = build();
    // A number that does not read is read as none: its "required" would only repeat the problem.
    List<Violation> v = parsing.with(after.validate(context.clock()));
    v.addAll(PolicyRules.checkPlacement(config, existing, after, candidate, others));
    return v;
  }

  /** Adds the instrument chosen from the catalogue, granted today, at the regime's amount or the usual cost. */
  public void addInstrument() {
    Instrument chosen = instrumentToAdd.get();
    if (chosen == null) {
      return;
    }
    BigDecimal proposed = PlacementPolicy.proposedAmount(config, chosen, coaching.get() ? regime.get() : null);
    instruments.add(new InstrumentRow(chosen, null, new SimpleStringProperty(proposed == null ? ""
        : messages.decimal(proposed)), new SimpleObjectProperty<>(context.today())));
    InstrumentRow added = instruments.get(instruments.size() - 1);
    validation.watch("instruments", added.amount(), added.grantedOn());
    instrumentToAdd.set(null);
    validation.run();
  }

  public void removeInstrument(InstrumentRow row) {
    instruments.remove(row);
    validation.run();
  }

  public boolean save() {
    if (!validation.submit().isEmpty()) {
      return false;
    }
    try {
      if (existing == null) {
        context.store().create(RecordType.PLACEMENT, build());
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

  /** The catalogue with the instruments meant for the file's profile first (001 §2.1.3, decision 0070). */
  public List<Instrument> catalogue() {
    return choice.catalogue();
  }

  /** How the choice names an instrument: marked "Past bij …" when it is on the file's route. */
  public String instrumentText(Instrument instrument) {
    return choice.text(instrument);
  }

  public List<Employer> employers() {
    return employers;
  }

  public ObjectProperty<PlacementKind> kind() {
    return kind;
  }

  public BooleanBinding atEmployer() {
    return atEmployer;
  }

  public ObjectProperty<Employer> employer() {
    return employer;
  }

  public VacancyChoice vacancy() {
    return vacancy;
  }

  public StringProperty organisation() {
    return organisation;
  }

  public StringProperty role() {
    return role;
  }

  public StringProperty goal() {
    return goal;
  }

  public StringProperty supervision() {
    return supervision;
  }

  public ObjectProperty<LocalDate> startDate() {
    return startDate;
  }

  public ObjectProperty<LocalDate> plannedEndDate() {
    return plannedEndDate;
  }

  public ObjectProperty<LocalDate> endDate() {
    return endDate;
  }

  public ObjectProperty<PlacementEndReason> endReason() {
    return endReason;
  }

  public StringProperty hoursPerWeek() {
    return hoursPerWeek;
  }

  public StringProperty contractMonths() {
    return contractMonths;
  }

  public BooleanProperty withIntent() {
    return withIntent;
  }

  public ObservableList<InstrumentRow> instruments() {
    return instruments;
  }

  public ObjectProperty<Instrument> instrumentToAdd() {
    return instrumentToAdd;
  }

  public BooleanProperty coaching() {
    return coaching;
  }

  public BooleanProperty supportNeeded() {
    return supportNeeded;
  }

  public BooleanProperty networkSufficient() {
    return networkSufficient;
  }

  public BooleanProperty harrieSufficient() {
    return harrieSufficient;
  }

  public BooleanProperty specialistNeeded() {
    return specialistNeeded;
  }

  public StringProperty reason() {
    return reason;
  }

  public StringProperty coachName() {
    return coachName;
  }

  public ObjectProperty<JobcoachRegime> regime() {
    return regime;
  }

  public ObjectProperty<LocalDate> coachingEnd() {
    return coachingEnd;
  }

  public StringProperty grantedHours() {
    return grantedHours;
  }

  public StringBinding outcome() {
    return outcome;
  }

  /** The coach kind the answers lead to; null for none. */
  public CoachKind leadsTo() {
    return steps().stepsLeadTo();
  }

  public StringProperty overrun() {
    return overrun;
  }

  /** The "Evaluatie" once the placement has ended (003 §1B). */
  public EvaluationSection evaluation() {
    return evaluation;
  }

  /** "Verdringing uitgesloten", for the kinds the municipality asks it of (001 §2.1.3). */
  public DisplacementSection displacement() {
    return displacement;
  }

  public StringProperty hoursUsed() {
    return hoursUsed;
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
