package nl.trede.client.ui.hours;

import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.employer.Employer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Placement, day, hours (steppers and one-tap amounts), what was done, then the employer's
 * confirmation: the contact types their name and taps Bevestigen.
 */
public final class HoursFormView extends ScrollPane {
  private final HoursFormPresenter presenter;
  private final Messages messages;
  private final FormErrors errors;

  public HoursFormView(HoursFormPresenter presenter, Messages messages, Runnable cancel) {
    this.presenter = presenter;
    this.messages = messages;
    this.errors = presenter.errors();
    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());
    FlowPane activity = Forms.chips("activity", Arrays.asList(CoachingActivity.values()), messages::label,
        presenter.activity());
    ComboBox<CoachKind> kind = Forms.choice(messages::label);
    kind.setId("coach-kind");
    kind.getItems().setAll(Arrays.asList(CoachKind.values()));
    kind.valueProperty().bindBidirectional(presenter.coachKind());
    TextArea note = Forms.area("note", 2);
    note.textProperty().bindBidirectional(presenter.note());
    Label budget = Forms.hint(presenter.budget());
    budget.setId("hours-budget");
    VBox page = new VBox(10, Forms.generalError(errors), where(),
        Forms.field(messages.get("hours.date"), date, errors.binding("date")),
        Forms.field(messages.get("hours.amount"), new VBox(8, stepper(), quickAmounts(), budget),
            errors.binding("quarterHours")),
        Forms.field(messages.get("hours.activity"), activity, errors.binding("activity")),
        Forms.field(messages.get("hours.coachKind"), kind, errors.binding("coachKind")),
        Forms.field(messages.get("hours.note"), note, errors.binding("note")),
        confirmCard(),
        Forms.buttons(messages, presenter::save, cancel));
    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    page.getChildren().add(0, about);
    if (presenter.correcting()) {
      page.getChildren().add(0, Forms.hint(messages.get("hours.correcting")));
    }
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  /** On one of the candidate's placements, or else at an employer. */
  private VBox where() {
    if (!presenter.targets().isEmpty()) {
      ComboBox<HoursFormPresenter.Target> target = Forms.choice(HoursFormPresenter.Target::label);
      target.setId("placement");
      target.getItems().setAll(presenter.targets());
      target.valueProperty().bindBidirectional(presenter.target());
      return Forms.field(messages.get("hours.placement"), target, errors.binding("placement"));
    }
    ComboBox<Employer> employer = Forms.choice(Employer::name);
    employer.setId("employer");
    employer.getItems().setAll(presenter.employers());
    employer.valueProperty().bindBidirectional(presenter.employer());
    employer.setPlaceholder(new Label(messages.get("hours.noEmployers")));
    return Forms.field(messages.get("hours.employer"), employer, errors.binding("employerId"));
  }

  /** A quarter of an hour less or more, around the amount. */
  private HBox stepper() {
    Button less = stepButton("less", Material2MZ.REMOVE, messages.get("hours.less"), presenter::less);
    Button more = stepButton("more", Material2AL.ADD, messages.get("hours.more"), presenter::more);
    Label amount = new Label();
    amount.setId("amount");
    amount.getStyleClass().add("amount");
    amount.textProperty().bind(presenter.amount());
    amount.setMaxWidth(Double.MAX_VALUE);
    amount.setAlignment(Pos.CENTER);
    HBox.setHgrow(amount, Priority.ALWAYS);
    HBox stepper = new HBox(12, less, amount, more);
    stepper.setAlignment(Pos.CENTER);
    return stepper;
  }

  private static Button stepButton(String id, org.kordamp.ikonli.Ikon icon, String text, Runnable action) {
    Button button = new Button(null, new FontIcon(icon));
    button.setId(id);
    button.setTooltip(new Tooltip(text));
    button.setAccessibleText(text);
    button.getStyleClass().addAll("button-circle", "stepper");
    button.setOnAction(e -> action.run());
    return button;
  }

  /** One-tap amounts. */
  private FlowPane quickAmounts() {
    FlowPane quick = new FlowPane(8, 8);
    quick.setId("quick-hours");
    for (int quarters : HoursFormPresenter.QUICK_QUARTERS) {
      Button chip = new Button(messages.get("hours.quick", messages.hours(quarters)));
      chip.setId("quick-" + quarters);
      chip.getStyleClass().add("chip");
      chip.setOnAction(e -> presenter.set(quarters));
      quick.getChildren().add(chip);
    }
    return quick;
  }

  /** The employer's confirmation: the contact types their name and taps Bevestigen. */
  private VBox confirmCard() {
    TextField confirmName = new TextField();
    confirmName.setId("confirm-name");
    confirmName.setPromptText(messages.get("hours.confirmNamePrompt"));
    confirmName.textProperty().bindBidirectional(presenter.confirmName());
    confirmName.disableProperty().bind(presenter.confirmed());
    Button confirm = new Button(messages.get("hours.confirm"), new FontIcon(Material2AL.CHECK_CIRCLE));
    confirm.setId("confirm");
    confirm.getStyleClass().addAll("success", "primary-action");
    confirm.setMaxWidth(Double.MAX_VALUE);
    confirm.setOnAction(e -> presenter.confirm());
    confirm.visibleProperty().bind(presenter.confirmed().not());
    confirm.managedProperty().bind(confirm.visibleProperty());
    confirmName.setOnAction(e -> presenter.confirm());
    Label confirmation = Forms.hint(presenter.confirmation());
    confirmation.setId("confirmation");
    confirmation.getStyleClass().add("confirmation");
    Button undo = new Button(messages.get("hours.unconfirm"));
    undo.setId("unconfirm");
    undo.getStyleClass().add("flat");
    undo.setOnAction(e -> presenter.unconfirm());
    undo.visibleProperty().bind(presenter.confirmed());
    undo.managedProperty().bind(undo.visibleProperty());
    String hint = presenter.contactHint();
    VBox confirmCard = new VBox(8, Forms.section(messages.get("hours.confirmTitle")),
        Forms.hint(messages.get("hours.confirmExplain") + (hint == null ? "" : " " + hint)),
        Forms.field(messages.get("hours.confirmName"), confirmName, errors.binding("confirmedBy")),
        confirm, confirmation, undo);
    confirmCard.getStyleClass().addAll("card", "confirm-card");
    return confirmCard;
  }
}
