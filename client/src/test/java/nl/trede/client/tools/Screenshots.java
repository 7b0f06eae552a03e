package nl.trede.client.tools;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.trede.client.TredeApp;
import nl.trede.client.device.Device;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.AdminConsole;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.shell.AppController;
import nl.trede.domain.employer.Employer;

/**
 * Walks the field app at phone size (360×640) as each demo role, and the case manager's workspace
 * on a tablet (800×1280, {@link TabletScreenshots}), and saves a PNG of every main screen, for
 * people to look at (scripts/screenshots-client.sh, docs/field-app.md). Runs against a
 * running demo server; each role gets a fresh device folder.
 *
 * <pre>  Screenshots --server=URL --out=DIR --data=DIR</pre>
 */
public final class Screenshots {
  static final double WIDTH = 360;
  static final double HEIGHT = 640;

  private final String server;
  /** When set, the app's requests go here instead of to the server it knows: an address nothing answers on. */
  private String unreachable;
  private final Path out;
  private final Path data;
  private final ExecutorService background = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "screenshots-background");
    t.setDaemon(true);
    return t;
  });
  private final List<String> saved = new ArrayList<>();
  private Stage stage;
  double width = WIDTH;
  double height = HEIGHT;
  AppController controller;

  private Screenshots(String server, Path out, Path data) {
    this.server = server;
    this.out = out;
    this.data = data;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> named = new java.util.HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      named.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    Screenshots run = new Screenshots(named.get("server"), Path.of(named.getOrDefault("out", "screenshots/client")),
        Path.of(named.getOrDefault("data", "var/screenshots")));
    Files.createDirectories(run.out);
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get(30, TimeUnit.SECONDS);
    int code = 0;
    try {
      run.coach();
      run.offline();
      run.jobcoach();
      run.jobhunter();
      run.tablet();
      new InboxScreenshots(run).walk();
      run.accessEnds();
      System.out.println("saved " + run.saved.size() + " screenshots in " + run.out.toAbsolutePath());
    } catch (Throwable e) {
      e.printStackTrace();
      code = 1;
    } finally {
      Platform.exit();
    }
    System.exit(code);
  }

  // ------------------------------------------------------------------ the walks

  private void coach() throws Exception {
    newFileWithoutContact();
    open(null);
    shot("01-login");
    fx(() -> {
      text("#username", "coach1");
      text("#password", "trede-demo");
      fire("#login");
    });
    awaitSynced();
    shot("02-caseload");
    fx(() -> fire("#filters"));
    shot("03-caseload-filters");
    fx(() -> fire("#filters"));
    fx(() -> fire("#nav-agenda"));
    shot("04-agenda");
    fx(() -> fire("#nav-caseload"));
    fx(() -> {
      var list = (javafx.scene.control.ListView<?>) lookup("#caseload");
      list.getSelectionModel().select(0);
      list.getOnMouseClicked().handle(null);
    });
    shot("05-candidate");
    scroll(0.45);
    shot("06-candidate-ladder");
    scroll(1.0);
    shot("07-candidate-timeline");
    scroll(0);
    fx(() -> fire("#record-contact"));
    fx(() -> {
      text("#summary", "Gesproken over het dagritme en de vrijwilligersplek.");
      text("#agreements", "Kandidaat belt zelf de Voedselbank voor vrijdag.");
      fire("#next-in-2");
    });
    shot("08-contact-form");
    // Opslaan: back on the candidate page, the notice names what was saved and offers to undo it.
    fx(() -> fire("#save"));
    shot("08b-contact-saved");
    fx(() -> controller.shell().hideNotice());
    fx(() -> fire("#record-step"));
    fx(() -> fire("#save"));
    shot("09-ladder-form-errors");
    fx(() -> fire("#cancel"));
    fx(() -> fire("#edit-classification"));
    shot("10-classification");
    fx(() -> fire("#cancel"));
    fx(() -> fire("#sync-details"));
    shot("11-sync-status");
    workOnAFileThatIsHandedOver();
    logout();
  }

  /**
   * The case manager takes the coach off the open file while the coach records a visit and
   * changes the classification: the visit is taken into the file after the handover, the
   * classification is refused, and the sync page says so with the content.
   */
  private void workOnAFileThatIsHandedOver() throws Exception {
    while (onFx(() -> lookup("#nav-caseload") == null)) {
      fx(() -> fire("#back"));
    }
    fx(() -> fire("#nav-caseload"));
    UUID[] file = new UUID[1];
    fx(() -> {
      @SuppressWarnings("unchecked")
      var list = (javafx.scene.control.ListView<nl.trede.client.ui.caseload.CaseloadPresenter.Row>) lookup("#caseload");
      file[0] = list.getItems().get(0).candidateId();
      list.getSelectionModel().select(0);
      list.getOnMouseClicked().handle(null);
    });
    Session caseManager = new LoginService(data.resolve("case-manager-device"), Clock.systemUTC(), SyncClient::new,
        1_000, "screenshots").login(server, "casemanager1", "trede-demo".toCharArray());
    SyncEngine sync = new SyncEngine(caseManager.store(), caseManager.client(), Clock.systemUTC(), Backoff.standard(),
        SyncEngine.Settings.standard());
    sync.syncNow();
    var opened = caseManager.store().<nl.trede.domain.candidate.Candidate>edit(nl.trede.sync.RecordType.CANDIDATE,
        file[0]).orElseThrow();
    var c = opened.record();
    UUID coach1 = UUID.nameUUIDFromBytes("trede-demo:coach1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    caseManager.store().update(opened, new nl.trede.domain.candidate.Candidate(c.id(), c.givenName(), c.familyName(),
        c.dateOfBirth(), c.phone(), c.address(), c.caseManagerId(),
        c.coachIds().stream().filter(id -> !id.equals(coach1)).toList(), c.benefitStartDate(), c.flags(),
        c.classification(), c.wageValuePercent(), c.exemptions(), c.participation(), c.plan(), c.inflow(), c.exit(),
        c.certificates(), c.languageLevel(), c.availableHoursPerWeek()));
    sync.syncNow();
    sync.close();
    caseManager.store().close();

    fx(() -> fire("#edit-classification"));
    fx(() -> {
      var box = (javafx.scene.control.ComboBox<?>) stage.getScene().getRoot().lookupAll(".combo-box").stream()
          .filter(n -> !n.isDisabled()).findFirst().orElseThrow();
      box.getSelectionModel().select((box.getSelectionModel().getSelectedIndex() + 1) % box.getItems().size());
      fire("#save");
    });
    fx(() -> fire("#record-contact"));
    fx(() -> {
      text("#summary", "Huisbezoek: werkplek bij de kwekerij besproken.");
      fire("#save");
    });
    controller.engine().orElseThrow().syncNow();
    fx(() -> fire("#sync-details"));
    await(() -> lookup("#left-files") instanceof javafx.scene.layout.VBox box && !box.getChildren().isEmpty());
    scrollTo("#left-files");
    shot("11b-sync-left-file");
  }

  /**
   * The coach's phone without a network (its requests go to an address nothing answers on): logged in offline
   * with the store of the walk above, a no-show recorded on the doorstep. The strip says offline,
   * what waits and when it last synced; the notice names what was saved.
   */
  private void offline() throws Exception {
    unreachable = "http://127.0.0.1:" + unusedPort();
    try {
      open("coach1");
      await(() -> controller.session().isPresent() && lookup("#caseload") != null);
      fx(() -> fire(firstId("no-show-")));
      fx(() -> {
        text("#no-show-reason", "Niet thuis, briefje in de bus gedaan.");
        fire("#save");
      });
      // The save asks for a sync, which finds no server.
      await(() -> controller.engine().map(e -> e.status().lastError() != null && !e.status().running()
          && e.status().pending() > 0).orElse(false));
      shot("27-offline-no-show-saved");
      fx(() -> controller.shell().hideNotice());
      shot("28-offline-strip");
      logout();
    } finally {
      unreachable = null;
    }
  }

  /** A local port nothing listens on: the app's requests to it fail at once, as with no network. */
  private static int unusedPort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void jobcoach() throws Exception {
    open("jobcoach1");
    awaitSynced();
    shot("12-today");
    fx(() -> fire(firstId("book-")));
    fx(() -> {
      fire("#quick-8");
      text("#confirm-name", "Marco Willems");
      fire("#confirm");
    });
    scroll(1.0);
    shot("13-hours-confirmed");
    fx(() -> fire("#cancel"));
    fx(() -> fire(firstId("confirm-week-")));
    fx(() -> fire("#week-previous"));
    shot("13b-week-confirmation");
    fx(() -> {
      text("#confirm-name", "Piet de Vries");
      fire("#week-confirm");
    });
    scroll(1.0);
    shot("13c-week-confirmation-warning");
    fx(() -> fire("#cancel"));
    fx(() -> fire(firstId("open-")));
    scrollTo("#coaching-steps");
    shot("14-placement-jobcoaching");
    logout();
  }

  private void jobhunter() throws Exception {
    // Another device changes an employer's contact person first, for the conflict below.
    Session other = new LoginService(data.resolve("other-device"), Clock.systemUTC(), SyncClient::new, 1_000,
        "screenshots").login(server, "coach1", "trede-demo".toCharArray());
    SyncEngine otherSync = new SyncEngine(other.store(), other.client(), Clock.systemUTC(), Backoff.standard(),
        SyncEngine.Settings.standard());
    otherSync.syncNow();

    open("jobhunter1");
    awaitSynced();
    shot("15-employers");
    fx(() -> fire("#register-employer"));
    fx(() -> {
      text("#employer-name-field", "Kwekerij De Betuwe");
      text("#kvk", "1234567");
    });
    shot("16-employer-form-kvk");
    fx(() -> fire("#cancel"));
    fx(() -> {
      var list = (javafx.scene.control.ListView<?>) lookup("#employers");
      list.getSelectionModel().select(0);
      list.getOnMouseClicked().handle(null);
    });
    shot("17-employer");
    fx(() -> fire("#new-vacancy"));
    fx(() -> {
      text("#vacancy-title", "Medewerker kwekerij");
      text("#new-task", "Planten oppotten");
      fire("#add-task");
      text("#new-task", "Karren met planten klaarzetten");
      fire("#add-task");
      text("#vacancy-hours", "24");
      ((javafx.scene.control.CheckBox) lookup("#requirement-vca")).setSelected(true);
      ((javafx.scene.control.CheckBox) lookup("#suits-register")).setSelected(true);
    });
    shot("18-vacancy-form");
    fx(() -> fire("#save"));
    fx(() -> fire(firstId("vacancy-")));
    await(() -> controller.engine().map(e -> e.status().pending() == 0 && !e.status().running()).orElse(false));
    fx(() -> fire("#find-candidates"));
    await(() -> lookup("#matches") != null && !((javafx.scene.layout.VBox) lookup("#matches")).getChildren().isEmpty());
    shot("19-matching");

    // The conflict: both devices set the same employer's contact person; the other one was first.
    LocalStore mine = controller.session().orElseThrow().store();
    Employer employer = mine.employers().get(0);
    var mineOpened = mine.<Employer>edit(nl.trede.sync.RecordType.EMPLOYER, employer.id()).orElseThrow();
    var theirsOpened = other.store().<Employer>edit(nl.trede.sync.RecordType.EMPLOYER, employer.id()).orElseThrow();
    other.store().update(theirsOpened, copyWithContact(employer, "Sanne Aalbers"));
    otherSync.syncNow();
    mine.update(mineOpened, copyWithContact(employer, "Joop Aalbers"));
    controller.engine().orElseThrow().syncNow();
    fx(() -> fire("#sync-details"));
    await(() -> lookup("#problems") != null && firstId("resolve-") != null);
    shot("20-sync-conflict");
    fx(() -> fire(firstId("resolve-")));
    fx(() -> fire("#keep-other-0"));
    shot("21-conflict");
    otherSync.close();
    other.store().close();
    logout();
  }

  /**
   * The demo's coaches have spoken to everyone lately; a file the case manager just opened, that
   * nobody has visited since the inflow six weeks ago, shows what "Achterstallig" is for.
   */
  private void newFileWithoutContact() throws Exception {
    Session caseManager = new LoginService(data.resolve("case-manager-device"), Clock.systemUTC(), SyncClient::new,
        1_000, "screenshots").login(server, "casemanager1", "trede-demo".toCharArray());
    java.time.LocalDate today = java.time.LocalDate.now(nl.trede.domain.Violations.ZONE);
    UUID coach1 = UUID.nameUUIDFromBytes("trede-demo:coach1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    caseManager.store().create(nl.trede.sync.RecordType.CANDIDATE, new nl.trede.domain.candidate.Candidate(
        nl.trede.domain.Ids.newId(), "Noor", "Verhoeven", today.minusYears(34).minusDays(40), "06-41234567",
        "Stationsweg 12", caseManager.user().userId(), List.of(coach1), today.minusWeeks(6), java.util.Set.of(),
        Map.of(), null, List.of(), List.of(), new nl.trede.domain.candidate.Plan("Kennismaken en een plan maken",
            null, 12, 14, null), new nl.trede.domain.candidate.Inflow(today.minusWeeks(6),
            nl.trede.domain.candidate.InflowReason.NEW_APPLICATION), null, null, null, null));
    SyncEngine sync = new SyncEngine(caseManager.store(), caseManager.client(), Clock.systemUTC(), Backoff.standard(),
        SyncEngine.Settings.standard());
    nl.trede.client.sync.SyncStatus status = sync.syncNow();
    if (status.lastError() != null || status.pending() > 0) {
      throw new IllegalStateException("the case manager's sync failed: " + status);
    }
    sync.close();
    caseManager.store().close();
  }

  /** The case manager's workspace on a tablet in portrait (TabletScreenshots). */
  private void tablet() throws Exception {
    new TabletScreenshots(this).walk();
  }

  /**
   * When an admin acts on a device's user (docs/field-app.md): a new user's first login asks for a
   * password of their own; a device the admin revoked wipes its user's store at the next sync and
   * the login screen says why and how many unsent changes went with it; a password that does not open the store offers a fresh start.
   */
  private void accessEnds() throws Exception {
    width = WIDTH;
    height = HEIGHT;
    AdminConsole admin = AdminConsole.loggedIn(server, "admin1", "trede-demo");
    AdminConsole.NewUser made = admin.create("lotte" + Long.toString(System.nanoTime() % 100_000, 36), "Lotte Smit",
        "PARTICIPATION_COACH");
    open(made.username(), null, null);
    fx(() -> {
      text("#username", made.username());
      text("#password", made.temporaryPassword());
      fire("#login");
    });
    await(() -> lookup("#choose-password") != null && lookup("#choose-password").isVisible());
    fx(() -> {
      text("#new-password", "kort");
      text("#repeat-password", "kort");
      fire("#save-password");
    });
    scrollTo("#save-password");
    shot("24-login-new-password");
    fx(() -> {
      text("#new-password", "lotte werkt in overbetuwe");
      text("#repeat-password", "lotte werkt in overbetuwe");
      fire("#save-password");
    });
    awaitSynced();
    fx(controller::close);

    // A phone reported lost: the admin revokes it while its coach still records a visit on it.
    open("coach2");
    await(() -> controller.session().isPresent());
    awaitSynced();
    LocalStore phone = controller.session().orElseThrow().store();
    admin.revokeDevice("coach2", phone.deviceId());
    fx(() -> {
      var file = phone.<nl.trede.domain.candidate.Candidate>all(nl.trede.sync.RecordType.CANDIDATE).get(0);
      phone.create(nl.trede.sync.RecordType.CONTACT, new nl.trede.domain.contact.Contact(nl.trede.domain.Ids.newId(),
          file.id(), null, controller.session().orElseThrow().user().userId(),
          nl.trede.domain.contact.LocationType.HOME, java.time.Instant.now(), 30, null, "Huisbezoek", null, null,
          false, false, null));
      fire("#sync");
    });
    await(() -> lookup("#login-notice") != null && lookup("#login-notice").isVisible());
    shot("25-login-after-wipe");
    fx(controller::close);

    open("coach1");
    await(() -> controller.session().isPresent());
    fx(() -> fire("#logout"));
    // With work unsent the app asks first (Toch uitloggen).
    fx(() -> {
      if (lookup("#notice-action") != null && lookup("#notice-action").isVisible()) {
        fire("#notice-action");
      }
    });
    fx(() -> {
      text("#username", "coach1");
      text("#password", "een ander wachtwoord");
      fire("#login");
    });
    await(() -> lookup("#fresh-start-offer") != null && lookup("#fresh-start-offer").isVisible());
    scrollTo("#fresh-start");
    shot("26-login-fresh-start");
    fx(controller::close);
  }

  private static Employer copyWithContact(Employer e, String contact) {
    return new Employer(e.id(), e.name(), e.kvkNumber(), e.sector(), e.address(), contact, e.contactPhone(),
        e.contactEmail(), e.harrieTrained(), e.sroiObligation(), null, null);
  }

  // ------------------------------------------------------------------ plumbing

  void open(String user) throws Exception {
    open(user == null ? "coach1" : user, user, user == null ? null : "trede-demo");
  }

  /** The app on the device folder {@code folder}, logging in as {@code user} when a password is given. */
  private void open(String folder, String user, String password) throws Exception {
    fx(() -> {
      Messages messages = Messages.dutch();
      String dead = unreachable;
      LoginService login = new LoginService(data.resolve(folder), Clock.systemUTC(),
          url -> new SyncClient(dead != null ? dead : url), 1_000, "screenshots");
      controller = new AppController(login, messages, Clock.systemUTC(), background, Platform::runLater,
          Device.detect(), new SyncEngine.Settings(Duration.ofMillis(300), Duration.ofMinutes(10), 1000, 500));
      Scene scene = TredeApp.scene(controller, width, height);
      if (stage != null && stage.getWidth() != width) {
        stage.close();
        stage = null;
      }
      if (stage == null) {
        stage = new Stage();
        stage.setResizable(false);
      }
      stage.setScene(scene);
      stage.show();
      controller.start(new AppController.Options(server, user, password));
    });
  }

  void awaitSynced() throws Exception {
    await(() -> controller.engine().map(e -> e.status().lastSuccess() != null && !e.status().running())
        .orElse(false));
    settle();
  }

  void logout() throws Exception {
    fx(() -> fire("#logout"));
    fx(controller::close);
  }

  void shot(String name) throws Exception {
    settle();
    WritableImage image = onFx(() -> stage.getScene().snapshot(null));
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        png.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Path file = out.resolve(name + ".png");
    try {
      ImageIO.write(png, "png", file.toFile());
    } catch (IOException e) {
      throw new IOException("cannot write " + file, e);
    }
    saved.add(name);
    System.out.println("saved " + file);
  }

  void scroll(double position) throws Exception {
    fx(() -> {
      Node center = controller.shell().current().view();
      if (center instanceof ScrollPane pane) {
        pane.setVvalue(position);
      }
    });
  }

  /** Scrolls the page so the node is near the top. */
  void scrollTo(String selector) throws Exception {
    fx(() -> {
      Node center = controller.shell().current().view();
      Node target = lookup(selector);
      if (center instanceof ScrollPane pane && target != null) {
        nl.trede.client.support.FieldUi.scrollIntoView(pane, target);
      }
    });
  }

  Node lookup(String selector) {
    return stage.getScene().getRoot().lookup(selector);
  }

  /** The first node whose id starts so, as a selector. */
  String firstId(String prefix) {
    List<Node> found = new ArrayList<>();
    collect(stage.getScene().getRoot(), prefix, found);
    return found.isEmpty() ? null : "#" + found.get(0).getId();
  }

  private static void collect(Node node, String prefix, List<Node> found) {
    if (node.getId() != null && node.getId().startsWith(prefix) && node.isVisible()) {
      found.add(node);
    }
    if (node instanceof javafx.scene.Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, prefix, found);
      }
      if (node instanceof ScrollPane pane && pane.getContent() != null) {
        collect(pane.getContent(), prefix, found);
      }
    }
  }

  void text(String selector, String value) {
    ((TextInputControl) lookup(selector)).setText(value);
  }

  void fire(String selector) {
    Node node = selector == null ? null : lookup(selector);
    if (node instanceof ButtonBase button) {
      button.fire();
    } else if (node != null && node.getOnMouseClicked() != null) {
      // A card that acts as a button (Forms.card).
      node.getOnMouseClicked().handle(null);
    } else {
      throw new IllegalStateException("no button " + selector + " on " + controller.shell().current().title());
    }
  }

  void fx(Runnable action) throws Exception {
    onFx(() -> {
      action.run();
      return null;
    });
    settle();
  }

  static <T> T onFx(Supplier<T> action) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(action.get());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    return result.get(30, TimeUnit.SECONDS);
  }

  void await(BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!onFx(condition::getAsBoolean)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out on " + controller.shell().current().title());
      }
      Thread.sleep(100);
    }
  }

  /** Two pulses: layout and CSS settle before a snapshot. */
  static void settle() throws Exception {
    for (int i = 0; i < 3; i++) {
      onFx(() -> null);
      Thread.sleep(60);
    }
  }
}
