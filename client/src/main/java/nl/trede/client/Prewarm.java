package nl.trede.client;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;

/**
 * Work the first screen after the login would otherwise do cold, done while the coach types the
 * password: loading and compiling the JSON and SQLite code, and the skins and
 * styles of the controls the caseload is drawn with. A JVM that does this spends the typing time on
 * it instead of making the coach wait after Inloggen (docs/benchmarks.md, "Field app").
 * Nothing here touches a user's data.
 */
public final class Prewarm {
  private static final System.Logger LOG = System.getLogger(Prewarm.class.getName());

  private Prewarm() {}

  /** Starts the warm-up on a low-priority background thread; returns at once. */
  public static void start(String stylesheet) {
    Thread thread = new Thread(() -> run(stylesheet), "trede-prewarm");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void run(String stylesheet) {
    try {
      long started = System.nanoTime();
      Candidate sample = new Candidate(Ids.newId(), "Voorbeeld", "Kandidaat", java.time.LocalDate.of(1990, 1, 1),
          null, null, null, List.of(), null, Set.of(), Map.of("spoor", "groei"), null, List.of(), List.of(), null,
          null, null, null, null, null);
      for (int i = 0; i < 200; i++) {
        MutationRules.read(RecordType.CANDIDATE, Json.MAPPER.valueToTree(sample));
      }
      Class.forName("org.sqlite.mc.SQLiteMCSqlCipherConfig");
      // The SQLite driver's native library, found (or unpacked) and loaded, and the TLS defaults
      // (the trusted certificates read and parsed) that the login's HTTP client is built with:
      // both were on the path from Inloggen to the caseload.
      org.sqlite.SQLiteJDBCLoader.initialize();
      javax.net.ssl.SSLContext.getDefault();
      Platform.runLater(() -> styles(stylesheet));
      LOG.log(Level.DEBUG, "prewarmed in {0} ms", (System.nanoTime() - started) / 1_000_000);
    } catch (Exception | LinkageError e) {
      // Only ever a head start: the app works the same without it.
      LOG.log(Level.DEBUG, "prewarm skipped", e);
    }
  }

  /** The controls of the caseload, styled once off screen, so their skins and CSS are ready. */
  private static void styles(String stylesheet) {
    ListView<String> list = new ListView<>(javafx.collections.FXCollections.observableArrayList("a", "b"));
    list.getStyleClass().add("card-list");
    Label title = new Label("Trede");
    title.getStyleClass().addAll("card-title", "tag", "overdue");
    VBox card = new VBox(title, new TextField(), new ComboBox<String>(), new ScrollPane(new Label("x")));
    card.getStyleClass().add("card");
    Scene scene = new Scene(new VBox(card, list), 360, 640);
    scene.getStylesheets().add(stylesheet);
    scene.getRoot().applyCss();
    scene.getRoot().layout();
  }
}
