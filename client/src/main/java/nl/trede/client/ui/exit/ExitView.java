package nl.trede.client.ui.exit;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.candidate.ExitReason;

/** Close with day and reason, or reopen; deleting apart, below, with a second tap. */
public final class ExitView extends ScrollPane {
  public ExitView(ExitPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    VBox page = new VBox(10, Forms.generalError(errors));
    if (presenter.closed()) {
      Button reopen = primary(messages.get("exit.reopen"), "reopen");
      reopen.setOnAction(e -> presenter.reopen());
      page.getChildren().addAll(Forms.wrapped(presenter.closedText(), "card-title"),
          Forms.hint(messages.get("exit.reopenHint")), reopen);
    } else {
      DatePicker date = Forms.datePicker();
      date.setId("exit-date");
      date.valueProperty().bindBidirectional(presenter.date());
      Button close = primary(messages.get("exit.close"), "close-file");
      close.setOnAction(e -> presenter.close());
      page.getChildren().addAll(Forms.hint(messages.get("exit.explain", presenter.candidateName())),
          Forms.field(messages.get("exit.date"), date, errors.binding("exit.date")),
          Forms.field(messages.get("exit.reason"), Forms.choiceList("exit-reason",
              java.util.List.of(ExitReason.values()), messages::label, presenter.reason()), errors.binding("exit.reason")),
          close);
    }
    Button cancelButton = new Button(messages.get("common.cancel"));
    cancelButton.setId("cancel");
    cancelButton.getStyleClass().addAll("flat", "primary-action");
    cancelButton.setMaxWidth(Double.MAX_VALUE);
    cancelButton.setOnAction(e -> cancel.run());
    page.getChildren().add(cancelButton);
    if (presenter.mayDelete()) {
      page.getChildren().add(deleting(presenter, messages));
    }
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private static VBox deleting(ExitPresenter presenter, Messages messages) {
    Button ask = new Button(messages.get("exit.delete"));
    ask.setId("delete-file");
    ask.getStyleClass().addAll("flat", "danger");
    ask.setOnAction(e -> presenter.askDelete());
    ask.visibleProperty().bind(presenter.deleteAsked().not());
    ask.managedProperty().bind(ask.visibleProperty());
    Button confirm = new Button(messages.get("exit.deleteConfirm"));
    confirm.setId("delete-confirm");
    confirm.getStyleClass().addAll("danger");
    confirm.setOnAction(e -> presenter.delete());
    Button keep = new Button(messages.get("exit.deleteCancel"));
    keep.setId("delete-cancel");
    keep.getStyleClass().add("flat");
    keep.setOnAction(e -> presenter.cancelDelete());
    HBox confirming = new HBox(8, confirm, keep);
    VBox sure = new VBox(6, Forms.wrapped(messages.get("exit.deleteSure", presenter.candidateName()), "overdue"),
        confirming);
    sure.visibleProperty().bind(presenter.deleteAsked());
    sure.managedProperty().bind(sure.visibleProperty());
    VBox box = new VBox(6, Forms.section(messages.get("exit.deleteSection")),
        Forms.hint(messages.get("exit.deleteHint")), ask, sure);
    box.setId("deleting");
    return box;
  }

  private static Button primary(String text, String id) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().addAll("accent", "primary-action");
    button.setMaxWidth(Double.MAX_VALUE);
    return button;
  }
}
