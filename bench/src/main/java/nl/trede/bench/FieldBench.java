package nl.trede.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.trede.client.TredeApp;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.PasswordKey;
import nl.trede.client.store.StoredSession;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.ui.caseload.CaseloadPresenter;
import nl.trede.client.ui.caseload.CaseloadView;
import nl.trede.client.ui.contact.ContactFormPresenter;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.CaseloadGroup;
import nl.trede.config.ContactPolicy;
import nl.trede.config.ContactRule;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.Population;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Plan;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;

/**
 * The field app's figures of docs/benchmarks.md, on this machine, without a server: a coach's
 * encrypted store holding a realistic caseload (200 candidates, 10,000 records, as a sync would
 * leave it) and
 * <ul>
 *   <li>saving a contact the way Opslaan does (the form's checks, then record and outbox in one
 *       transaction): p50, p95, p99 over 1,000 saves after 100 to warm up;</li>
 *   <li>from the start of the process to "Mijn kandidaten" drawn: JVM start, JavaFX start, the
 *       offline login (PBKDF2 at the real work factor, opening the encrypted file), the caseload
 *       read and its first render in a 360×640 scene (headless).</li>
 * </ul>
 */
public final class FieldBench {
  private static final int CANDIDATES = 200;
  private static final int RECORDS = 10_000;
  private static final int SAVES = 1_000;
  private static final int WARM_UP = 100;
  static final String USER = "coach1";
  static final String PASSWORD = "een-lang-wachtwoord";
  /** How long the coach takes to type the password on a phone; not counted in any figure. */
  static final long TYPING_MS = 3_000;

  public static void main(String[] args) throws Exception {
    // Headless JavaFX, as in the client's tests: the render is measured without a display.
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("prism.text", "t2k");
    long mainAt = System.nanoTime();
    Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    long jvmToMain = ChronoUnit.MILLIS.between(processStart, Instant.now());

    // -Dbench.dir puts the store elsewhere, e.g. on tmpfs to see what the disk's fsync costs.
    Path dir = Files.createTempDirectory(Path.of(System.getProperty("bench.dir",
        System.getProperty("java.io.tmpdir"))), "trede-field-bench");
    System.out.printf("load average at start: %.1f on %d cores%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    UUID coach = Ids.newId();
    Clock clock = Clock.systemUTC();
    LoginService logins = new LoginService(dir, clock, SyncClient::new, PasswordKey.DEFAULT_ITERATIONS, "bench");
    long seedStart = System.nanoTime();
    int stored = seed(logins.storeFileOf(USER), clock, coach);
    System.out.printf("seeded %,d records for %d candidates in %,d ms%n", stored, CANDIDATES,
        (System.nanoTime() - seedStart) / 1_000_000);

    // ---- start to caseload, as the app goes: the login page is drawn, the coach types the password
    // (not measured), taps Inloggen, and the caseload is drawn. First in this process (cold), then
    // warm repeats.
    long fxStart = System.nanoTime();
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get(30, TimeUnit.SECONDS);
    // Each run closes its window; JavaFX must not take that as the end of the application.
    Platform.setImplicitExit(false);
    long fxMs = (System.nanoTime() - fxStart) / 1_000_000;
    long[] cold = startToCaseload(logins, clock, true);
    long untilLogin = jvmToMain + fxMs + cold[0];
    System.out.printf("start to login page drawn, cold: JVM to main %,d ms + JavaFX %,d ms + login page %,d ms = %,d ms%n",
        jvmToMain, fxMs, cold[0], untilLogin);
    System.out.printf("Inloggen to caseload drawn, cold: login %,d ms + caseload read %,d ms + render %,d ms = %,d ms%n",
        cold[1], cold[2], cold[3], cold[1] + cold[2] + cold[3]);
    System.out.printf("start to caseload drawn, cold, without the %,d ms of typing: %,d ms%n", TYPING_MS,
        untilLogin + cold[1] + cold[2] + cold[3]);
    List<Long> warmLogin = new ArrayList<>();
    List<Long> warmRead = new ArrayList<>();
    List<Long> warmRender = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long[] warm = startToCaseload(logins, clock, false);
      warmLogin.add(warm[1]);
      warmRead.add(warm[2]);
      warmRender.add(warm[3]);
    }
    System.out.printf("Inloggen to caseload drawn, warm (median of 5): login %,d ms + caseload read %,d ms + render %,d ms%n",
        median(warmLogin), median(warmRead), median(warmRender));

    // ---- saving a contact
    Session session = logins.login(null, USER, PASSWORD.toCharArray());
    LocalStore store = session.store();
    FieldContext context = new FieldContext(store, Messages.dutch(), clock, session.user(),
        nl.trede.client.device.Device.detect());
    List<Candidate> candidates = store.all(RecordType.CANDIDATE);
    Random random = new Random(7);
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < WARM_UP + SAVES; i++) {
      Candidate c = candidates.get(random.nextInt(candidates.size()));
      ContactFormPresenter form = new ContactFormPresenter(context, c.id(), null, false, saved -> {});
      form.summary().set("Huisbezoek " + i + ": dagritme, vrijwilligerswerk en de schuldhulp besproken.");
      form.agreements().set("Kandidaat belt zelf de Voedselbank; coach vraagt de werkgever om een gesprek.");
      form.nextIn(14);
      long t = System.nanoTime();
      boolean ok = form.save();
      long took = (System.nanoTime() - t) / 1_000;
      if (!ok) {
        throw new IllegalStateException("a contact did not save: " + form.errors().general().get());
      }
      if (i >= WARM_UP) {
        micros.add(took);
      }
    }
    Collections.sort(micros);
    System.out.printf("save a contact (form checks + record + outbox, %,d saves into %,d records): p50 %.1f ms,"
        + " p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", SAVES, stored, pct(micros, 50), pct(micros, 95),
        pct(micros, 99), micros.get(micros.size() - 1) / 1000.0);
    System.out.printf("outbox after the run: %,d pending%n", store.pendingCount());
    store.close();
    System.out.printf("bench ran %,d ms in all%n", (System.nanoTime() - mainAt) / 1_000_000);
    Platform.exit();
  }

  /**
   * Login page drawn, then login, caseload read and the caseload drawn in the same window, in ms;
   * the store is closed again afterwards.
   */
  private static long[] startToCaseload(LoginService logins, Clock clock, boolean first) throws Exception {
    long t0 = System.nanoTime();
    Stage stage = onFx(() -> {
      javafx.application.Application.setUserAgentStylesheet(
          new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
      nl.trede.client.ui.shell.AppShell shell = new nl.trede.client.ui.shell.AppShell(Messages.dutch());
      nl.trede.client.ui.login.LoginPresenter login = new nl.trede.client.ui.login.LoginPresenter(logins,
          Messages.dutch(), Runnable::run, Runnable::run, s -> {});
      shell.show(new nl.trede.client.ui.shell.Screen("Inloggen", new nl.trede.client.ui.login.LoginView(login,
          Messages.dutch()), true, null));
      Scene scene = new Scene(shell, 360, 640);
      scene.getStylesheets().add(TredeApp.class.getResource("trede.css").toExternalForm());
      Stage window = new Stage();
      window.setScene(scene);
      window.show();
      // A snapshot draws the scene: CSS, layout and rendering, as the first frame would.
      scene.snapshot(null);
      return window;
    });
    long page = (System.nanoTime() - t0) / 1_000_000;
    if (first) {
      // As TredeApp does once the login page is up, and the three seconds a password takes to type.
      nl.trede.client.Prewarm.start(TredeApp.class.getResource("trede.css").toExternalForm());
      Thread.sleep(TYPING_MS);
    }
    long t1 = System.nanoTime();
    Session session = logins.login(null, USER, PASSWORD.toCharArray());
    if (session.online()) {
      throw new IllegalStateException("the bench measures the offline start");
    }
    long t2 = System.nanoTime();
    FieldContext context = new FieldContext(session.store(), Messages.dutch(), clock, session.user(),
        nl.trede.client.device.Device.detect());
    CaseloadPresenter presenter = new CaseloadPresenter(context, id -> {}, null);
    presenter.refresh();
    long t3 = System.nanoTime();
    int rows = onFx(() -> {
      nl.trede.client.ui.shell.AppShell shell = (nl.trede.client.ui.shell.AppShell) stage.getScene().getRoot();
      shell.show(new nl.trede.client.ui.shell.Screen("Mijn kandidaten", new CaseloadView(presenter, Messages.dutch()),
          true, null));
      stage.getScene().snapshot(null);
      stage.close();
      return presenter.rows().size();
    });
    long t4 = System.nanoTime();
    if (rows != CANDIDATES) {
      throw new IllegalStateException("the caseload showed " + rows + " candidates");
    }
    session.store().close();
    return new long[] {page, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
        (t4 - t3) / 1_000_000};
  }

  /**
   * A store as a coach's first sync leaves it: the municipality's configuration, 10 employers, and
   * 200 candidates with their history, 10,000 records in all, in pages of 1,000.
   */
  static int seed(Path file, Clock clock, UUID coach) {
    LocalStore store = LocalStore.open(file, PASSWORD.toCharArray(), clock);
    store.saveSession(new StoredSession("http://127.0.0.1:9", USER, coach, "Anna de Vries",
        Role.PARTICIPATION_COACH, "overbetuwe", "Gemeente Overbetuwe", "bench-token"));
    LocalDate today = LocalDate.now(clock.withZone(Violations.ZONE));
    Instant now = clock.instant();
    Random random = new Random(2026);
    List<DomainRecord> records = new ArrayList<>();
    List<RecordType> types = new ArrayList<>();
    records.add(config());
    types.add(RecordType.CONFIGURATION);
    List<Employer> employers = new ArrayList<>();
    for (int e = 0; e < 10; e++) {
      Employer employer = new Employer(Ids.newId(), "Werkgever " + e, String.valueOf(10_000_000 + e),
          Sector.values()[e % Sector.values().length], "Industrieweg " + e, "Contact " + e, null, null, e % 2 == 0,
          false, null, null);
      employers.add(employer);
      records.add(employer);
      types.add(RecordType.EMPLOYER);
    }
    String[] tracks = {"werk", "groei", "meedoen"};
    int history = RECORDS - records.size() - CANDIDATES;
    for (int i = 0; i < CANDIDATES; i++) {
      // 10,000 records exactly: the history spread as evenly as it divides.
      int perCandidate = history / CANDIDATES + (i < history % CANDIDATES ? 1 : 0);
      Candidate c = new Candidate(Ids.newId(), "Kandidaat", "Nummer " + i, today.minusYears(20 + i % 45),
          "06-12345678", "Dorpsstraat " + i, null, List.of(coach), today.minusMonths(6 + i % 50),
          i % 5 == 0 ? EnumSet.of(CandidateFlag.LANGUAGE_BELOW_LEVEL) : EnumSet.noneOf(CandidateFlag.class),
          Map.of("spoor", tracks[i % 3]), null, List.of(), List.of(),
          new Plan("Doel", "Ondersteuning", 12, 14 + 7 * (i % 3), null), null, null, null, null,
          new BigDecimal("24"));
      records.add(c);
      types.add(RecordType.CANDIDATE);
      LocalDate intake = today.minusMonths(18);
      records.add(new LadderStep(Ids.newId(), c.id(), null, 1 + i % 4, intake, "Intake", coach, null));
      types.add(RecordType.LADDER_STEP);
      records.add(new LadderStep(Ids.newId(), c.id(), 1 + i % 4, 2 + i % 4, intake.plusMonths(6), "Stap", coach, null));
      types.add(RecordType.LADDER_STEP);
      for (int k = 0; k < perCandidate - 2; k++) {
        if (k % 3 == 2) {
          records.add(new CoachingHours(Ids.newId(), c.id(), employers.get(i % 10).id(), today.minusDays(3L * k + 1),
              2 + random.nextInt(8), CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, coach, null, null, null,
              null, null));
          types.add(RecordType.COACHING_HOURS);
        } else {
          records.add(new Contact(Ids.newId(), c.id(), null, coach, LocationType.HOME,
              now.minus(3L * k + 1, ChronoUnit.DAYS), 45, null,
              "Gesprek over dagritme, werk en gezondheid; afspraken gemaakt over de komende weken.",
              "Kandidaat neemt zelf contact op met de werkgever.", k == 0 ? today.plusDays(14) : null, false, false,
              null));
          types.add(RecordType.CONTACT);
        }
      }
    }
    List<PullPage> pages = new ArrayList<>();
    for (int from = 0; from < records.size(); from += 1000) {
      List<RecordChange> changes = new ArrayList<>();
      for (int i = from; i < Math.min(records.size(), from + 1000); i++) {
        changes.add(new RecordChange(types.get(i), records.get(i).id(), 1, false,
            Json.MAPPER.valueToTree(records.get(i)), List.of()));
      }
      pages.add(new PullPage(changes, "bench-" + from, from + 1000 < records.size(), List.of()));
    }
    // Only the store's own work, as a first sync's pages arrive: what the page writer costs.
    // CPU time beside wall time: on a shared machine the wall time swings with the other work.
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long storing = System.nanoTime();
    long storingCpu = threads.getCurrentThreadCpuTime();
    for (PullPage page : pages) {
      store.storePullPage(page);
    }
    System.out.printf("stored a first sync of %,d records in %d pages: %,d ms (CPU %,d ms)%n", records.size(),
        pages.size(), (System.nanoTime() - storing) / 1_000_000,
        (threads.getCurrentThreadCpuTime() - storingCpu) / 1_000_000);
    int count = store.records().size();
    store.close();
    return count;
  }

  /** Overbetuwe's scheme in short: three tracks, a youth group, yearly contact for "meedoen". */
  private static MunicipalityConfig config() {
    Dimension track = new Dimension("spoor", "Spoor", null, List.of(new DimensionValue("werk", "Focus op werk"),
        new DimensionValue("groei", "Focus op groei"), new DimensionValue("meedoen", "Focus op meedoen")),
        true, "000 §4");
    Population meedoen = new Population(Map.of("spoor", List.of("meedoen")), null, null, null, null, null, null,
        null, null);
    return new MunicipalityConfig(MunicipalityConfig.idFor("overbetuwe"), "overbetuwe", "Gemeente Overbetuwe", 1,
        "bench", List.of(track), List.of(new CaseloadGroup("jongeren", "Jongeren tot 27 jaar",
            new Population(null, null, null, null, null, 27, null, null, null), "000 §1.1")),
        List.of(), List.of(), new ContactPolicy(42, List.of(new ContactRule(meedoen, 365, "000 §5.3"))), List.of(),
        List.of());
  }

  private static <T> T onFx(Supplier<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(work.get());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    return result.get(60, TimeUnit.SECONDS);
  }

  private static double pct(List<Long> sortedMicros, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
    return sortedMicros.get(Math.max(0, index)) / 1000.0;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

}
