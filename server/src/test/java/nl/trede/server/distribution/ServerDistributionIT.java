package nl.trede.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an IT department installs (docs/deploy.md): the distribution package built, unpacked as it
 * is, and started by its own start script with its settings in an environment file, as the systemd
 * unit starts it. Runs after {@code package} (failsafe), on the real tar.gz.
 */
class ServerDistributionIT {
  @TempDir
  Path temp;

  private Path home;
  private Process server;

  @BeforeEach
  void unpack() throws Exception {
    Path distribution = Path.of(System.getProperty("trede.distribution"));
    assertThat(distribution).exists();
    run(List.of("tar", "-xzf", distribution.toString(), "-C", temp.toString()), temp);
    try (var entries = Files.list(temp)) {
      home = entries.filter(p -> p.getFileName().toString().startsWith("trede-server-")).findFirst().orElseThrow();
    }
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null && server.isAlive()) {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
      server.destroyForcibly();
    }
  }

  @Test
  void holdsWhatTheInstallStepsName() {
    assertThat(home.resolve("bin/trede-server")).isExecutable();
    assertThat(home.resolve("lib/trede-server.jar")).isRegularFile();
    assertThat(home.resolve("conf/jvm.options")).content().contains("-Xmx128m");
    assertThat(home.resolve("conf/trede.env.example")).isRegularFile();
    assertThat(home.resolve("systemd/trede.service")).content()
        .contains("User=trede", "Restart=on-failure", "StateDirectory=trede", "ExecStart=/opt/trede-server/bin/trede-server");
    assertThat(home.resolve("INSTALL.md")).isRegularFile();
  }

  @Test
  void startScriptStartsTheServerWithTheEnvironmentFileAndTheJvmOptions() throws Exception {
    int port = freePort();
    Path data = Files.createDirectories(temp.resolve("var-lib-trede"));
    Path envFile = temp.resolve("trede.env");
    // As an operator writes /etc/trede/trede.env: the settings the service reads.
    Files.writeString(envFile, String.join("\n",
        "# the port and the data directory of this test",
        "TREDE_PORT=" + port,
        "TREDE_DB_PATH='" + data.resolve("trede.db") + "'",
        "TREDE_BACKUP=false",
        ""));
    ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/trede-server").toString())
        .directory(temp.toFile())
        .redirectErrorStream(true)
        .redirectOutput(temp.resolve("server.log").toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("TREDE_") || name.startsWith("MICRONAUT_"));
    builder.environment().put("TREDE_ENV_FILE", envFile.toString());
    server = builder.start();

    HttpResponse<String> health = awaitHealth(port);
    assertThat(health.statusCode()).as(log()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    assertThat(data.resolve("trede.db")).as("the database in the configured data directory").exists();
    // The script execs the JVM (systemd signals it directly) with the options of decision 0010.
    String commandLine = Files.readString(Path.of("/proc", String.valueOf(server.pid()), "cmdline"))
        .replace('\0', ' ');
    assertThat(commandLine).startsWith("java @" + home.resolve("conf/jvm.options") + " ")
        .contains("-jar " + home.resolve("lib/trede-server.jar"));
    assertThat(Files.readString(Path.of("/proc", String.valueOf(server.pid()), "environ")))
        .contains("MALLOC_ARENA_MAX=2");

    // systemd stops it with SIGTERM; the unit counts exit code 143 as a clean stop.
    server.destroy();
    assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(server.exitValue()).isIn(0, 143);
  }

  @Test
  void systemdUnitPassesSystemdsOwnCheck() throws Exception {
    Path analyze = Path.of("/usr/bin/systemd-analyze");
    assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed: the unit was not verified");
    // The unit as installed, pointed at this unpacked copy (verify checks that ExecStart exists).
    Path units = Files.createDirectories(temp.resolve("units"));
    Path unit = units.resolve("trede.service");
    Files.writeString(unit, Files.readString(home.resolve("systemd/trede.service"))
        .replace("/opt/trede-server/bin/trede-server", home.resolve("bin/trede-server").toString()));
    Process verify = new ProcessBuilder(analyze.toString(), "verify", unit.toString())
        .redirectErrorStream(true).start();
    String out = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
    // verify exits 0 on unknown keys and bad values too; it names the file in each complaint.
    assertThat(out.lines().filter(line -> line.contains("trede.service"))).as(out).isEmpty();
    assertThat(verify.exitValue()).as(out).isZero();
  }

  private HttpResponse<String> awaitHealth(int port) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException notYet) {
        if (!server.isAlive() || System.nanoTime() > deadline) {
          throw new AssertionError("the server did not answer /health: " + log(), notYet);
        }
        Thread.sleep(200);
      }
    }
  }

  private String log() {
    try {
      return Files.readString(temp.resolve("server.log"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static void run(List<String> command, Path dir) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
