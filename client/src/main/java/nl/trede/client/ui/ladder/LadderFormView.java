package nl.trede.client.ui.ladder;

import java.util.stream.IntStream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.Forms;
import nl.trede.client.ui.Messages;
import nl.trede.domain.ladder.Rung;

public final class LadderFormView extends ScrollPane {
  public LadderFormView(LadderFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    Label from = new Label(presenter.fromRung() == null ? messages.get("ladder.fromNone")
        : presenter.fromRung() + " – " + messages.rungName(presenter.fromRung()));
    from.setId("from-rung");
    from.setWrapText(true);
    ComboBox<Integer> to = Forms.choice(r -> r + " – " + messages.rungName(r));
    to.setId("to-rung");
    to.getItems().setAll(IntStream.rangeClosed(Rung.LOWEST, Rung.HIGHEST).boxed().toList());
    to.valueProperty().bindBidirectional(presenter.toRung());
    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());
    TextArea reason = Forms.area("reason", 4);
    reason.textProperty().bindBidirectional(presenter.reason());

    VBox page = new VBox(10, Forms.generalError(errors),
        Forms.field(messages.get("ladder.from"), from, null),
        Forms.field(messages.get("ladder.to"), to, errors.binding("toRung")),
        Forms.field(messages.get("ladder.date"), date, errors.binding("date")),
        Forms.field(messages.get("ladder.reason"), reason, errors.binding("reason")),
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
