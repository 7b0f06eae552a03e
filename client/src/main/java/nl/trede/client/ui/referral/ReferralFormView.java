package nl.trede.client.ui.referral;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.ReferralTargets;

/** To whom (the municipality's list as chips, or typed) and with what goal. */
public final class ReferralFormView extends ScrollPane {
  public ReferralFormView(ReferralFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    VBox target = presenter.hasTargetList()
        ? Forms.choiceList("referral-target", presenter.targets(), ReferralTargets.Target::label, presenter.target())
        : new VBox(4, Forms.text("referral-target", presenter.typedTarget()),
            Forms.hint(messages.get("referral.noTargetList")));
    TextArea goal = Forms.area("referral-goal", 4);
    goal.setPromptText(messages.get("referral.goalPrompt"));
    goal.textProperty().bindBidirectional(presenter.goal());
    VBox page = new VBox(10, Forms.hint(messages.get("referral.explain", presenter.candidateName())),
        Forms.generalError(errors),
        Forms.field(messages.get("referral.target"), target, errors.binding("target")),
        Forms.field(messages.get("referral.goal"), goal, errors.binding("goal")),
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
