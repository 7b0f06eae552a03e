package nl.trede.client.ui.hours;

import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.Forms;
import nl.trede.client.ui.Messages;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.employer.Employer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

public final class HoursFormView extends ScrollPane {
  public HoursFormView(HoursFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    ComboBox<Employer> employer = Forms.choice(Employer::name);
    employer.setId("employer");
    employer.getItems().setAll(presenter.employers());
    employer.valueProperty().bindBidirectional(presenter.employer());
    employer.setPlaceholder(new Label(messages.get("hours.noEmployers")));

    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());

    Button less = new Button(null, new FontIcon(Material2MZ.REMOVE));
    less.setId("less");
    less.setTooltip(new Tooltip(messages.get("hours.less")));
    less.getStyleClass().addAll("button-circle", "stepper");
    less.setOnAction(e -> presenter.less());
    Button more = new Button(null, new FontIcon(Material2AL.ADD));
    more.setId("more");
    more.setTooltip(new Tooltip(messages.get("hours.more")));
    more.getStyleClass().addAll("button-circle", "stepper");
    more.setOnAction(e -> presenter.more());
    Label amount = new Label();
    amount.setId("amount");
    amount.getStyleClass().add("amount");
    amount.textProperty().bind(presenter.amount());
    amount.setMaxWidth(Double.MAX_VALUE);
    amount.setAlignment(Pos.CENTER);
    HBox.setHgrow(amount, Priority.ALWAYS);
    HBox stepper = new HBox(12, less, amount, more);
    stepper.setAlignment(Pos.CENTER);

    ComboBox<CoachingActivity> activity = Forms.choice(a -> messages.get("activity." + a.name()));
    activity.setId("activity");
    activity.getItems().setAll(Arrays.asList(CoachingActivity.values()));
    activity.valueProperty().bindBidirectional(presenter.activity());
    ComboBox<CoachKind> kind = Forms.choice(k -> messages.get("coachKind." + k.name()));
    kind.setId("coach-kind");
    kind.getItems().setAll(Arrays.asList(CoachKind.values()));
    kind.valueProperty().bindBidirectional(presenter.coachKind());
    TextArea note = Forms.area("note", 3);
    note.textProperty().bindBidirectional(presenter.note());

    VBox page = new VBox(10, Forms.generalError(errors),
        Forms.field(messages.get("hours.employer"), employer, errors.binding("employerId")),
        Forms.field(messages.get("hours.date"), date, errors.binding("date")),
        Forms.field(messages.get("hours.amount"), stepper, errors.binding("quarterHours")),
        Forms.field(messages.get("hours.activity"), activity, errors.binding("activity")),
        Forms.field(messages.get("hours.coachKind"), kind, errors.binding("coachKind")),
        Forms.field(messages.get("hours.note"), note, errors.binding("note")),
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
