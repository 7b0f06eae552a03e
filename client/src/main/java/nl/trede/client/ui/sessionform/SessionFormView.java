package nl.trede.client.ui.sessionform;

import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/**
 * The kind (one full-width choice each, with what it is under it), the title, day and time, place
 * and organiser, the note with its warning; when changing a session "Afgelast" and, once the day
 * has come, the numbers of the day. Opslaan in the bar that stays at the bottom.
 */
public final class SessionFormView extends BorderPane {
  public SessionFormView(SessionFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    VBox kind = Forms.choiceList("kind", presenter.kinds(), presenter::kindLabel, presenter.kind());
    kind.setDisable(presenter.editing());
    Label description = Forms.hint(presenter.description());
    description.setId("kind-description");
    Label noKinds = Forms.hint(messages.get("sessionForm.noKinds"));
    noKinds.setVisible(presenter.kinds().isEmpty());
    noKinds.setManaged(presenter.kinds().isEmpty());
    TextField title = Forms.text("session-title", presenter.title());
    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());
    TextField time = Forms.text("start-time", presenter.startTime());
    time.setPromptText(messages.get("common.timePrompt"));
    TextField place = Forms.text("place", presenter.place());
    TextField organiser = Forms.text("organiser", presenter.organiser());
    organiser.setPromptText(messages.get("sessionForm.organiserPrompt"));
    TextArea note = Forms.area("note", 3);
    note.textProperty().bindBidirectional(presenter.note());
    Label noCandidates = Forms.hint(messages.get("sessionForm.noCandidates"));
    noCandidates.setId("no-candidates-hint");

    VBox page = new VBox(10, Forms.generalError(errors),
        Forms.field(messages.get("sessionForm.kind"), new VBox(6, kind, description, noKinds), errors.binding("kind")),
        Forms.field(messages.get("sessionForm.name"), title, errors.binding("title")),
        Forms.row(Forms.field(messages.get("sessionForm.date"), date, errors.binding("date")),
            Forms.field(messages.get("sessionForm.startTime"), time, errors.binding("startTime"))),
        Forms.field(messages.get("sessionForm.place"), place, errors.binding("place")),
        Forms.field(messages.get("sessionForm.organiser"), organiser, errors.binding("organiser")),
        Forms.field(messages.get("sessionForm.note"), new VBox(4, note, noCandidates), errors.binding("note")));
    if (presenter.editing()) {
      page.getChildren().add(dayPart(presenter, messages));
    }
    page.getStyleClass().add("page");
    setCenter(Forms.withSaveBar(page, messages, presenter::save, cancel));
  }

  /** Afgelast, and the numbers of the day once it has come. */
  private static VBox dayPart(SessionFormPresenter presenter, Messages messages) {
    var errors = presenter.errors();
    CheckBox cancelled = new CheckBox(messages.get("sessionForm.cancelled"));
    cancelled.setId("cancelled");
    cancelled.setWrapText(true);
    cancelled.selectedProperty().bindBidirectional(presenter.cancelled());
    TextField visitors = Forms.text("visitors", presenter.visitors());
    TextField interested = Forms.text("interested", presenter.interested());
    VBox numbers = new VBox(10, Forms.section(messages.get("sessionForm.numbers")),
        Forms.hint(messages.get("sessionForm.numbersHint")),
        Forms.row(Forms.field(messages.get("sessionForm.visitors"), visitors, errors.binding("visitors")),
            Forms.field(messages.get("sessionForm.interested"), interested, errors.binding("interested"))));
    numbers.setId("numbers-of-the-day");
    numbers.visibleProperty().bind(presenter.dayHasCome());
    numbers.managedProperty().bind(numbers.visibleProperty());
    return new VBox(10, cancelled, numbers);
  }
}
