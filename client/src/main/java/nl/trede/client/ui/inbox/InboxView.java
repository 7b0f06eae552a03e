package nl.trede.client.ui.inbox;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * What waits for the team, each with "Ik neem deze aan" and "Afwijzen"; then what was answered.
 * A card whose file is on the device opens it.
 */
public final class InboxView extends ScrollPane {
  private final VBox waiting = new VBox(10);
  private final VBox earlier = new VBox(10);
  private final Label earlierTitle;

  public InboxView(InboxPresenter presenter, Messages messages) {
    Label summary = Forms.hint(presenter.summary());
    summary.setId("inbox-summary");
    Label error = Forms.hint(presenter.error());
    error.setId("inbox-error");
    error.getStyleClass().add("form-error");
    waiting.setId("inbox-waiting");
    earlier.setId("inbox-earlier");
    earlierTitle = Forms.section(messages.get("inbox.earlier"));
    ListChangeListener<InboxPresenter.Row> render = c -> render(presenter, messages);
    presenter.waiting().addListener(render);
    presenter.earlier().addListener(render);
    render(presenter, messages);
    VBox page = new VBox(10, summary, error, waiting, earlierTitle, earlier);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void render(InboxPresenter presenter, Messages messages) {
    waiting.getChildren().setAll(presenter.waiting().stream().map(r -> card(presenter, messages, r)).toList());
    earlier.getChildren().setAll(presenter.earlier().stream().map(r -> card(presenter, messages, r)).toList());
    earlierTitle.setVisible(!presenter.earlier().isEmpty());
    earlierTitle.setManaged(earlierTitle.isVisible());
  }

  private static Node card(InboxPresenter presenter, Messages messages, InboxPresenter.Row row) {
    VBox card = Forms.card("referral-" + row.referralId(), () -> presenter.open(row),
        row.fileHere() ? Forms.wrapped(row.candidate(), "card-title")
            : Forms.wrapped(row.candidate(), "card-title", "text-muted"),
        Forms.wrapped(row.goal()), Forms.wrapped(row.sent(), "text-muted"), Forms.wrapped(row.status()));
    card.setSpacing(4);
    if (!row.fileHere()) {
      // Nothing to open before the file is here: no pressed look that promises more.
      card.getStyleClass().remove("clickable");
      card.setFocusTraversable(false);
    }
    if (!row.note().isEmpty()) {
      Label note = Forms.wrapped(row.note(), row.problem() ? "form-error" : "text-muted");
      note.setId("note-" + row.referralId());
      if (row.problem()) {
        note.setGraphic(new FontIcon(Material2MZ.WARNING));
        card.getStyleClass().add("card-warning");
      }
      card.getChildren().add(note);
    }
    HBox buttons = new HBox(8);
    if (row.mayTakeOn()) {
      Button take = new Button(messages.get("inbox.takeOn"), new FontIcon(Material2AL.CHECK));
      take.setId("take-on-" + row.referralId());
      take.getStyleClass().addAll("accent", "primary-action");
      take.setOnAction(e -> presenter.takeOn(row));
      buttons.getChildren().add(take);
    }
    if (row.mayDecline()) {
      Button decline = new Button(messages.get("inbox.decline"));
      decline.setId("decline-" + row.referralId());
      decline.getStyleClass().addAll("flat", "primary-action");
      decline.setOnAction(e -> presenter.decline(row));
      buttons.getChildren().add(decline);
    }
    buttons.getChildren().forEach(b -> {
      HBox.setHgrow(b, Priority.ALWAYS);
      ((Button) b).setMaxWidth(Double.MAX_VALUE);
    });
    if (!buttons.getChildren().isEmpty()) {
      card.getChildren().add(buttons);
    }
    if (row.fileHere()) {
      Label open = Forms.wrapped(messages.get("inbox.openFile"), "accent");
      open.setGraphic(new FontIcon(Material2AL.CHEVRON_RIGHT));
      card.getChildren().add(open);
    }
    return card;
  }
}
