package nl.trede.client;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.trede.client.device.Device;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Provisioning;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.shell.AppController;

/** The JavaFX application: a phone-sized window with the Trede screens. */
public class TredeApp extends Application {
  /** A common phone's logical size. */
  public static final double WIDTH = 390;
  public static final double HEIGHT = 780;

  private AppController controller;
  private ExecutorService background;

  @Override
  public void start(Stage stage) {
    Map<String, String> args = getParameters().getNamed();
    Locale.setDefault(Messages.DUTCH);
    Device device = Device.detect();
    Path dataDir = args.containsKey("data-dir") ? Path.of(args.get("data-dir"))
        : device.privateStorage().orElse(Path.of(System.getProperty("user.home"), ".trede"));
    background = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "trede-background");
      thread.setDaemon(true);
      return thread;
    });
    Messages messages = Messages.dutch();
    controller = new AppController(LoginService.standard(dataDir, Clock.systemUTC()), messages,
        Clock.systemUTC(), background, Platform::runLater, device, SyncEngine.Settings.standard());
    Scene scene = scene(controller);
    new StartupTrace(ProcessHandle.current().info().startInstant().orElseGet(Instant::now), Clock.systemUTC())
        .watch(scene, () -> controller.session().isPresent());
    stage.setScene(scene);
    stage.setTitle(messages.get("app.title"));
    stage.show();
    // The login page is up: use the seconds the password takes to warm what comes after it.
    Prewarm.start(TredeApp.class.getResource("trede.css").toExternalForm());
    // Provisioned by the municipality: a file named on the command line, in the data folder, or
    // shipped beside the app (jpackage tells where the launcher is).
    String launcher = System.getProperty("jpackage.app-path");
    Optional<Provisioning> provisioning = Provisioning.find(java.util.Arrays.asList(
        args.containsKey("provisioning") ? Path.of(args.get("provisioning")) : null,
        dataDir.resolve(Provisioning.FILE_NAME),
        launcher == null ? null : Path.of(launcher).getParent().resolveSibling("lib").resolve("app")
            .resolve(Provisioning.FILE_NAME)));
    controller.start(new AppController.Options(provisioning.map(Provisioning::serverUrl)
        .orElse(args.getOrDefault("server", "http://localhost:8080")), args.get("user"), args.get("password"),
        provisioning.map(Provisioning::municipality).orElse(null)));
  }

  /** The scene with the theme and the app's stylesheet; tests build theirs the same way. */
  public static Scene scene(AppController controller) {
    return scene(controller, WIDTH, HEIGHT);
  }

  /** The same at another size: 360×640 for the smallest phones, larger for a tablet. */
  public static Scene scene(AppController controller, double width, double height) {
    // The theme in JavaFX's binary form, which AtlantaFX ships beside the CSS: the same rules,
    // without parsing 170 KB of style sheet on the way to the first screen.
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    Scene scene = new Scene(controller.root(), width, height);
    scene.getStylesheets().add(TredeApp.class.getResource("trede.css").toExternalForm());
    return scene;
  }

  @Override
  public void stop() {
    if (controller != null) {
      controller.close();
    }
    if (background != null) {
      background.shutdownNow();
    }
  }
}
