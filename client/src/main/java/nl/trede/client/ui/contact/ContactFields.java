package nl.trede.client.ui.contact;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/** What the contact form and the no-show page both ask: when, and (the form) how long. */
final class ContactFields {
  private ContactFields() {}

  /** Date and time side by side; both start at now. */
  static HBox when(ContactFormPresenter presenter, Messages messages) {
    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());
    TextField time = new TextField();
    time.setId("time");
    time.setPrefColumnCount(5);
    time.setPromptText(messages.get("common.timePrompt"));
    time.textProperty().bindBidirectional(presenter.time());
    VBox dateBox = Forms.field(messages.get("contact.date"), date, presenter.errors().binding("occurredAt"));
    VBox timeBox = Forms.field(messages.get("contact.time"), time, null);
    HBox when = new HBox(8, dateBox, timeBox);
    HBox.setHgrow(dateBox, Priority.ALWAYS);
    return when;
  }

  /**
   * 15, 30, 45, 60, 90 minutes as chips, one tap each; a duration from an entry being corrected
   * that is none of them gets a chip of its own, so it is seen and kept.
   */
  static FlowPane durations(ContactFormPresenter presenter, Messages messages) {
    List<Integer> values = new ArrayList<>(ContactFormPresenter.DURATIONS);
    int current = presenter.duration().get();
    if (current > 0 && !values.contains(current)) {
      values.add(current);
    }
    return Forms.chips("duration", values, minutes -> messages.get("contact.minutes", minutes),
        presenter.duration().asObject());
  }
}
