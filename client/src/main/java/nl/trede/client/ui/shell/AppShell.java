package nl.trede.client.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The phone-style frame around every page: an app bar with back and title on top, the page, and
 * at the bottom the sync status (always, once logged in) above a bottom navigation between the
 * role's main screens (on those screens only; forms get the room).
 *
 * <p>On a wide screen (a tablet held landscape, a laptop) a page opened from a main screen stands
 * beside it: the list on the left, the candidate or employer on the right. Opening another one
 * from the list replaces the one beside it; while a form is open over it the list waits, so
 * nothing typed is lost by a stray tap.
 *
 * <p>On a laptop: Esc goes back, Ctrl+S presses the page's Opslaan, Alt+1 to Alt+5 pick a main screen.
 */
public final class AppShell extends BorderPane implements Navigator {
  /** One destination of the bottom navigation. */
  public record NavItem(String id, String label, Ikon icon, Runnable open) {}

  /** From this many main screens only the chosen one's label is shown: five do not fit on a phone. */
  static final int CROWDED = 5;
  /** About 70 characters of text: the width a page grows to on a tablet. */
  static final double MAX_PAGE_WIDTH = 720;
  /** From this width list and detail stand side by side: Material's "expanded" window class. */
  static final double SIDE_BY_SIDE_WIDTH = 840;
  /** The list's width beside a detail: a phone's, so its cards look as they do in the hand. */
  static final double LIST_WIDTH = 380;

  private final Deque<Screen> stack = new ArrayDeque<>();
  private final Label title = new Label();
  private final Button back = new Button();
  private final Button logout = new Button();
  private final HBox navigation = new HBox();
  private final ToggleGroup navGroup = new ToggleGroup();
  private final VBox bottom = new VBox();
  /** A count over a main screen's icon (what waits there), by navigation id; hidden at zero. */
  private final Map<String, Label> badges = new HashMap<>();
  private Node statusBar;
  private Runnable logoutAction;
  /** What was just done, with a way back (Ongedaan maken), over the sync strip for a few seconds. */
  private final Label noticeText = new Label();
  private final Button noticeAction = new Button();
  private final HBox notice = new HBox(8, noticeText, noticeAction);
  private final PauseTransition noticeTimer = new PauseTransition();

  public AppShell(Messages messages) {
    getStyleClass().add("app-shell");
    back.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
    back.getStyleClass().addAll("flat", "app-bar-button");
    back.setTooltip(new Tooltip(messages.get("common.back")));
    back.setAccessibleText(messages.get("common.back"));
    back.setId("back");
    back.setOnAction(e -> back());
    logout.setGraphic(new FontIcon(Material2AL.EXIT_TO_APP));
    logout.getStyleClass().addAll("flat", "app-bar-button");
    logout.setTooltip(new Tooltip(messages.get("logout")));
    logout.setAccessibleText(messages.get("logout"));
    logout.setId("logout");
    logout.setVisible(false);
    title.getStyleClass().add("app-bar-title");
    title.setId("title");
    title.setMinWidth(0);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(4, back, title, spacer, logout);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("app-bar");
    setTop(bar);
    navigation.getStyleClass().add("bottom-nav");
    navigation.setId("bottom-nav");
    bottom.getStyleClass().add("bottom-area");
    setBottom(bottom);
    noticeText.setId("notice-text");
    noticeText.setWrapText(true);
    noticeText.setMinHeight(Region.USE_PREF_SIZE);
    noticeText.setMinWidth(0);
    HBox.setHgrow(noticeText, Priority.ALWAYS);
    noticeText.setMaxWidth(Double.MAX_VALUE);
    noticeAction.setId("notice-action");
    noticeAction.getStyleClass().addAll("flat", "notice-action");
    noticeAction.setMinWidth(Region.USE_PREF_SIZE);
    notice.setId("notice");
    notice.getStyleClass().add("notice");
    notice.setAlignment(Pos.CENTER_LEFT);
    notice.setVisible(false);
    notice.setManaged(false);
    noticeTimer.setOnFinished(e -> hideNotice());
    addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
    // Turning a tablet moves between one page and two.
    widthProperty().addListener((obs, was, is) -> {
      if ((was.doubleValue() >= SIDE_BY_SIDE_WIDTH) != (is.doubleValue() >= SIDE_BY_SIDE_WIDTH) && !stack.isEmpty()) {
        layoutCenter();
      }
    });
  }

  public void setLogoutAction(Runnable action) {
    logoutAction = action;
    logout.setOnAction(e -> action.run());
    showLogout();
  }

  /** Logging out is for the main screens only: in a form it would be one slip of the thumb away. */
  private void showLogout() {
    boolean onMainScreen = stack.isEmpty() || stack.peek().root();
    logout.setVisible(logoutAction != null && onMainScreen);
    logout.setManaged(logout.isVisible());
  }

  public void setStatusBar(Node bar) {
    statusBar = bar;
    layoutBottom();
  }

  /** The role's main screens; empty for none (the login page). */
  public void setNavigation(List<NavItem> items) {
    navigation.getChildren().clear();
    navGroup.getToggles().clear();
    badges.clear();
    for (NavItem item : items) {
      Label badge = new Label();
      badge.setId("badge-" + item.id());
      badge.getStyleClass().add("nav-badge");
      badge.setVisible(false);
      badge.setMouseTransparent(true);
      StackPane.setAlignment(badge, Pos.TOP_RIGHT);
      StackPane icon = new StackPane(new FontIcon(item.icon()), badge);
      icon.setMinWidth(36);
      badges.put(item.id(), badge);
      ToggleButton button = new ToggleButton(item.label(), icon);
      button.setId("nav-" + item.id());
      button.setToggleGroup(navGroup);
      button.setContentDisplay(ContentDisplay.TOP);
      button.getStyleClass().add("nav-item");
      button.setMaxWidth(Double.MAX_VALUE);
      button.setMinWidth(0);
      HBox.setHgrow(button, Priority.ALWAYS);
      button.setTooltip(new Tooltip(item.label()));
      if (items.size() >= CROWDED) {
        // Five labels do not fit beside each other on a 360 px phone: the chosen one says its name
        // and the others show their icons (Material's "selected label" bottom navigation).
        button.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(button.selectedProperty())
            .then(ContentDisplay.TOP).otherwise(ContentDisplay.GRAPHIC_ONLY));
        button.setAccessibleText(item.label());
      }
      button.setOnAction(e -> {
        // A tab stays selected when tapped again; tapping it opens it afresh.
        button.setSelected(true);
        item.open().run();
      });
      navigation.getChildren().add(button);
    }
    layoutBottom();
  }

  /** How many things wait on a main screen, shown over its icon; none at zero. */
  public void setBadge(String navId, int count) {
    Label badge = badges.get(navId);
    if (badge != null) {
      badge.setText(count > 99 ? "99+" : String.valueOf(count));
      badge.setVisible(count > 0);
      navigation.getChildren().stream().filter(n -> ("nav-" + navId).equals(n.getId())).findFirst()
          .ifPresent(n -> n.setAccessibleText(((ToggleButton) n).getText() + (count > 0 ? " (" + count + ")" : "")));
    }
  }

  /** Marks the main screen shown, without opening it. */
  public void select(String navId) {
    navigation.getChildren().forEach(n -> ((ToggleButton) n).setSelected(("nav-" + navId).equals(n.getId())));
  }

  /**
   * Says what was just done, e.g. "Contactmoment met Anna Jansen opgeslagen.", for {@code shown},
   * with one action beside it (null for none); a new notice replaces the one before.
   */
  public void notify(String text, String actionLabel, Runnable action, Duration shown) {
    noticeText.setText(text);
    noticeAction.setText(actionLabel);
    noticeAction.setVisible(action != null);
    noticeAction.setManaged(action != null);
    noticeAction.setOnAction(e -> {
      hideNotice();
      action.run();
    });
    notice.setVisible(true);
    notice.setManaged(true);
    noticeTimer.stop();
    noticeTimer.setDuration(shown);
    noticeTimer.playFromStart();
    // Read out as well as shown: a screen reader user hears that it saved.
    noticeText.setAccessibleText(text);
  }

  public void hideNotice() {
    noticeTimer.stop();
    notice.setVisible(false);
    notice.setManaged(false);
  }

  private void layoutBottom() {
    bottom.getChildren().clear();
    bottom.getChildren().add(notice);
    if (statusBar != null) {
      bottom.getChildren().add(statusBar);
    }
    boolean onMainScreen = stack.isEmpty() || stack.peek().root() || (sideBySide() && stack.size() == 2);
    if (!navigation.getChildren().isEmpty() && onMainScreen) {
      bottom.getChildren().add(navigation);
    }
  }

  @Override
  public void show(Screen screen) {
    if (screen.root()) {
      stack.clear();
    } else if (sideBySide() && stack.size() >= 2 && isSameKind(screen, detail())) {
      // Another candidate tapped in the list: it takes the place of the one beside the list.
      while (stack.size() > 1) {
        stack.pop();
      }
    }
    stack.push(screen);
    display(screen);
  }

  private static boolean isSameKind(Screen a, Screen b) {
    return a.view().getClass() == b.view().getClass();
  }

  /** The page opened from the main screen, directly over it. */
  private Screen detail() {
    var it = stack.descendingIterator();
    it.next();
    return it.next();
  }

  /** Wide enough for two pages, and the bottom of the stack is a main screen to stand beside. */
  private boolean sideBySide() {
    return getWidth() >= SIDE_BY_SIDE_WIDTH && stack.size() >= 2 && stack.peekLast().root();
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
    layoutCenter();
    showLogout();
  }

  private void layoutCenter() {
    Screen screen = stack.peek();
    if (!sideBySide()) {
      setCenter(holder(screen.view(), MAX_PAGE_WIDTH));
      layoutBottom();
      return;
    }
    Screen list = stack.peekLast();
    StackPane left = holder(list.view(), LIST_WIDTH);
    left.setId("list-pane");
    left.setMinWidth(LIST_WIDTH);
    left.setMaxWidth(LIST_WIDTH);
    left.getStyleClass().add("list-pane");
    // A form over the detail is finished or cancelled first: a tap in the list would drop it.
    left.setDisable(stack.size() > 2);
    StackPane right = holder(screen.view(), MAX_PAGE_WIDTH);
    right.setId("detail-pane");
    HBox.setHgrow(right, Priority.ALWAYS);
    setCenter(new HBox(left, right));
    layoutBottom();
  }

  /**
   * A page in its place. On a tablet a page keeps a readable width instead of stretching lines of
   * text across the screen; on a phone the limit is never reached.
   */
  private static StackPane holder(Node view, double maxWidth) {
    if (view instanceof Region page) {
      page.setMaxWidth(maxWidth);
    }
    StackPane holder = new StackPane(view);
    holder.getStyleClass().add("page-holder");
    return holder;
  }

  private void shortcut(KeyEvent e) {
    if (e.getCode() == KeyCode.ESCAPE && stack.size() > 1) {
      back();
      e.consume();
    } else if (e.isShortcutDown() && e.getCode() == KeyCode.S && getCenter() != null) {
      Node save = getCenter().lookup("#save");
      if (save instanceof Button button && !button.isDisabled()) {
        button.fire();
        e.consume();
      }
    } else if (e.isAltDown() && e.getCode().isDigitKey()) {
      int index = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
      if (index >= 0 && index < navigation.getChildren().size()) {
        ((ToggleButton) navigation.getChildren().get(index)).fire();
        e.consume();
      }
    }
  }
}
