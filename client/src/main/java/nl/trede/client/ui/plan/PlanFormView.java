package nl.trede.client.ui.plan;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/** Goals, support, duration and frequency side by side on a tablet, the justification last. */
public final class PlanFormView extends ScrollPane {
  public PlanFormView(PlanFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    TextArea goals = Forms.area("plan-goals", 4);
    goals.textProperty().bindBidirectional(presenter.goals());
    TextArea support = Forms.area("plan-support", 4);
    support.textProperty().bindBidirectional(presenter.support());
    TextArea justification = Forms.area("plan-justification", 4);
    justification.setPromptText(messages.get("planForm.justificationPrompt"));
    justification.textProperty().bindBidirectional(presenter.justification());
    VBox page = new VBox(10, Forms.hint(messages.get("planForm.explain", presenter.candidateName())),
        Forms.generalError(errors),
        Forms.field(messages.get("planForm.goals"), goals, errors.binding("plan.goals")),
        Forms.field(messages.get("planForm.support"), support, errors.binding("plan.support")),
        Forms.row(Forms.field(messages.get("planForm.duration"),
                Forms.text("plan-duration", presenter.durationMonths()), errors.binding("plan.expectedDurationMonths")),
            Forms.field(messages.get("planForm.frequency"), Forms.text("plan-frequency", presenter.frequencyDays()),
                errors.binding("plan.contactFrequencyDays"))),
        Forms.hint(presenter.defaultFrequency()),
        Forms.field(messages.get("planForm.justification"), justification, errors.binding("plan.justification")),
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
