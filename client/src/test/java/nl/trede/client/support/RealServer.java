package nl.trede.client.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real Trede server as a separate process on a free port, with its own SQLite file and the
 * demo data. A separate process because the server's SQLite driver and the client's encrypted
 * one share a package and must never meet on one classpath.
 */
public final class RealServer implements AutoCloseable {
  private final List<String> command;
  private final Path log;
  private final int port;
  private Process process;

  private RealServer(List<String> command, Path log, int port) {
    this.command = command;
    this.log = log;
    this.port = port;
  }

  /** The server jar the build points at, if it has been built. */
  public static Path jar() {
    String path = System.getProperty("trede.server.jar", "");
    return path.isEmpty() ? null : Path.of(path);
  }

  /**
   * Starts the jar the build made, on a SQLite file in {@code dir}, with extra options. Fails rather
   * than skips without the jar: the test command always builds it, and a skipped end-to-end test
   * would prove nothing.
   */
  public static RealServer startBuilt(Path dir, String... options) throws IOException, InterruptedException {
    Path jar = jar();
    if (jar == null || !java.nio.file.Files.isRegularFile(jar)) {
      throw new IllegalStateException("the server jar is missing: build it first (mvn -pl server -am package -DskipTests)");
    }
    List<String> all = new java.util.ArrayList<>(List.of("-Dtrede.db.path=" + dir.resolve("server.db")));
    all.addAll(List.of(options));
    return start(jar, dir, all);
  }

  /** Stops a server that may not have started. */
  public static void stop(RealServer server) {
    if (server != null) {
      server.close();
    }
  }

  public static RealServer start(Path jar, Path dir) throws IOException, InterruptedException {
    return start(jar, dir, List.of("-Dtrede.db.path=" + dir.resolve("server.db")));
  }

  /**
   * Starts the server with extra JVM options, e.g. those selecting PostgreSQL
   * ({@link TestPostgres#serverOptions()}).
   */
  public static RealServer start(Path jar, Path dir, List<String> options) throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The JVM options every start of the server uses (next to the jar's target folder); later
    // options, such as a benchmark's, override them.
    Path jvmOptions = jar.toAbsolutePath().getParent().resolveSibling("jvm.options");
    List<String> command = new java.util.ArrayList<>(List.of(java, "@" + jvmOptions,
        "-Dmicronaut.server.port=" + port, "-Dtrede.demo.enabled=true"));
    command.addAll(options);
    command.addAll(List.of("-jar", jar.toString()));
    RealServer server = new RealServer(command, dir.resolve("server.log"), port);
    server.launch();
    return server;
  }

  /**
   * Instances of the server on one database (PostgreSQL: {@link TestPostgres#serverOptions()}),
   * each in a folder {@code server-<i>} of {@code dir}, started at the same moment as an
   * orchestrator starts them behind a load balancer.
   */
  public static List<RealServer> startTogether(int count, Path dir, List<String> options) throws Exception {
    java.util.concurrent.ExecutorService starting = java.util.concurrent.Executors.newFixedThreadPool(count);
    try {
      List<java.util.concurrent.Future<RealServer>> started = new java.util.ArrayList<>();
      for (int i = 0; i < count; i++) {
        Path home = Files.createDirectories(dir.resolve("server-" + i));
        started.add(starting.submit(() -> start(jar(), home, options)));
      }
      List<RealServer> instances = new java.util.ArrayList<>();
      Exception failed = null;
      for (java.util.concurrent.Future<RealServer> s : started) {
        try {
          instances.add(s.get());
        } catch (java.util.concurrent.ExecutionException e) {
          failed = e;
        }
      }
      if (failed != null) {
        instances.forEach(RealServer::close);
        throw failed;
      }
      return instances;
    } finally {
      starting.shutdown();
    }
  }

  private void launch() throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    // Native memory stays bounded with two malloc arenas instead of one per busy thread
    // (decision 0010); a production start sets the same.
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    process = builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    awaitHealthy(Duration.ofSeconds(90));
  }

  /** The server process's id, for what /proc tells of it (a benchmark's CPU time). */
  public long pid() {
    return process.pid();
  }

  /** The server's peak resident memory so far, in MB (Linux). */
  public long peakRssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook, no flush. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGSTOP: the process hangs, its port still accepts connections, nothing answers. */
  public void freeze() throws IOException, InterruptedException {
    signal("STOP");
  }

  /** SIGCONT after {@link #freeze()}: it carries on with what it had received. */
  public void thaw() throws IOException, InterruptedException {
    signal("CONT");
  }

  private void signal(String name) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + name + " failed");
    }
  }

  /** Everything the token's user may see, each record in its latest state, asked of this instance directly. */
  public java.util.Map<java.util.UUID, nl.trede.sync.RecordChange> view(String token) throws Exception {
    nl.trede.client.sync.SyncClient direct = new nl.trede.client.sync.SyncClient(url());
    java.util.Map<java.util.UUID, nl.trede.sync.RecordChange> view = new java.util.HashMap<>();
    String cursor = null;
    nl.trede.sync.PullPage page;
    do {
      page = direct.pull(token, cursor, 5000);
      page.changes().forEach(c -> view.put(c.id(), c));
      cursor = page.cursor();
    } while (page.hasMore());
    return view;
  }

  /** The whole demo municipality as this instance holds it, seen by its office account. */
  public java.util.Map<java.util.UUID, nl.trede.sync.RecordChange> officeView() throws Exception {
    return view(new nl.trede.client.sync.SyncClient(url())
        .login("office1", "trede-demo", nl.trede.domain.Ids.newId(), "observer").token());
  }

  /** The port the server listens on. */
  public int port() {
    return port;
  }

  /** Starts the server again on the same port and database after {@link #kill()}. */
  public void restart() throws IOException, InterruptedException {
    if (process.isAlive()) {
      kill();
    }
    launch();
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped:\n" + tail());
      }
      try {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException("the server did not become healthy:\n" + tail());
  }

  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
