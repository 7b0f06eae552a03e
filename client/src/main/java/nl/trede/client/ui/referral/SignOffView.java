package nl.trede.client.ui.referral;

import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/** Which referral, since when, then the day and the reason of the sign-off. */
public final class SignOffView extends ScrollPane {
  public SignOffView(SignOffPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    DatePicker date = Forms.datePicker();
    date.setId("sign-off-date");
    date.valueProperty().bindBidirectional(presenter.date());
    TextArea reason = Forms.area("sign-off-reason", 4);
    reason.setPromptText(messages.get("signOff.reasonPrompt"));
    reason.textProperty().bindBidirectional(presenter.reason());
    VBox page = new VBox(10, Forms.wrapped(presenter.about(), "form-about"), Forms.generalError(errors),
        Forms.field(messages.get("signOff.date"), date, errors.binding("signedOffOn")),
        Forms.field(messages.get("signOff.reason"), reason, errors.binding("signOffReason")),
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
