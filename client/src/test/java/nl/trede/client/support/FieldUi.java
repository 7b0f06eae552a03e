package nl.trede.client.support;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import nl.trede.client.TredeApp;
import nl.trede.client.device.Device;
import nl.trede.client.login.LoginService;
import nl.trede.client.store.LocalStore;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncStatus;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.shell.AppController;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The field app in a headless phone-sized window, driven as a person would: typing, tapping,
 * reading labels. One per test, on its own device folder and a real encrypted store.
 */
public final class FieldUi {
  /** The smallest phone the app is made for. */
  public static final double WIDTH = 360;
  public static final double HEIGHT = 640;
  /** A tablet in portrait, as the case manager holds it (tools/Screenshots takes the same). */
  public static final double TABLET_WIDTH = 800;
  public static final double TABLET_HEIGHT = 1280;

  private final FxRobot robot;
  private final ExecutorService background = Executors.newCachedThreadPool();
  private AppController controller;

  public FieldUi(FxRobot robot) {
    this.robot = robot;
  }

  /**
   * Shows the login page in the stage. Saves sync only when asked (a long debounce), so a test can
   * look at the outbox before the server has it.
   */
  public FieldUi open(Stage stage, Path deviceDir, String serverUrl, Clock clock, Device device) {
    return open(stage, deviceDir, serverUrl, clock, device, WIDTH, HEIGHT);
  }

  /** The same in a window of this size, e.g. a tablet's ({@link #TABLET_WIDTH}). */
  public FieldUi open(Stage stage, Path deviceDir, String serverUrl, Clock clock, Device device, double width,
      double height) {
    return open(stage, deviceDir, new AppController.Options(serverUrl, null, null), clock, device, width, height);
  }

  /** The app as it starts with these options, e.g. provisioned for a municipality. */
  public FieldUi open(Stage stage, Path deviceDir, AppController.Options options, Clock clock, Device device,
      double width, double height) {
    LoginService login = new LoginService(deviceDir, clock, SyncClient::new, Fixtures.FAST_ITERATIONS, "test");
    controller = new AppController(login, Messages.dutch(), clock, background, Platform::runLater, device,
        new SyncEngine.Settings(Duration.ofMinutes(10), Duration.ofMinutes(30), 1000, 500));
    stage.setScene(TredeApp.scene(controller, width, height));
    stage.show();
    controller.start(options);
    return this;
  }

  /** Types user name and password, taps Inloggen, waits for the first sync to finish. */
  public FieldUi login(String user, String password) throws Exception {
    robot.clickOn("#username").write(user);
    robot.clickOn("#password").write(password);
    robot.clickOn("#login");
    waitFor(() -> controller.engine().map(e -> e.status().lastSuccess() != null && !e.status().running())
        .orElse(false));
    return this;
  }

  public AppController controller() {
    return controller;
  }

  public LocalStore store() {
    return controller.session().orElseThrow().store();
  }

  /** Taps the sync button and waits until the run it started is over. */
  public SyncStatus syncNow() throws Exception {
    SyncEngine engine = controller.engine().orElseThrow();
    java.time.Instant before = engine.status().lastSuccess();
    tap("#sync");
    waitFor(() -> !engine.status().running() && (engine.status().lastError() != null
        || (engine.status().lastSuccess() != null && !engine.status().lastSuccess().equals(before))));
    return engine.status();
  }

  /** A tap on a button or a card that acts as one, wherever it is on the page. */
  public void tap(String selector) throws Exception {
    robot.interact(() -> {
      Node node = find(selector).orElseThrow(() -> new AssertionError("nothing to tap at " + selector
          + " on " + title()));
      if (node instanceof ButtonBase button) {
        button.fire();
      } else if (node.getOnMouseClicked() != null) {
        node.getOnMouseClicked().handle(null);
      } else {
        throw new AssertionError(selector + " cannot be tapped");
      }
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Types into a field (replacing what is there), wherever it is on the page. */
  public void type(String selector, String text) {
    robot.interact(() -> ((TextInputControl) find(selector).orElseThrow(() -> new AssertionError(
        "no field " + selector + " on " + title()))).setText(text));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Picks the entry of a choice list whose Dutch text is this. */
  public void choose(String selector, String text) {
    robot.interact(() -> {
      @SuppressWarnings("unchecked")
      ComboBox<Object> box = (ComboBox<Object>) find(selector).orElseThrow();
      Object item = box.getItems().stream().filter(i -> text.equals(box.getConverter().toString(i))).findFirst()
          .orElseThrow(() -> new AssertionError("no '" + text + "' in " + selector + ": " + box.getItems()));
      box.setValue(item);
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Sets a date picker, as a person picks a day. */
  public void pick(String selector, java.time.LocalDate day) {
    robot.interact(() -> ((javafx.scene.control.DatePicker) find(selector).orElseThrow(() -> new AssertionError(
        "no date " + selector + " on " + title()))).setValue(day));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Ticks or unticks a check box. */
  public void check(String selector, boolean checked) {
    robot.interact(() -> ((javafx.scene.control.CheckBox) find(selector).orElseThrow(() -> new AssertionError(
        "no check box " + selector + " on " + title()))).setSelected(checked));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Whether the node is on the page and shown (it and every parent visible). */
  public boolean visible(String selector) {
    Optional<Node> node = find(selector);
    if (node.isEmpty()) {
      return false;
    }
    for (Node n = node.get(); n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** Where the node stands in the window, after layout: to see what stands beside what. */
  public javafx.geometry.Bounds boundsOf(String selector) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      Node node = find(selector).orElseThrow(() -> new AssertionError("no " + selector + " on " + title()));
      node.getScene().getRoot().layout();
      return node.localToScene(node.getBoundsInLocal());
    }).get();
  }

  /** The Dutch texts of a choice list. */
  public List<String> choices(String selector) {
    @SuppressWarnings("unchecked")
    ComboBox<Object> box = (ComboBox<Object>) find(selector).orElseThrow();
    return box.getItems().stream().map(i -> box.getConverter().toString(i)).toList();
  }

  public String title() {
    return controller.shell().current().title();
  }

  public String text(String selector) {
    return find(selector).map(n -> n instanceof Label l ? l.getText() : n instanceof ButtonBase b ? b.getText() : null)
        .orElse(null);
  }

  /**
   * The text a label shows on the screen after layout: what it holds, or, when it does not fit,
   * the part before the ellipsis that JavaFX puts in its place.
   */
  public String shownText(String selector) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      javafx.scene.control.Labeled label = (javafx.scene.control.Labeled) find(selector).orElseThrow(() -> new AssertionError("no " + selector + " on " + title()));
      label.getScene().getRoot().applyCss();
      label.getScene().getRoot().layout();
      return label.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
          .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
    }).get();
  }

  /** Scrolls the page so the node stands near its top: for a picture of what is below the fold. */
  public void scrollTo(String selector) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      Node target = find(selector).orElseThrow(() -> new AssertionError("no " + selector + " on " + title()));
      if (controller.shell().current().view() instanceof javafx.scene.control.ScrollPane pane) {
        scrollIntoView(pane, target);
      }
    }).get();
  }

  /** Scrolls the pane so the node stands near its top (as far as the pane scrolls). */
  public static void scrollIntoView(javafx.scene.control.ScrollPane pane, Node target) {
    pane.layout();
    double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
    double viewport = pane.getViewportBounds().getHeight();
    double y = pane.getContent().sceneToLocal(target.localToScene(0, 0)).getY();
    pane.setVvalue(Math.min(1, Math.max(0, (y - 8) / Math.max(1, contentHeight - viewport))));
  }

  /**
   * Saves the window as a PNG in the folder named by the system property {@code trede.pictures}
   * (nothing without it): to look at what a test saw.
   */
  public void picture(String name) throws Exception {
    String folder = System.getProperty("trede.pictures");
    if (folder == null) {
      return;
    }
    javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
      controller.root().getScene().getRoot().layout();
      return controller.root().getScene().snapshot(null);
    }).get();
    java.nio.file.Files.createDirectories(Path.of(folder));
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
      }
    }
    javax.imageio.ImageIO.write(png, "png", Path.of(folder, name + ".png").toFile());
  }

  /** Every label's text on the visible page (scrolled out of sight or not), in order. */
  public List<String> texts() {
    List<String> texts = new ArrayList<>();
    collect(controller.shell().current().view(), texts);
    return texts;
  }

  /** The labels inside one node, e.g. a card. */
  public List<String> textsIn(String selector) {
    List<String> texts = new ArrayList<>();
    find(selector).ifPresent(n -> collect(n, texts));
    return texts;
  }

  public boolean shows(String text) {
    return texts().contains(text);
  }

  public boolean showsStartingWith(String prefix) {
    return texts().stream().anyMatch(t -> t != null && t.startsWith(prefix));
  }

  private static void collect(Node node, List<String> texts) {
    if (node == null || !node.isVisible()) {
      return;
    }
    if (node instanceof Label label) {
      texts.add(label.getText());
    }
    if (node instanceof ScrollPane pane) {
      collect(pane.getContent(), texts);
    } else if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, texts);
      }
    }
  }

  public Optional<Node> find(String selector) {
    Node root = controller.root();
    Node found = root.lookup(selector);
    if (found == null && controller.shell().current().view() instanceof ScrollPane pane && pane.getContent() != null) {
      found = pane.getContent().lookup(selector);
    }
    return Optional.ofNullable(found);
  }

  /** The first node whose id starts with the prefix. */
  public Optional<Node> findByIdPrefix(String prefix) {
    List<Node> found = new ArrayList<>();
    byPrefix(controller.root(), prefix, found);
    return found.stream().findFirst();
  }

  private static void byPrefix(Node node, String prefix, List<Node> found) {
    if (node == null || !node.isVisible()) {
      return;
    }
    if (node.getId() != null && node.getId().startsWith(prefix)) {
      found.add(node);
    }
    if (node instanceof ScrollPane pane) {
      byPrefix(pane.getContent(), prefix, found);
    } else if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        byPrefix(child, prefix, found);
      }
    }
  }

  public void waitFor(BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
      WaitForAsyncUtils.waitForFxEvents();
      return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  public void close() throws Exception {
    if (controller != null) {
      WaitForAsyncUtils.asyncFx(controller::close).get(10, TimeUnit.SECONDS);
    }
    background.shutdownNow();
  }
}
