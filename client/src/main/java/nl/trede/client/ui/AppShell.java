package nl.trede.client.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The phone-style frame around every page: an app bar with back and title on top, the page, and
 * (once logged in) the sync status bar at the bottom, always visible.
 */
public final class AppShell extends BorderPane implements Navigator {
  private final Deque<Screen> stack = new ArrayDeque<>();
  private final Label title = new Label();
  private final Button back = new Button();
  private final Button logout = new Button();

  public AppShell(Messages messages) {
    getStyleClass().add("app-shell");
    back.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
    back.getStyleClass().addAll("flat", "app-bar-button");
    back.setTooltip(new Tooltip(messages.get("common.back")));
    back.setId("back");
    back.setOnAction(e -> back());
    logout.setGraphic(new FontIcon(Material2AL.EXIT_TO_APP));
    logout.getStyleClass().addAll("flat", "app-bar-button");
    logout.setTooltip(new Tooltip(messages.get("logout")));
    logout.setId("logout");
    logout.setVisible(false);
    title.getStyleClass().add("app-bar-title");
    title.setId("title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(4, back, title, spacer, logout);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("app-bar");
    setTop(bar);
  }

  public void setLogoutAction(Runnable action) {
    logout.setOnAction(e -> action.run());
    logout.setVisible(action != null);
  }

  public void setStatusBar(Node bar) {
    setBottom(bar);
  }

  @Override
  public void show(Screen screen) {
    if (screen.root()) {
      stack.clear();
    }
    stack.push(screen);
    display(screen);
  }

  @Override
  public void back() {
    if (stack.size() > 1) {
      stack.pop();
      display(stack.peek());
    }
  }

  /** The page on top, refreshed: after a sync the data under it may have changed. */
  public void refresh() {
    if (!stack.isEmpty() && stack.peek().onShow() != null) {
      stack.peek().onShow().run();
    }
  }

  public Screen current() {
    return stack.peek();
  }

  private void display(Screen screen) {
    title.setText(screen.title());
    back.setVisible(stack.size() > 1);
    back.setManaged(stack.size() > 1);
    if (screen.onShow() != null) {
      screen.onShow().run();
    }
    setCenter(screen.view());
  }
}
