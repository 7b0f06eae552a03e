package nl.trede.client.ui.candidate;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.trede.client.store.SyncState;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.OutsideAction;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Details card with the next contact, the actions a visit needs within a thumb's reach, then the
 * classification, plan, ladder chart, placements and the timeline.
 */
public final class CandidateView extends ScrollPane {
  private final VBox timeline = new VBox(8);
  private final VBox placements = new VBox(8);
  private final VBox classification = new VBox(4);
  private final FlowPane flags = new FlowPane(4, 4);
  private final VBox notes = new VBox(2);
  private final LadderChart chart;

  public CandidateView(CandidatePresenter presenter, Messages messages) {
    this(presenter, null, messages);
  }

  /** @param sessions the group sessions the candidate was invited to; null for no such part */
  public CandidateView(CandidatePresenter presenter, CandidateSessions sessions, Messages messages) {
    chart = new LadderChart(messages);
    placements.setId("placements");
    Button newPlacement = new Button(messages.get("candidate.newPlacement"), new FontIcon(Material2AL.ADD));
    newPlacement.setId("new-placement");
    newPlacement.getStyleClass().add("flat");
    newPlacement.setOnAction(e -> presenter.newPlacement());
    timeline.setId("timeline");
    Label empty = new Label(messages.get("candidate.timelineEmpty"));
    empty.getStyleClass().add("text-muted");
    empty.setWrapText(true);
    Runnable render = () -> render(presenter, messages, empty);
    presenter.timeline().addListener((ListChangeListener<CandidatePresenter.Item>) c -> render.run());
    presenter.placements().addListener((ListChangeListener<CandidatePresenter.PlacementCard>) c -> render.run());
    presenter.classification().addListener((ListChangeListener<CandidatePresenter.Classification>) c -> render.run());
    presenter.flags().addListener((ListChangeListener<String>) c -> render.run());
    presenter.notes().addListener((ListChangeListener<String>) c -> render.run());
    presenter.ladder().addListener((ListChangeListener<CandidatePresenter.RungPoint>) c -> render.run());
    render.run();

    VBox page = new VBox(12, FileCards.closedBanner(presenter), details(presenter, messages), actions(presenter, messages),
        fileCard(presenter, messages), classificationCard(presenter, messages),
        planCard(presenter, messages), FileCards.referrals(presenter, messages), ladderCard(presenter, messages),
        Forms.section(messages.get("candidate.placements")), placements, newPlacement,
        Forms.section(messages.get("candidate.timeline")), timeline);
    if (sessions != null) {
      page.getChildren().add(page.getChildren().indexOf(timeline) - 1, FileCards.sessions(sessions, messages));
    }
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
    getStyleClass().add("page-scroll");
  }

  /**
   * Who the candidate is, how to reach them, the rung and the next contact: what the doorstep needs,
   * so that the visit's actions below stay on a phone's first screen (360×640).
   */
  private VBox details(CandidatePresenter presenter, Messages messages) {
    Label name = bound(presenter.name(), "card-title");
    name.setId("candidate-name");
    Label rung = bound(presenter.rung(), "rung");
    rung.setId("candidate-rung");
    Label next = bound(presenter.nextContact(), "text-muted");
    next.setId("candidate-next");
    presenter.overdue().addListener((obs, was, is) -> overdue(next, is));
    Label premium = bound(presenter.premium(), "text-muted");
    premium.setId("candidate-premium");
    VBox signals = new VBox(4);
    signals.setId("candidate-signals");
    Runnable showSignals = () -> {
      signals.getChildren().setAll(presenter.signals().stream().map(text -> {
        Label signal = Forms.wrapped(text, "tag-signal");
        signal.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        return signal;
      }).toList());
      signals.setVisible(!presenter.signals().isEmpty());
      signals.setManaged(signals.isVisible());
    };
    presenter.signals().addListener((ListChangeListener<String>) c -> showSignals.run());
    showSignals.run();
    VBox details = new VBox(4, name, signals, bound(presenter.born(), "text-muted"),
        bound(presenter.phone(), "text-muted"), bound(presenter.address(), "text-muted"), reach(presenter,
            messages), rung, next, premium);
    details.getStyleClass().add("card");
    return details;
  }

  /**
   * The Dossier card, after the actions: who carries the file, then what matching and the office read
   * (hours, certificates, benefit, inflow, exit), then what may be done with the file.
   */
  private static VBox fileCard(CandidatePresenter presenter, Messages messages) {
    Label work = bound(presenter.work(), "text-muted");
    work.setId("candidate-work");
    Label file = bound(presenter.file(), "text-muted");
    file.setId("candidate-file");
    VBox card = FileCards.fileActions(presenter, messages);
    card.getChildren().add(2, new VBox(4, work, file));
    return card;
  }

  /** Call the candidate, find the address: each only when the file has it (issue 17). */
  private static VBox reach(CandidatePresenter presenter, Messages messages) {
    OutsideAction call = new OutsideAction("", Material2AL.CALL, "call-candidate", presenter::call);
    call.textProperty().bind(presenter.callLabel());
    call.visibleProperty().bind(presenter.callLabel().isNotNull());
    call.managedProperty().bind(call.visibleProperty());
    OutsideAction map = new OutsideAction(messages.get("candidate.showOnMap"), Material2AL.LOCATION_ON,
        "show-address", presenter::showOnMap);
    map.visibleProperty().bind(presenter.canShowOnMap());
    map.managedProperty().bind(map.visibleProperty());
    // One above the other: side by side, a name and its number or an address do not fit a phone.
    VBox reach = new VBox(8, call, map);
    reach.setPadding(new javafx.geometry.Insets(4, 0, 4, 0));
    reach.visibleProperty().bind(call.visibleProperty().or(map.visibleProperty()));
    reach.managedProperty().bind(reach.visibleProperty());
    return reach;
  }

  /** What a coach records from here: a contact, a no-show, a step, hours, a measurement, a brede uitvraag. */
  private GridPane actions(CandidatePresenter presenter, Messages messages) {
    Button contact = action(messages.get("candidate.recordContact"), Material2AL.CHAT, "record-contact");
    contact.getStyleClass().add("accent");
    contact.setOnAction(e -> presenter.recordContact());
    Button noShow = action(messages.get("candidate.recordNoShow"), Material2AL.EVENT_BUSY, "record-no-show");
    noShow.setOnAction(e -> presenter.recordNoShow());
    Button step = action(messages.get("candidate.recordStep"), Material2MZ.TRENDING_UP, "record-step");
    step.setOnAction(e -> presenter.recordStep());
    Button measure = action(messages.get("candidate.recordMeasurement"), Material2AL.ASSESSMENT, "record-measurement");
    measure.setOnAction(e -> presenter.recordMeasurement());
    Button intake = action(messages.get("candidate.recordBroadIntake"), Material2AL.ASSIGNMENT_IND,
        "record-broad-intake");
    intake.setOnAction(e -> presenter.recordBroadIntake());
    intake.visibleProperty().bind(presenter.rights().canRecordBroadIntake());
    intake.managedProperty().bind(intake.visibleProperty());
    Button hours = action(messages.get("candidate.bookHours"), Material2AL.ACCESS_TIME, "book-hours");
    hours.setOnAction(e -> presenter.bookHours());
    hours.visibleProperty().bind(presenter.rights().canBookHours());
    hours.managedProperty().bind(hours.visibleProperty());
    GridPane actions = new GridPane();
    actions.setHgap(8);
    actions.setVgap(8);
    actions.add(contact, 0, 0, 2, 1);
    actions.add(noShow, 0, 1);
    actions.add(step, 1, 1);
    actions.add(hours, 0, 2, 2, 1);
    actions.add(measure, 0, 3, 2, 1);
    actions.add(intake, 0, 4, 2, 1);
    javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
    half.setPercentWidth(50);
    actions.getColumnConstraints().addAll(half, half);
    return actions;
  }

  private VBox classificationCard(CandidatePresenter presenter, Messages messages) {
    classification.setId("classification");
    flags.setId("flags");
    Button editClassification = new Button(messages.get("candidate.editClassification"),
        new FontIcon(Material2AL.EDIT));
    editClassification.setId("edit-classification");
    editClassification.getStyleClass().add("flat");
    editClassification.setOnAction(e -> presenter.editClassification());
    editClassification.visibleProperty().bind(presenter.rights().canEditClassification());
    editClassification.managedProperty().bind(editClassification.visibleProperty());
    notes.setId("file-notes");
    Button editFlags = FileCards.button(messages.get("candidate.editFlags"), Material2AL.EDIT, "edit-flags",
        presenter.rights().canEditFile());
    editFlags.getStyleClass().setAll("button", "flat");
    editFlags.setOnAction(e -> presenter.editFlags());
    VBox classificationCard = new VBox(6, Forms.section(messages.get("candidate.classification")), classification,
        flags, notes, new javafx.scene.layout.FlowPane(8, 4, editClassification, editFlags));
    classificationCard.getStyleClass().add("card");
    return classificationCard;
  }

  private static VBox planCard(CandidatePresenter presenter, Messages messages) {
    Label plan = bound(presenter.plan(), "plan");
    plan.setId("candidate-plan");
    Button editPlan = FileCards.button(messages.get("candidate.editPlan"), Material2AL.EDIT, "edit-plan",
        presenter.rights().canEditFile());
    editPlan.getStyleClass().setAll("button", "flat");
    editPlan.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    editPlan.setOnAction(e -> presenter.editPlan());
    VBox planCard = new VBox(6, Forms.section(messages.get("candidate.plan")), plan, editPlan);
    planCard.getStyleClass().add("card");
    return planCard;
  }

  private VBox ladderCard(CandidatePresenter presenter, Messages messages) {
    Label noSteps = Forms.wrapped(messages.get("candidate.ladderEmpty"), "text-muted");
    noSteps.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(presenter.ladder()));
    noSteps.managedProperty().bind(noSteps.visibleProperty());
    chart.visibleProperty().bind(noSteps.visibleProperty().not());
    chart.managedProperty().bind(chart.visibleProperty());
    VBox ladderCard = new VBox(6, Forms.section(messages.get("candidate.ladder")), chart, noSteps);
    ladderCard.getStyleClass().add("card");
    return ladderCard;
  }

  private void render(CandidatePresenter presenter, Messages messages, Label empty) {
    classification.getChildren().clear();
    for (CandidatePresenter.Classification c : presenter.classification()) {
      Label label = new Label(c.dimension() + ": " + c.value());
      label.setWrapText(true);
      label.getStyleClass().add(c.stale() ? "tag-warning" : "classification-value");
      classification.getChildren().add(label);
    }
    flags.getChildren().clear();
    for (String flag : presenter.flags()) {
      Label label = new Label(flag);
      label.getStyleClass().add("tag");
      flags.getChildren().add(label);
    }
    notes.getChildren().setAll(presenter.notes().stream().map(n -> (javafx.scene.Node) Forms.wrapped(n)).toList());
    chart.show(presenter.ladder(), presenter.today());

    placements.getChildren().clear();
    if (presenter.placements().isEmpty()) {
      Label none = new Label(messages.get("candidate.noPlacements"));
      none.getStyleClass().add("text-muted");
      none.setWrapText(true);
      placements.getChildren().add(none);
    }
    for (CandidatePresenter.PlacementCard card : presenter.placements()) {
      VBox box = Forms.card("placement-" + card.id(), () -> presenter.openPlacement(card),
          Forms.wrapped(card.title(), "card-title"), Forms.wrapped(card.period(), "text-muted"));
      if (card.coaching() != null) {
        Label coaching = Forms.wrapped(card.coaching(), card.overrun() ? "overdue" : "text-muted");
        if (card.overrun()) {
          coaching.setGraphic(new FontIcon(Material2MZ.WARNING));
        }
        box.getChildren().add(coaching);
      }
      if (card.evaluation() != null) {
        Label evaluation = Forms.wrapped(card.evaluation(), "text-muted");
        evaluation.setId("placement-evaluation-" + card.id());
        box.getChildren().add(evaluation);
      }
      placements.getChildren().add(box);
    }

    renderTimeline(presenter, messages, empty);
  }

  private void renderTimeline(CandidatePresenter presenter, Messages messages, Label empty) {
    timeline.getChildren().clear();
    if (presenter.timeline().isEmpty()) {
      timeline.getChildren().add(empty);
    }
    for (CandidatePresenter.Item item : presenter.timeline()) {
      Label title = new Label(item.title());
      title.getStyleClass().add("card-title");
      title.setGraphic(new FontIcon(switch (item.type()) {
        case CONTACT -> Material2AL.CHAT;
        case LADDER_STEP -> Material2MZ.TRENDING_UP;
        case REFERRAL -> Material2MZ.SEND;
        case OBLIGATION_MEASURE -> Material2AL.GAVEL;
        case ASSESSMENT -> Material2AL.ASSESSMENT;
        case BROAD_INTAKE -> Material2AL.ASSIGNMENT_IND;
        default -> Material2AL.ACCESS_TIME;
      }));
      title.setWrapText(true);
      Label when = new Label(item.when());
      when.getStyleClass().add("text-muted");
      VBox card = new VBox(2, when, title);
      card.setId("entry-" + item.id());
      for (String line : item.details()) {
        Label detail = new Label(line);
        detail.setWrapText(true);
        card.getChildren().add(detail);
      }
      if (item.prompt() != null) {
        Label prompt = Forms.wrapped(item.prompt(), "overdue");
        prompt.setId("prompt-" + item.id());
        prompt.setGraphic(new FontIcon(Material2MZ.WARNING));
        card.getChildren().add(prompt);
      }
      Label state = new Label(item.state());
      state.setWrapText(true);
      state.getStyleClass().add("state-" + item.syncState().name().toLowerCase());
      state.setGraphic(new FontIcon(stateIcon(item.syncState())));
      HBox footer = new HBox(8, state);
      footer.setAlignment(Pos.CENTER_LEFT);
      HBox.setHgrow(state, Priority.ALWAYS);
      state.setMaxWidth(Double.MAX_VALUE);
      if (item.correctable()) {
        Button correct = new Button(messages.get("timeline.correct"));
        correct.setId("correct-" + item.id());
        correct.getStyleClass().addAll("flat", "small-action");
        // The state's text wraps; the action keeps its whole word ("Corrig…" read as nothing at 360 px).
        correct.setMinWidth(Region.USE_PREF_SIZE);
        correct.setOnAction(e -> presenter.correct(item));
        footer.getChildren().add(correct);
      }
      card.getChildren().add(footer);
      card.getStyleClass().add("card");
      if (item.corrected()) {
        card.getStyleClass().add("corrected");
      }
      timeline.getChildren().add(card);
    }
  }

  private static void overdue(Label next, boolean overdue) {
    next.getStyleClass().removeAll("overdue", "text-muted");
    next.getStyleClass().add(overdue ? "overdue" : "text-muted");
  }

  private static Ikon stateIcon(SyncState state) {
    return switch (state) {
      case PENDING -> Material2AL.CLOUD_UPLOAD;
      case SYNCED -> Material2AL.CLOUD_DONE;
      case CONFLICT -> Material2MZ.WARNING;
      case REJECTED -> Material2AL.ERROR_OUTLINE;
    };
  }

  private static Label bound(ReadOnlyStringProperty text, String style) {
    Label label = new Label();
    label.textProperty().bind(text);
    label.visibleProperty().bind(text.isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    label.setWrapText(true);
    label.getStyleClass().add(style);
    return label;
  }

  private static Button action(String text, Ikon icon, String id) {
    Button button = new Button(text, new FontIcon(icon));
    button.setId(id);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setWrapText(true);
    button.getStyleClass().add("primary-action");
    return button;
  }
}
