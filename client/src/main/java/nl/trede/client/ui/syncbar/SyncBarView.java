package nl.trede.client.ui.syncbar;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

public final class SyncBarView extends HBox {
  public SyncBarView(SyncBarPresenter presenter, Messages messages) {
    Label pending = new Label();
    pending.setId("sync-pending");
    pending.textProperty().bind(presenter.pending());
    pending.getStyleClass().add("sync-pending");
    Label last = new Label();
    last.setId("sync-last");
    last.textProperty().bind(presenter.lastSync());
    last.getStyleClass().add("text-muted");
    last.setWrapText(true);
    pending.setWrapText(true);
    Label error = new Label();
    error.setId("sync-error");
    error.setWrapText(true);
    error.getStyleClass().add("sync-error");
    error.textProperty().bind(presenter.error());
    error.visibleProperty().bind(presenter.error().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    VBox texts = new VBox(2, pending, last, error);
    HBox.setHgrow(texts, Priority.ALWAYS);

    Button sync = new Button(messages.get("sync.button"), new FontIcon(Material2MZ.SYNC));
    sync.setId("sync");
    sync.getStyleClass().add("sync-button");
    sync.disableProperty().bind(presenter.running());
    // The button keeps its full label; the texts beside it wrap instead.
    sync.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    texts.setMinWidth(0);
    sync.setOnAction(e -> presenter.sync());

    getChildren().addAll(texts, sync);
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);
    getStyleClass().add("sync-bar");
  }
}
