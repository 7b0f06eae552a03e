package nl.trede.client.ui.conflict;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/** Per field the two values side by side, each a big card to tap to keep it. */
public final class ConflictView extends ScrollPane {
  public ConflictView(ConflictPresenter presenter, Messages messages, Runnable cancel) {
    Label title = Forms.wrapped("", "card-title");
    title.setId("conflict-record");
    title.textProperty().bind(presenter.title());
    Label error = Forms.hint(presenter.error());
    error.setId("conflict-error");
    error.getStyleClass().add("form-error");
    VBox page = new VBox(12, title, Forms.hint(messages.get("conflict.explain")), error);
    int i = 0;
    for (ConflictPresenter.Row row : presenter.rows()) {
      VBox kept = choice("keep-kept-" + i, messages.get("conflict.kept"), row.kept(), messages.get("conflict.keptBy"),
          () -> row.choice().set(ConflictPresenter.Side.KEPT));
      VBox other = choice("keep-other-" + i, messages.get("conflict.other"), row.other(), row.otherBy(),
          () -> row.choice().set(ConflictPresenter.Side.OTHER));
      row.choice().addListener((obs, old, now) -> {
        mark(kept, now == ConflictPresenter.Side.KEPT);
        mark(other, now == ConflictPresenter.Side.OTHER);
      });
      GridPane sides = new GridPane();
      sides.setHgap(8);
      ColumnConstraints half = new ColumnConstraints();
      half.setPercentWidth(50);
      half.setHgrow(Priority.ALWAYS);
      sides.getColumnConstraints().addAll(half, half);
      sides.add(kept, 0, 0);
      sides.add(other, 1, 0);
      VBox card = new VBox(8, Forms.section(row.field()), sides);
      card.getStyleClass().add("card");
      page.getChildren().add(card);
      i++;
    }
    page.getChildren().add(Forms.buttons(messages, presenter::save, cancel));
    ((javafx.scene.control.Button) page.lookup("#save")).setText(messages.get("conflict.save"));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private static VBox choice(String id, String heading, String value, String by, Runnable choose) {
    VBox card = Forms.card(id, choose, Forms.wrapped(heading, "text-muted"), Forms.wrapped(value, "conflict-value"),
        Forms.wrapped(by, "text-muted"));
    card.setSpacing(4);
    card.getStyleClass().add("conflict-choice");
    card.setMaxHeight(Double.MAX_VALUE);
    return card;
  }

  private static void mark(VBox card, boolean selected) {
    card.getStyleClass().remove("chosen");
    if (selected) {
      card.getStyleClass().add("chosen");
    }
  }
}
