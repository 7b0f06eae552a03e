package nl.trede.client.ui.ladder;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/** From which rung, to which (one tap on a rung), since when, why. */
public final class LadderFormView extends ScrollPane {
  public LadderFormView(LadderFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    Label from = new Label(presenter.fromRung() == null ? messages.get("ladder.fromNone")
        : messages.get("caseload.rung", presenter.fromRung(), messages.rungName(presenter.fromRung())));
    from.setId("from-rung");
    from.setWrapText(true);
    VBox to = Forms.choiceList("to-rung", presenter.choices(),
        r -> messages.get("caseload.rung", r, messages.rungName(r)), presenter.toRung());
    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());
    TextArea reason = Forms.area("reason", 4);
    reason.setPromptText(messages.get("ladder.reasonPrompt"));
    reason.textProperty().bindBidirectional(presenter.reason());

    VBox page = new VBox(10, Forms.generalError(errors),
        Forms.field(messages.get("ladder.from"), from, null),
        Forms.field(messages.get("ladder.to"), to, errors.binding("toRung")),
        Forms.shownWhenSet("track-hint", presenter.trackHint(), "hint"),
        Forms.field(messages.get("ladder.date"), date, errors.binding("date")),
        Forms.field(messages.get("ladder.reason"), reason, errors.binding("reason")),
        Forms.buttons(messages, presenter::save, cancel));
    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    page.getChildren().add(0, about);
    if (presenter.correcting()) {
      page.getChildren().add(0, Forms.hint(messages.get("ladder.correcting")));
    }
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
