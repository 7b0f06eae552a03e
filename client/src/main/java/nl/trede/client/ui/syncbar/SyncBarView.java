package nl.trede.client.ui.syncbar;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A compact strip: status and last sync (or the error) on the left, a sync button on the right, a
 * running bar on top while a sync is under way. Tapping the texts opens the sync page.
 */
public final class SyncBarView extends VBox {
  public SyncBarView(SyncBarPresenter presenter, Messages messages) {
    Label pending = new Label();
    pending.setId("sync-pending");
    pending.textProperty().bind(presenter.pending());
    pending.getStyleClass().add("sync-pending");
    pending.setMinWidth(0);
    Label last = new Label();
    last.setId("sync-last");
    last.textProperty().bind(presenter.lastSync());
    last.getStyleClass().add("sync-last");
    last.setMinWidth(0);
    last.visibleProperty().bind(presenter.error().isEmpty());
    last.managedProperty().bind(last.visibleProperty());
    Label error = new Label();
    error.setId("sync-error");
    error.getStyleClass().add("sync-error");
    error.setMinWidth(0);
    error.textProperty().bind(presenter.error());
    error.setTooltip(new Tooltip());
    error.getTooltip().textProperty().bind(presenter.error());
    error.visibleProperty().bind(presenter.error().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    FontIcon state = new FontIcon(Material2AL.CLOUD_DONE);
    state.getStyleClass().add("sync-state-icon");
    presenter.attention().addListener((obs, was, is) -> icon(state, presenter));
    presenter.error().addListener((obs, was, is) -> icon(state, presenter));
    presenter.hasPending().addListener((obs, was, is) -> icon(state, presenter));
    icon(state, presenter);

    VBox texts = new VBox(0, pending, last, error);
    texts.setMinWidth(0);
    HBox.setHgrow(texts, Priority.ALWAYS);
    Button details = new Button(null, new HBox(8, state, texts));
    ((HBox) details.getGraphic()).setAlignment(Pos.CENTER_LEFT);
    details.setId("sync-details");
    details.getStyleClass().addAll("flat", "sync-details");
    details.setMaxWidth(Double.MAX_VALUE);
    details.setAlignment(Pos.CENTER_LEFT);
    details.setAccessibleText(messages.get("sync.details"));
    details.setOnAction(e -> presenter.openDetails());
    HBox.setHgrow(details, Priority.ALWAYS);
    details.setMinWidth(0);

    Button sync = new Button(null, new FontIcon(Material2MZ.SYNC));
    sync.setId("sync");
    sync.setTooltip(new Tooltip(messages.get("sync.button")));
    sync.setAccessibleText(messages.get("sync.button"));
    sync.getStyleClass().addAll("sync-button", "button-icon");
    sync.disableProperty().bind(presenter.running());
    sync.setMinWidth(Region.USE_PREF_SIZE);
    sync.setOnAction(e -> presenter.sync());

    ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    progress.setId("sync-progress");
    progress.getStyleClass().add("sync-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.visibleProperty().bind(presenter.running());

    HBox row = new HBox(4, details, sync);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("sync-row");
    // The bar takes no room of its own: it lies on the strip's top edge while a sync runs.
    StackPane strip = new StackPane(row, progress);
    StackPane.setAlignment(progress, Pos.TOP_CENTER);
    getChildren().add(strip);
    getStyleClass().add("sync-bar");
  }

  private static void icon(FontIcon icon, SyncBarPresenter presenter) {
    icon.getStyleClass().removeAll("attention", "offline", "waiting");
    if (presenter.attention().get()) {
      icon.setIconCode(Material2MZ.WARNING);
      icon.getStyleClass().add("attention");
    } else if (presenter.error().get() != null) {
      icon.setIconCode(Material2AL.CLOUD_OFF);
      icon.getStyleClass().add("offline");
    } else if (presenter.hasPending().get()) {
      icon.setIconCode(Material2AL.CLOUD_UPLOAD);
      icon.getStyleClass().add("waiting");
    } else {
      icon.setIconCode(Material2AL.CLOUD_DONE);
    }
  }
}
