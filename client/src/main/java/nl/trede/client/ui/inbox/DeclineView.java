package nl.trede.client.ui.inbox;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/** Which referral, then the answer to the referrer. */
public final class DeclineView extends ScrollPane {
  public DeclineView(DeclinePresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    TextArea answer = Forms.area("decline-answer", 4);
    answer.setPromptText(messages.get("decline.answerPrompt"));
    answer.textProperty().bindBidirectional(presenter.answer());
    VBox page = new VBox(10, Forms.wrapped(presenter.about(), "form-about"), Forms.generalError(errors),
        Forms.field(messages.get("decline.answer"), answer, errors.binding("answer")),
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
