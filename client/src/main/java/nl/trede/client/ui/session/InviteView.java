package nl.trede.client.ui.session;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/** Which session, a search field, a check box per file; Opslaan in the bar at the bottom. */
public final class InviteView extends BorderPane {
  private final VBox choices = new VBox(4);

  public InviteView(InvitePresenter presenter, Messages messages, Runnable cancel) {
    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    TextField search = new TextField();
    search.setId("invite-search");
    search.setPromptText(messages.get("invite.search"));
    search.textProperty().bindBidirectional(presenter.search());
    Label summary = Forms.wrapped("", "text-muted");
    summary.setId("invite-summary");
    summary.textProperty().bind(presenter.summary());
    Label error = Forms.shownWhenSet("form-error", presenter.error(), "form-error");
    choices.setId("invite-choices");
    presenter.shown().addListener((ListChangeListener<InvitePresenter.Choice>) c -> render(presenter, messages));
    render(presenter, messages);
    VBox page = new VBox(10, about, error, search, summary, choices);
    page.getStyleClass().add("page");
    setCenter(Forms.withSaveBar(page, messages, presenter::save, cancel));
  }

  private void render(InvitePresenter presenter, Messages messages) {
    choices.getChildren().clear();
    for (InvitePresenter.Choice choice : presenter.shown()) {
      CheckBox box = new CheckBox(choice.invited() ? messages.get("invite.alreadyInvited", choice.name())
          : choice.name());
      box.setId("invite-" + choice.candidateId());
      box.setWrapText(true);
      box.setMaxWidth(Double.MAX_VALUE);
      box.getStyleClass().add("invite-choice");
      box.selectedProperty().bindBidirectional(choice.chosen());
      box.setDisable(choice.invited());
      choices.getChildren().add(box);
    }
  }
}
