package nl.trede.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.trede.client.login.LoginService;
import nl.trede.client.store.PasswordKey;
import nl.trede.client.sync.SyncClient;
import nl.trede.domain.Ids;

/**
 * The installed field app's cold start (docs/benchmarks.md, "Installed field app"): the launcher
 * of a jpackage image started as a new process, on FieldBench's caseload (200 candidates, 10,000
 * records, offline login at the real work factor), until the app logs that the caseload was laid
 * out for drawing. Each image in {@code -Dbench.apps=label=bin/Trede,...} is started in turn, run
 * after run, so both see the same machine; {@code -Dbench.busy=2} keeps two other processes busy on
 * the CPU meanwhile. Needs a display (xvfb-run) and xdotool.
 *
 * <p>As FieldBench counts it: once the login page is drawn the coach types the password (3 s,
 * typed here by xdotool, not counted), then taps Inloggen; the figure is start to login page plus
 * Inloggen to caseload. {@code -Dbench.login=auto} logs in at once instead (the demo's
 * {@code --user/--password}), which leaves the app no typing time to warm up in.
 */
public final class PackagedStartBench {
  private static final String LOGIN_PAGE = "startup: login page shown ms=";
  private static final String HOME = "startup: home screen shown ms=";

  private PackagedStartBench() {}

  /**
   * One start: from the process's creation (as this harness saw it) to each line, the app's own
   * figure, and the CPU time the app had used by the caseload (user + system, all its threads, in
   * the 10 ms grain of /proc): what the class-data archive saves, whatever else runs on the machine.
   */
  private record Start(long loginPageMs, long caseloadMs, long appCaseloadMs, long cpuMs) {}

  public static void main(String[] args) throws Exception {
    Map<String, Path> apps = new LinkedHashMap<>();
    for (String app : System.getProperty("bench.apps", "").split(",")) {
      String[] labelled = app.split("=", 2);
      apps.put(labelled[0], Path.of(labelled[1]));
    }
    int runs = Integer.getInteger("bench.runs", 5);
    int busy = Integer.getInteger("bench.busy", 0);
    Path dir = Files.createTempDirectory("trede-packaged-bench");
    Clock clock = Clock.systemUTC();
    LoginService logins = new LoginService(dir, clock, SyncClient::new, PasswordKey.DEFAULT_ITERATIONS, "bench");
    FieldBench.seed(logins.storeFileOf(FieldBench.USER), clock, Ids.newId());

    List<Process> hogs = new ArrayList<>();
    for (int i = 0; i < busy; i++) {
      hogs.add(new ProcessBuilder("sha256sum", "/dev/zero").redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }
    try {
      System.out.printf("%d busy processes; load average %.1f on %d cores%n", busy,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      Map<String, List<Start>> starts = new LinkedHashMap<>();
      // One start each first, not counted: the image's files into the page cache, as after any earlier use.
      for (Map.Entry<String, Path> app : apps.entrySet()) {
        start(app.getValue(), dir);
        starts.put(app.getKey(), new ArrayList<>());
      }
      for (int run = 0; run < runs; run++) {
        for (Map.Entry<String, Path> app : apps.entrySet()) {
          Start start = start(app.getValue(), dir);
          starts.get(app.getKey()).add(start);
          System.out.printf("%s run %d: login page %,d ms, caseload %,d ms (the app's own: %,d ms), CPU %,d ms%n",
              app.getKey(), run + 1, start.loginPageMs(), start.caseloadMs(), start.appCaseloadMs(), start.cpuMs());
        }
      }
      for (Map.Entry<String, List<Start>> each : starts.entrySet()) {
        List<Long> page = each.getValue().stream().map(Start::loginPageMs).sorted().toList();
        List<Long> caseload = each.getValue().stream().map(Start::caseloadMs).sorted().toList();
        List<Long> cpu = each.getValue().stream().map(Start::cpuMs).sorted().toList();
        System.out.printf("%s, %d busy: start to login page median %,d ms (%,d–%,d); start to caseload median %,d ms"
                + " (%,d–%,d); CPU to caseload median %,d ms (%,d–%,d)%n", each.getKey(), busy, page.get(page.size() / 2),
            page.get(0), page.get(page.size() - 1), caseload.get(caseload.size() / 2), caseload.get(0),
            caseload.get(caseload.size() - 1), cpu.get(cpu.size() / 2), cpu.get(0), cpu.get(cpu.size() - 1));
      }
      System.out.printf("load average at the end %.1f%n",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      hogs.forEach(Process::destroy);
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  /**
   * Starts the app offline (the server address answers nothing), logs in as the coach and stops it
   * at the caseload.
   */
  private static Start start(Path launcher, Path dataDir) throws Exception {
    boolean typed = !"auto".equals(System.getProperty("bench.login"));
    List<String> command = new ArrayList<>(List.of(launcher.toString(), "--server=http://127.0.0.1:9",
        "--data-dir=" + dataDir));
    if (!typed) {
      command.addAll(List.of("--user=" + FieldBench.USER, "--password=" + FieldBench.PASSWORD));
    }
    long t0 = System.nanoTime();
    Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<Long> loginPage = new CompletableFuture<>();
    CompletableFuture<long[]> home = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          long at = (System.nanoTime() - t0) / 1_000_000;
          if (line.contains(LOGIN_PAGE)) {
            loginPage.complete(at);
          } else if (line.contains(HOME)) {
            home.complete(new long[] {at, Long.parseLong(line.substring(line.indexOf(HOME) + HOME.length()).strip()),
                cpuMs(app.pid())});
          }
        }
        home.completeExceptionally(new IllegalStateException("the app ended before it showed the caseload"));
      } catch (Exception e) {
        home.completeExceptionally(e);
      }
    }, "app-output");
    reader.setDaemon(true);
    reader.start();
    try {
      long page = loginPage.get(120, TimeUnit.SECONDS);
      long typing = 0;
      if (typed) {
        Thread.sleep(FieldBench.TYPING_MS);
        typeLogin(app.pid());
        // From the login page to the tap on Inloggen is the coach's, not the app's.
        typing = (System.nanoTime() - t0) / 1_000_000 - page;
      }
      long[] caseload = home.get(120, TimeUnit.SECONDS);
      return new Start(page, caseload[0] - typing, caseload[1] - typing, caseload[2]);
    } finally {
      app.destroy();
      app.waitFor(30, TimeUnit.SECONDS);
      app.destroyForcibly();
      Thread.sleep(1_000);
    }
  }

  /** User and system time of a process so far, from /proc/<pid>/stat (fields 14 and 15, in ticks of 10 ms). */
  private static long cpuMs(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    } catch (java.io.IOException e) {
      return -1;
    }
  }

  /**
   * Server field (focused first), Tab, user name, Tab, password, Enter: Inloggen. As real key
   * presses (XTEST) into the focused window: GTK ignores keys sent to a window as events.
   */
  private static void typeLogin(long pid) throws Exception {
    String window = xdotool("search", "--sync", "--onlyvisible", "--pid", String.valueOf(pid), "--name", "Trede")
        .lines().findFirst().orElseThrow();
    xdotool("windowfocus", "--sync", window);
    xdotool("key", "Tab");
    xdotool("type", "--delay", "0", FieldBench.USER);
    xdotool("key", "Tab");
    xdotool("type", "--delay", "0", FieldBench.PASSWORD);
    xdotool("key", "Return");
  }

  private static String xdotool(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("xdotool"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("xdotool " + String.join(" ", args) + ": " + out);
    }
    return out;
  }
}
