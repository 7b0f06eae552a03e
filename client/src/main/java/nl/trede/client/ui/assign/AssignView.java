package nl.trede.client.ui.assign;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.CoachChoicesView;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Colleague;

/** The case manager to choose, the coaches to tick, and what follows for the devices. */
public final class AssignView extends ScrollPane {
  public AssignView(AssignPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    ComboBox<Colleague> caseManager = Forms.choice(Colleague::displayName);
    caseManager.setId("case-manager");
    caseManager.getItems().setAll(presenter.caseManagers());
    caseManager.valueProperty().bindBidirectional(presenter.caseManager());
    Label leaving = Forms.wrapped(messages.get("assign.leavesMyCaseload"), "warning-box");
    leaving.setId("leaves-my-caseload");
    leaving.visibleProperty().bind(presenter.leavesMyCaseload());
    leaving.managedProperty().bind(leaving.visibleProperty());
    VBox page = new VBox(10, Forms.hint(messages.get("assign.explain", presenter.candidateName())),
        Forms.generalError(errors),
        Forms.field(messages.get("assign.caseManager"), caseManager, errors.binding("caseManagerId")),
        Forms.section(messages.get("assign.coaches")),
        CoachChoicesView.of(presenter.coaches(), messages),
        Forms.hint(messages.get("assign.moves")), leaving,
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
