package nl.trede.client.ui.matching;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.OutsideAction;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

public final class MatchingView extends ScrollPane {
  private final VBox cards = new VBox(8);

  public MatchingView(MatchingPresenter presenter, Messages messages) {
    Label explain = Forms.hint(presenter.explanation());
    Label status = new Label();
    status.setId("matching-status");
    status.setWrapText(true);
    status.textProperty().bind(presenter.status());
    presenter.failed().addListener((obs, was, is) -> {
      status.getStyleClass().remove("warning-box");
      if (is) {
        status.getStyleClass().add("warning-box");
      }
    });
    ProgressIndicator progress = new ProgressIndicator();
    progress.setMaxSize(32, 32);
    progress.visibleProperty().bind(presenter.busy());
    progress.managedProperty().bind(progress.visibleProperty());
    Button retry = new Button(messages.get("matching.retry"), new FontIcon(Material2MZ.REFRESH));
    retry.setId("matching-retry");
    retry.setOnAction(e -> presenter.load());
    retry.visibleProperty().bind(presenter.failed());
    retry.managedProperty().bind(retry.visibleProperty());
    cards.setId("matches");
    presenter.rows().addListener((ListChangeListener<MatchingPresenter.Row>) c -> render(presenter, messages));
    VBox page = new VBox(10, explain, progress, status, retry, cards);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void render(MatchingPresenter presenter, Messages messages) {
    cards.getChildren().clear();
    for (MatchingPresenter.Row row : presenter.rows()) {
      Label title = new Label(row.name() == null ? messages.get("matching.reference", row.reference())
          : messages.get("matching.own", row.name(), row.reference()));
      title.getStyleClass().add("card-title");
      title.setWrapText(true);
      VBox card = new VBox(2, title, line(row.profile(), "text-muted"));
      if (row.fit() != null) {
        card.getChildren().add(line(row.fit(), "fit"));
      }
      if (row.missing() != null) {
        card.getChildren().add(line(row.missing(), "missing"));
      }
      if (row.registerFit()) {
        Label tag = new Label(messages.get("matching.registerFit"));
        tag.getStyleClass().add("tag");
        card.getChildren().add(tag);
      }
      card.getChildren().add(line(row.contact(), "contact"));
      if (row.call() != null) {
        card.getChildren().add(new OutsideAction(row.call(), Material2AL.CALL, "call-" + row.reference(),
            () -> presenter.call(row)).styled("success"));
      }
      card.getStyleClass().add("card");
      cards.getChildren().add(card);
    }
  }

  private static Label line(String text, String style) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().add(style);
    return label;
  }
}
