package nl.trede.client.ui.contact;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.contact.Contact;

/** Where (chips), when, how long, what was discussed and agreed, the next date (with quick chips). */
public final class ContactFormView extends ScrollPane {
  public ContactFormView(ContactFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    FlowPane location = Forms.chips("location", ContactFormPresenter.LOCATIONS,
        l -> messages.get("LocationType.short." + l.name()), presenter.location());

    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());
    TextField time = new TextField();
    time.setId("time");
    time.setPrefColumnCount(5);
    time.setPromptText(messages.get("common.timePrompt"));
    time.textProperty().bindBidirectional(presenter.time());

    CheckBox noShow = new CheckBox(messages.get("contact.noShow"));
    noShow.setId("no-show");
    noShow.setWrapText(true);
    noShow.selectedProperty().bindBidirectional(presenter.noShow());

    Spinner<Integer> duration = new Spinner<>();
    duration.setId("duration");
    duration.setEditable(true);
    duration.setMaxWidth(Double.MAX_VALUE);
    SpinnerValueFactory.IntegerSpinnerValueFactory factory =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Contact.MAX_DURATION_MINUTES,
            presenter.duration().get(), 5);
    duration.setValueFactory(factory);
    factory.valueProperty().addListener((obs, old, now) -> presenter.duration().set(now == null ? 0 : now));
    presenter.duration().addListener((obs, old, now) -> factory.setValue(now.intValue()));
    duration.disableProperty().bind(presenter.noShow());

    TextArea summary = Forms.area("summary", 4);
    summary.textProperty().bindBidirectional(presenter.summary());
    TextArea agreements = Forms.area("agreements", 3);
    agreements.textProperty().bindBidirectional(presenter.agreements());
    agreements.setPromptText(messages.get("contact.agreementsPrompt"));
    DatePicker next = Forms.datePicker();
    next.setId("next-contact");
    next.valueProperty().bindBidirectional(presenter.nextContact());
    FlowPane quick = new FlowPane(8, 8);
    quick.setId("next-quick");
    for (int weeks : new int[] {1, 2, 4}) {
      Button chip = new Button(messages.get("contact.inWeeks", weeks));
      chip.setId("next-in-" + weeks);
      chip.getStyleClass().add("chip");
      chip.setOnAction(e -> presenter.nextIn(7 * weeks));
      quick.getChildren().add(chip);
    }
    if (presenter.hasPlan()) {
      Button plan = new Button(messages.get("contact.byPlan"));
      plan.setId("next-by-plan");
      plan.getStyleClass().add("chip");
      plan.setOnAction(e -> presenter.nextByPlan());
      quick.getChildren().add(plan);
    }

    VBox dateBox = Forms.field(messages.get("contact.date"), date, errors.binding("occurredAt"));
    VBox timeBox = Forms.field(messages.get("contact.time"), time, null);
    HBox when = new HBox(8, dateBox, timeBox);
    HBox.setHgrow(dateBox, Priority.ALWAYS);

    Label heading = Forms.hint(presenter.heading());
    heading.setId("form-heading");
    VBox page = new VBox(10, heading, Forms.generalError(errors),
        Forms.field(messages.get("contact.location"), location, errors.binding("location")),
        when,
        noShow,
        Forms.field(messages.get("contact.duration"), duration, errors.binding("durationMinutes")),
        Forms.field(messages.get("contact.summary"), summary, errors.binding("summary")),
        Forms.field(messages.get("contact.agreements"), agreements, errors.binding("agreements")),
        Forms.field(messages.get("contact.nextContact"), new VBox(8, next, quick, Forms.hint(presenter.planHint())),
            errors.binding("nextContactDate")),
        Forms.buttons(messages, presenter::save, cancel));
    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    page.getChildren().add(0, about);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
