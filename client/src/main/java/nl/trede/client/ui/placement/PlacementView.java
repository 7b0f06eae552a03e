package nl.trede.client.ui.placement;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.Instrument;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.placement.EvaluationOutcome;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.PlacementEndReason;
import nl.trede.domain.placement.PlacementKind;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Kind, where, when and how much; the instruments; the jobcoaching steps, one question at a time. */
public final class PlacementView extends ScrollPane {
  private final VBox instrumentRows = new VBox(8);
  private final PlacementPresenter presenter;
  private final Messages messages;
  private final FormErrors errors;

  public PlacementView(PlacementPresenter presenter, Messages messages, Runnable cancel) {
    this.presenter = presenter;
    this.messages = messages;
    this.errors = presenter.errors();
    VBox page = new VBox(10, Forms.generalError(errors));
    page.getChildren().addAll(what());
    page.getChildren().add(displacement());
    page.getChildren().addAll(Forms.section(messages.get("placement.instruments")),
        Forms.hint(messages.get("placement.instrumentsExplain")),
        instrumentRows, errorLabel(errors.binding("instruments")), instruments(), coachingCard());
    if (!presenter.isNew()) {
      page.getChildren().add(ending());
    }
    page.getChildren().add(Forms.buttons(messages, presenter::save, cancel));
    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    page.getChildren().add(0, about);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  /** Kind, where, when and how much. */
  private List<Node> what() {
    var kind = Forms.chips("kind", Arrays.asList(PlacementKind.values()), messages::label, presenter.kind());
    ComboBox<Employer> employer = Forms.choice(Employer::name);
    employer.setId("employer");
    employer.getItems().setAll(presenter.employers());
    employer.valueProperty().bindBidirectional(presenter.employer());
    VBox employerBox = Forms.field(messages.get("placement.employer"), employer, errors.binding("employerId"));
    show(employerBox, presenter.atEmployer());
    ComboBox<Vacancy> vacancy = Forms.choice(Vacancy::title);
    vacancy.setId("vacancy");
    vacancy.setPromptText(messages.get("placement.vacancyNone"));
    vacancy.setItems(presenter.vacancy().choices());
    vacancy.valueProperty().bindBidirectional(presenter.vacancy().chosen());
    VBox vacancyBox = Forms.field(messages.get("placement.vacancy"), vacancy, errors.binding("vacancyId"));
    vacancyBox.getChildren().add(Forms.hint(messages.get("placement.vacancyHint")));
    show(vacancyBox, Bindings.createBooleanBinding(() -> presenter.atEmployer().get()
        && !presenter.vacancy().choices().isEmpty(), presenter.atEmployer(), presenter.vacancy().choices()));
    TextField organisation = Forms.text("organisation", presenter.organisation());
    organisation.setPromptText(messages.get("placement.organisationPrompt"));
    VBox organisationBox = Forms.field(messages.get("placement.organisation"), organisation,
        errors.binding("organisation"));
    show(organisationBox, presenter.atEmployer().not());
    TextField role = Forms.text("role", presenter.role());
    var goal = Forms.area("goal", 2);
    goal.textProperty().bindBidirectional(presenter.goal());
    var supervision = Forms.area("supervision", 2);
    supervision.textProperty().bindBidirectional(presenter.supervision());
    TextField hours = Forms.text("hours-per-week", presenter.hoursPerWeek());
    hours.setPromptText(messages.get("placement.hoursPrompt"));
    CheckBox withIntent = new CheckBox(messages.get("placement.withIntent"));
    withIntent.setId("with-intent");
    withIntent.setWrapText(true);
    withIntent.selectedProperty().bindBidirectional(presenter.withIntent());
    show(withIntent, Bindings.createBooleanBinding(() -> presenter.kind().get() == PlacementKind.WORK_EXPERIENCE,
        presenter.kind()));
    return List.of(
        Forms.field(messages.get("placement.kind"), kind, errors.binding("kind")),
        employerBox, vacancyBox, organisationBox,
        Forms.field(messages.get("placement.role"), role, errors.binding("role")),
        Forms.field(messages.get("placement.goal"), goal, errors.binding("goal")),
        Forms.field(messages.get("placement.supervision"), supervision, errors.binding("supervision")),
        Forms.field(messages.get("placement.start"), date("start-date", presenter.startDate()),
            errors.binding("startDate")),
        Forms.field(messages.get("placement.plannedEnd"), date("planned-end-date", presenter.plannedEndDate()),
            errors.binding("plannedEndDate")),
        withIntent, errorLabel(errors.binding("withIntent")),
        Forms.field(messages.get("placement.hours"), hours, errors.binding("hoursPerWeek")),
        Forms.field(messages.get("placement.contractMonths"), Forms.text("contract-months",
            presenter.contractMonths()), errors.binding("contractMonths")));
  }

  /**
   * "Verdringing uitgesloten", for the kinds the municipality asks it of: what was established about
   * displacement before placing (001 §2.1.3), with who established it and when once recorded.
   */
  private VBox displacement() {
    DisplacementSection section = presenter.displacement();
    var finding = Forms.area("displacement-finding", 3);
    finding.textProperty().bindBidirectional(section.finding());
    VBox box = new VBox(10, Forms.section(messages.get("placement.displacement")),
        Forms.hint(messages.get("placement.displacementExplain")),
        Forms.field(messages.get("placement.displacementFinding"), finding, errors.binding("displacementCheck")),
        errorLabel(errors.binding("displacementCheck.finding")));
    if (section.loaded() != null) {
      box.getChildren().add(Forms.hint(messages.get("placement.displacementRecorded",
          messages.date(section.loaded().checkedOn()))));
    }
    box.setId("displacement");
    box.getStyleClass().add("card");
    show(box, section.shown());
    return box;
  }

  /** Instruments from the municipality's catalogue: the rows, and the row that adds one. */
  private HBox instruments() {
    instrumentRows.setId("instruments");
    presenter.instruments().addListener((ListChangeListener<InstrumentRow>) c ->
        renderInstruments(presenter, messages));
    renderInstruments(presenter, messages);
    ComboBox<Instrument> catalogue = Forms.choice(presenter::instrumentText);
    catalogue.setId("instrument-choice");
    catalogue.setPromptText(messages.get("placement.instrumentPrompt"));
    catalogue.getItems().setAll(presenter.catalogue());
    catalogue.valueProperty().bindBidirectional(presenter.instrumentToAdd());
    HBox.setHgrow(catalogue, Priority.ALWAYS);
    Button add = new Button(messages.get("placement.addInstrument"), new FontIcon(Material2AL.ADD));
    add.setId("add-instrument");
    add.setOnAction(e -> presenter.addInstrument());
    add.disableProperty().bind(presenter.instrumentToAdd().isNull());
    HBox addRow = new HBox(8, catalogue, add);
    addRow.setAlignment(Pos.CENTER_LEFT);
    return addRow;
  }

  /** The five steps of 000 Bijlage A, one question at a time, and what they lead to. */
  private VBox coachingCard() {
    CheckBox coaching = new CheckBox(messages.get("jobcoaching.record"));
    coaching.setId("coaching");
    coaching.setWrapText(true);
    coaching.selectedProperty().bindBidirectional(presenter.coaching());
    VBox q1 = question("step-support", messages.get("jobcoaching.q1"), messages, presenter.supportNeeded());
    VBox q2 = question("step-network", messages.get("jobcoaching.q2"), messages, presenter.networkSufficient());
    show(q2, presenter.supportNeeded());
    VBox q3 = question("step-harrie", messages.get("jobcoaching.q3"), messages, presenter.harrieSufficient());
    show(q3, presenter.supportNeeded().and(presenter.networkSufficient().not()));
    VBox q4 = question("step-specialist", messages.get("jobcoaching.q4"), messages, presenter.specialistNeeded());
    show(q4, presenter.supportNeeded().and(presenter.networkSufficient().not())
        .and(presenter.harrieSufficient().not()));
    Label outcome = new Label();
    outcome.setId("coaching-outcome");
    outcome.getStyleClass().add("outcome");
    outcome.setWrapText(true);
    outcome.textProperty().bind(presenter.outcome());
    Label outcomeError = errorLabel(errors.binding("jobcoaching.coachKind"));
    VBox steps = new VBox(10, Forms.hint(messages.get("jobcoaching.explain")), q1, q2, q3, q4, outcome, outcomeError,
        whoCoaches(), howMuch());
    steps.setId("coaching-steps");
    show(steps, presenter.coaching());
    VBox coachingCard = new VBox(10, Forms.section(messages.get("jobcoaching.title")), coaching, steps);
    coachingCard.getStyleClass().add("card");
    return coachingCard;
  }

  /** Why, and who: the municipal jobcoach, or the named coach of an employer or a provider. */
  private VBox whoCoaches() {
    BooleanBinding municipal = Bindings.createBooleanBinding(() -> presenter.leadsTo() == CoachKind.MUNICIPAL,
        presenter.outcome());
    BooleanBinding named = Bindings.createBooleanBinding(() -> presenter.leadsTo() == CoachKind.INTERNAL
        || presenter.leadsTo() == CoachKind.EXTERNAL, presenter.outcome());
    var reason = Forms.area("coaching-reason", 3);
    reason.setPromptText(messages.get("jobcoaching.reasonPrompt"));
    reason.textProperty().bindBidirectional(presenter.reason());
    Label jobcoach = new Label(presenter.jobcoachText());
    jobcoach.setId("jobcoach");
    jobcoach.setWrapText(true);
    VBox jobcoachBox = Forms.field(messages.get("jobcoaching.jobcoach"), jobcoach,
        errors.binding("jobcoaching.jobcoachId"));
    show(jobcoachBox, municipal);
    TextField coachName = Forms.text("coach-name", presenter.coachName());
    VBox coachNameBox = Forms.field(messages.get("jobcoaching.coachName"), coachName,
        errors.binding("jobcoaching.coachName"));
    show(coachNameBox, named);
    return new VBox(10,
        Forms.field(messages.get("jobcoaching.reason"), reason, errors.binding("jobcoaching.reason")),
        jobcoachBox, coachNameBox);
  }

  /** The regime, until when, and the hours granted and used: only once the steps lead to a coach. */
  private VBox howMuch() {
    ComboBox<JobcoachRegime> regime = Forms.choice(messages::label);
    regime.setId("regime");
    regime.getItems().setAll(JobcoachRegime.values());
    regime.valueProperty().bindBidirectional(presenter.regime());
    DatePicker coachingEnd = date("coaching-end", presenter.coachingEnd());
    TextField granted = Forms.text("granted-hours", presenter.grantedHours());
    Label overrun = Forms.hint(presenter.overrun());
    overrun.setId("coaching-overrun");
    overrun.getStyleClass().add("warning-box");
    overrun.setGraphic(new FontIcon(Material2MZ.WARNING));
    Label used = Forms.hint(presenter.hoursUsed());
    used.setId("coaching-hours-used");
    VBox withCoach = new VBox(10,
        Forms.field(messages.get("jobcoaching.regime"), regime, errors.binding("jobcoaching.regime")),
        Forms.field(messages.get("jobcoaching.plannedEnd"), coachingEnd, errors.binding("jobcoaching.plannedEndDate")),
        overrun,
        Forms.field(messages.get("jobcoaching.grantedHours"), granted, errors.binding("jobcoaching.grantedHours")),
        used);
    show(withCoach, Bindings.createBooleanBinding(() -> presenter.leadsTo() != null, presenter.outcome()));
    return withCoach;
  }

  /** How a placement ended: only when editing one. */
  private VBox ending() {
    DatePicker end = date("end-date", presenter.endDate());
    ComboBox<PlacementEndReason> endReason = Forms.choice(messages::label);
    endReason.setId("end-reason");
    endReason.getItems().setAll(PlacementEndReason.values());
    endReason.valueProperty().bindBidirectional(presenter.endReason());
    VBox ending = new VBox(10, Forms.section(messages.get("placement.ending")),
        Forms.field(messages.get("placement.end"), end, errors.binding("endDate")),
        Forms.field(messages.get("placement.endReason"), endReason, errors.binding("endReason")),
        evaluation());
    ending.getStyleClass().add("card");
    return ending;
  }

  /**
   * "Evaluatie", once an end date is set: the outcome and two 1-5 rows, the candidate's experience
   * and the professional's (003 §1B "bij zowel cliënt als consulent/loopbaanbegeleider").
   */
  private VBox evaluation() {
    EvaluationSection section = presenter.evaluation();
    var outcome = Forms.chips("evaluation-outcome", Arrays.asList(EvaluationOutcome.values()), messages::label,
        section.outcome());
    var note = Forms.area("evaluation-note", 2);
    note.textProperty().bindBidirectional(section.note());
    VBox box = new VBox(10, Forms.section(messages.get("placement.evaluation")),
        Forms.hint(messages.get("placement.evaluationExplain")), errorLabel(errors.binding("evaluation")),
        Forms.field(messages.get("placement.evaluationOutcome"), outcome, errors.binding("evaluation.outcome")),
        Forms.field(messages.get("placement.clientExperience"), rating("client-experience",
            section.clientExperience()), errors.binding("evaluation.clientExperience")),
        Forms.field(messages.get("placement.professionalExperience"), rating("professional-experience",
            section.professionalExperience()), errors.binding("evaluation.professionalExperience")),
        Forms.field(messages.get("placement.evaluationNote"), note, errors.binding("evaluation.note")));
    box.setId("evaluation");
    show(box, presenter.endDate().isNotNull());
    return box;
  }

  private javafx.scene.layout.FlowPane rating(String id, javafx.beans.property.ObjectProperty<Integer> value) {
    var row = Forms.chips(id, List.of(1, 2, 3, 4, 5), n -> messages.get("placement.rating." + n), value);
    row.getStyleClass().add("rating");
    return row;
  }

  private void renderInstruments(PlacementPresenter presenter, Messages messages) {
    instrumentRows.getChildren().clear();
    if (presenter.instruments().isEmpty()) {
      Label none = new Label(messages.get("placement.noInstruments"));
      none.getStyleClass().add("text-muted");
      instrumentRows.getChildren().add(none);
    }
    int i = 0;
    for (InstrumentRow row : presenter.instruments()) {
      Label name = new Label(row.instrument().name());
      name.getStyleClass().add("card-title");
      name.setWrapText(true);
      HBox.setHgrow(name, Priority.ALWAYS);
      name.setMaxWidth(Double.MAX_VALUE);
      Button remove = new Button(null, new FontIcon(Material2AL.DELETE));
      remove.setId("remove-instrument-" + i);
      remove.setAccessibleText(messages.get("placement.removeInstrument"));
      remove.getStyleClass().addAll("flat", "button-icon");
      remove.setOnAction(e -> presenter.removeInstrument(row));
      TextField amount = new TextField();
      amount.setId("instrument-amount-" + i);
      amount.setPromptText(messages.get("placement.amountPrompt"));
      amount.textProperty().bindBidirectional(row.amount());
      DatePicker granted = date("instrument-granted-" + i, row.grantedOn());
      VBox box = new VBox(6, new HBox(8, name, remove),
          Forms.field(messages.get("placement.amount"), amount, null),
          Forms.field(messages.get("placement.grantedOn"), granted, null));
      box.getStyleClass().add("card");
      instrumentRows.getChildren().add(box);
      i++;
    }
  }

  private static VBox question(String id, String text, Messages messages, javafx.beans.property.BooleanProperty value) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().add("field-label");
    return new VBox(6, label, Forms.yesNo(id, messages, value));
  }

  private static DatePicker date(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
    DatePicker picker = Forms.datePicker();
    picker.setId(id);
    picker.valueProperty().bindBidirectional(value);
    return picker;
  }

  private static Label errorLabel(javafx.beans.binding.StringBinding error) {
    Label label = new Label();
    label.getStyleClass().add("field-error");
    label.setWrapText(true);
    label.textProperty().bind(error);
    label.visibleProperty().bind(error.isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
    node.visibleProperty().bind(when);
    node.managedProperty().bind(node.visibleProperty());
  }
}
