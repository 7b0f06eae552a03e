package nl.trede.client.ui.contact;

import java.util.Arrays;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.Forms;
import nl.trede.client.ui.Messages;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;

public final class ContactFormView extends ScrollPane {
  public ContactFormView(ContactFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    ComboBox<LocationType> location = Forms.choice(l -> messages.get("location." + l.name()));
    location.setId("location");
    location.getItems().setAll(Arrays.asList(LocationType.values()));
    location.valueProperty().bindBidirectional(presenter.location());

    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());
    TextField time = new TextField();
    time.setId("time");
    time.setPrefColumnCount(5);
    time.setPromptText("uu:mm");
    time.textProperty().bindBidirectional(presenter.time());

    Spinner<Integer> duration = new Spinner<>();
    duration.setId("duration");
    duration.setEditable(true);
    duration.setMaxWidth(Double.MAX_VALUE);
    SpinnerValueFactory.IntegerSpinnerValueFactory factory =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Contact.MAX_DURATION_MINUTES, 45, 5);
    duration.setValueFactory(factory);
    factory.valueProperty().addListener((obs, old, now) -> presenter.duration().set(now == null ? 0 : now));
    presenter.duration().addListener((obs, old, now) -> factory.setValue(now.intValue()));

    TextArea summary = Forms.area("summary", 4);
    summary.textProperty().bindBidirectional(presenter.summary());
    TextArea agreements = Forms.area("agreements", 3);
    agreements.textProperty().bindBidirectional(presenter.agreements());
    DatePicker next = Forms.datePicker();
    next.setId("next-contact");
    next.valueProperty().bindBidirectional(presenter.nextContact());
    CheckBox noShow = new CheckBox(messages.get("contact.noShow"));
    noShow.setId("no-show");
    noShow.selectedProperty().bindBidirectional(presenter.noShow());

    VBox dateBox = Forms.field(messages.get("contact.date"), date, errors.binding("occurredAt"));
    VBox timeBox = Forms.field(messages.get("contact.time"), time, null);
    HBox when = new HBox(8, dateBox, timeBox);
    HBox.setHgrow(dateBox, Priority.ALWAYS);

    Label general = Forms.generalError(errors);

    VBox page = new VBox(10, general,
        Forms.field(messages.get("contact.location"), location, errors.binding("location")),
        when,
        Forms.field(messages.get("contact.duration"), duration, errors.binding("durationMinutes")),
        noShow,
        Forms.field(messages.get("contact.summary"), summary, errors.binding("summary")),
        Forms.field(messages.get("contact.agreements"), agreements, errors.binding("agreements")),
        Forms.field(messages.get("contact.nextContact"), next, errors.binding("nextContactDate")),
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
