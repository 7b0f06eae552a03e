package nl.trede.client.ui.syncbar;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
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
 * The strip: what needs the user (when anything does) as its own button; under it three lines,
 * each an icon and a text that wraps rather than being cut off at 360 px (connection, what waits,
 * last sync); a sync button on the right; a running bar on top while a sync is under way. A tap
 * on the lines or on what needs the user opens the sync page.
 */
public final class SyncBarView extends VBox {
  public SyncBarView(SyncBarPresenter presenter, Messages messages) {
    Label connection = line("sync-state", "sync-state");
    connection.textProperty().bind(presenter.connection());
    presenter.connectionKind().addListener((obs, was, is) -> connectionIcon(connection, is));
    connectionIcon(connection, presenter.connectionKind().get());
    Label pending = line("sync-pending", "sync-pending");
    pending.textProperty().bind(presenter.pending());
    presenter.hasPending().addListener((obs, was, is) -> pendingIcon(pending, is));
    pendingIcon(pending, presenter.hasPending().get());
    Label last = line("sync-last", "sync-last");
    last.textProperty().bind(presenter.lastSync());
    last.setGraphic(new FontIcon(Material2AL.HISTORY));

    VBox texts = new VBox(2, connection, pending, last);
    texts.setMinWidth(0);
    texts.setId("sync-details");
    texts.getStyleClass().add("sync-details");
    texts.setFocusTraversable(true);
    texts.setAccessibleRole(AccessibleRole.BUTTON);
    texts.setAccessibleText(messages.get("sync.details"));
    texts.setOnMouseClicked(e -> presenter.openDetails());
    texts.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
        presenter.openDetails();
        e.consume();
      }
    });
    HBox.setHgrow(texts, Priority.ALWAYS);

    Button sync = new Button(null, new FontIcon(Material2MZ.SYNC));
    sync.setId("sync");
    sync.setTooltip(new Tooltip(messages.get("sync.button")));
    sync.setAccessibleText(messages.get("sync.button"));
    sync.getStyleClass().addAll("sync-button", "button-icon");
    sync.disableProperty().bind(presenter.running());
    sync.setMinWidth(Region.USE_PREF_SIZE);
    sync.setOnAction(e -> presenter.sync());

    // Not colour alone: a warning icon and the kinds in words, as a button of its own. The
    // button's own text wraps (a label inside it would be measured before the button has a width).
    FontIcon warning = new FontIcon(Material2MZ.WARNING);
    warning.getStyleClass().add("sync-attention-icon");
    Button attention = new Button(null, warning);
    attention.textProperty().bind(presenter.attentionText());
    attention.setId("sync-attention");
    attention.getStyleClass().addAll("flat", "sync-attention");
    attention.setWrapText(true);
    attention.setGraphicTextGap(8);
    attention.setMaxWidth(Double.MAX_VALUE);
    attention.setMinHeight(Region.USE_PREF_SIZE);
    attention.setAlignment(Pos.CENTER_LEFT);
    attention.setAccessibleText(messages.get("sync.details"));
    attention.visibleProperty().bind(presenter.attention());
    attention.managedProperty().bind(attention.visibleProperty());
    attention.setOnAction(e -> presenter.openDetails());

    ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    progress.setId("sync-progress");
    progress.getStyleClass().add("sync-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.visibleProperty().bind(presenter.running());

    HBox row = new HBox(4, texts, sync);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("sync-row");
    // The bar takes no room of its own: it lies on the strip's top edge while a sync runs.
    StackPane strip = new StackPane(new VBox(0, attention, row), progress);
    StackPane.setAlignment(progress, Pos.TOP_CENTER);
    getChildren().add(strip);
    getStyleClass().add("sync-bar");
  }

  private static Label line(String id, String style) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().addAll("sync-line", style);
    label.setWrapText(true);
    label.setMinWidth(0);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.setGraphicTextGap(8);
    return label;
  }

  private static void connectionIcon(Label line, SyncBarPresenter.Connection kind) {
    FontIcon icon = new FontIcon(switch (kind) {
      case ONLINE -> Material2AL.CLOUD_DONE;
      case RUNNING -> Material2MZ.SYNC;
      case OFFLINE -> Material2AL.CLOUD_OFF;
      case BLOCKED -> Material2AL.LOCK;
    });
    icon.getStyleClass().addAll("sync-state-icon", kind.name().toLowerCase(java.util.Locale.ROOT));
    line.setGraphic(icon);
  }

  private static void pendingIcon(Label line, boolean waiting) {
    FontIcon icon = new FontIcon(waiting ? Material2AL.CLOUD_UPLOAD : Material2AL.DONE_ALL);
    icon.getStyleClass().addAll("sync-state-icon", waiting ? "waiting" : "online");
    line.setGraphic(icon);
  }
}
