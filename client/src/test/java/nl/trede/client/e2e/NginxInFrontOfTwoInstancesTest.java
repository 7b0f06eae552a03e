package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.StoredRecord;
import nl.trede.client.support.RealServer;
import nl.trede.client.support.TestPostgres;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.domain.Ids;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's nginx configuration ({@code deploy/nginx/trede.conf}, docs/deploy.md) in front of
 * two real server instances on one PostgreSQL database, with the app's own sync engine (compressed
 * pushes and pulls) going through it: both instances serve, and when one hangs, a push sent to it
 * is answered by the other (the push location retries non-idempotent requests), and applied once
 * even after the hung instance wakes up and goes on with the push it had received.
 */
class NginxInFrontOfTwoInstancesTest {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final String PASSWORD = "trede-demo";
  /** Tests run in the client module's folder. */
  private static final Path CONFIGURATION = Path.of("..", "deploy", "nginx", "trede.conf");

  @TempDir
  Path dir;

  @Test
  void devicesSyncThroughNginxAndAPushToAHungInstanceIsAppliedOnceByTheOther() throws Exception {
    Path nginx = Stream.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx").map(Path::of)
        .filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(nginx != null, "nginx is not installed (Debian: apt-get install nginx-light; test.sh installs it):"
        + " the nginx configuration in deploy/nginx is not tested");
    List<RealServer> instances = RealServer.startTogether(2, dir, TestPostgres.serverOptions());
    Process proxy = null;
    List<Session> sessions = new ArrayList<>();
    try {
      int port;
      try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      Path conf = Files.createDirectories(dir.resolve("nginx"));
      proxy = startNginx(nginx, conf, port, instances);
      String url = "http://127.0.0.1:" + port;

      SyncEngine anna = device("coach1", url, sessions);
      SyncEngine colleague = device("coach1b", url, sessions);
      Session annasSession = sessions.get(0);
      UUID candidate = annasSession.store().caseloadFiles().get(0).file().candidate().id();
      List<UUID> contacts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        contacts.add(contact(annasSession, candidate));
        assertThat(anna.syncNow().lastError()).as("sync %d through nginx", i).isNull();
      }
      assertThat(upstreams(conf)).as("requests reached both instances")
          .contains("127.0.0.1:" + instances.get(0).port(), "127.0.0.1:" + instances.get(1).port());

      // One instance hangs: its port still takes the request, nothing answers (a long GC, a stuck
      // disk). nginx gives up on it after the (shortened) read timeout and sends the push to the other.
      instances.get(0).freeze();
      try {
        for (int i = 0; i < 2; i++) {
          contacts.add(contact(annasSession, candidate));
          assertThat(anna.syncNow().lastError()).as("sync with one instance hung").isNull();
        }
        assertThat(Files.readAllLines(conf.resolve("access.log")))
            .as("a push sent to the hung instance and answered by the other")
            .anyMatch(line -> line.contains("POST /api/sync/push") && line.contains(" 200 ")
                && line.contains("upstream=127.0.0.1:" + instances.get(0).port() + ", 127.0.0.1:" + instances.get(1).port()));
      } finally {
        instances.get(0).thaw();
      }
      // The woken instance may now go on with the push it had received: answered from what the
      // other applied, never applied again.
      Thread.sleep(1_000);
      assertThat(colleague.syncNow().lastError()).isNull();
      for (RealServer instance : instances) {
        Map<UUID, RecordChange> held = instance.officeView();
        for (UUID id : contacts) {
          assertThat(held.get(id)).as("contact %s on %s", id, instance.url()).isNotNull()
              .satisfies(c -> assertThat(c.version()).as("applied once").isEqualTo(1));
        }
      }
      for (UUID id : contacts) {
        assertThat(sessions.get(1).store().find(id)).as("the colleague's device has %s", id)
            .map(StoredRecord::serverVersion).hasValue(1L);
      }
      anna.close();
      colleague.close();
    } finally {
      sessions.forEach(s -> s.store().close());
      if (proxy != null) {
        proxy.destroy();
        proxy.waitFor();
      }
      instances.forEach(RealServer::close);
    }
  }

  /**
   * Runs the repository's file as it is, with the instances' addresses, a local port instead of
   * TLS on 443, its own log, and the push's read timeout shortened so the test need not wait 25 s.
   */
  private static Process startNginx(Path nginx, Path conf, int port, List<RealServer> instances) throws Exception {
    String site = Files.readString(CONFIGURATION);
    String upstream = instances.stream()
        .map(i -> "    server 127.0.0.1:" + i.port() + " max_fails=1 fail_timeout=10s;")
        .collect(Collectors.joining("\n"));
    site = replaceOnce(site, "    server 10.0.0.11:8080 max_fails=1 fail_timeout=10s;\n"
        + "    server 10.0.0.12:8080 max_fails=1 fail_timeout=10s;", upstream);
    // Plain http on a free port: no certificate in a test, no port below 1024.
    site = replaceOnce(site, "    listen 80;\n    listen [::]:80;\n", "    listen 127.0.0.1:" + freePort() + ";\n");
    site = replaceOnce(site, "    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n", "    listen 127.0.0.1:" + port + ";\n");
    site = site.lines().filter(line -> !line.trim().startsWith("ssl_")).collect(Collectors.joining("\n"));
    site = replaceOnce(site, "/var/log/nginx/trede-access.log", conf.resolve("access.log").toString());
    site = site.replace("proxy_read_timeout 25s;", "proxy_read_timeout 3s;");
    Files.writeString(conf.resolve("trede.conf"), site);
    // Run as root (as in a container), nginx's workers would become "nobody" and could not write here.
    String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
    Files.writeString(conf.resolve("nginx.conf"), user + """
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 256; }
        http {
          client_body_temp_path %1$s/body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          include %1$s/trede.conf;
        }
        """.formatted(conf));
    Process process = new ProcessBuilder(nginx.toString(), "-e", conf.resolve("error.log").toString(),
        "-p", conf.toString(), "-c", conf.resolve("nginx.conf").toString(), "-g", "daemon off;")
        .redirectErrorStream(true).redirectOutput(conf.resolve("nginx.out").toFile()).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx did not start:\n" + Files.readString(conf.resolve("nginx.out"))
            + (Files.exists(conf.resolve("error.log")) ? Files.readString(conf.resolve("error.log")) : ""));
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return process;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("nginx did not listen on " + port);
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String replaceOnce(String text, String what, String with) {
    int at = text.indexOf(what);
    if (at < 0 || text.indexOf(what, at + 1) >= 0) {
      throw new IllegalStateException("deploy/nginx/trede.conf changed shape: expected once: " + what);
    }
    return text.replace(what, with);
  }

  /** Every upstream address the access log names. */
  private static String upstreams(Path conf) throws IOException {
    return String.join("\n", Files.readAllLines(conf.resolve("access.log")));
  }

  private static UUID contact(Session session, UUID candidate) {
    Contact contact = session.store().create(RecordType.CONTACT, new Contact(Ids.newId(), candidate, null,
        session.user().userId(), LocationType.PHONE, Instant.now().minusSeconds(60), 15, null, "Gebeld", null,
        null, false, false, null));
    return contact.id();
  }

  private SyncEngine device(String user, String url, List<Session> sessions) throws Exception {
    Session session = new LoginService(dir.resolve("device-" + user), CLOCK, SyncClient::new, 1_000, "e2e-nginx")
        .login(url, user, PASSWORD.toCharArray());
    sessions.add(session);
    SyncEngine engine = new SyncEngine(session.store(), new SyncClient(url), CLOCK,
        new Backoff(Duration.ofHours(1), Duration.ofHours(1), new Random(1)), SyncEngine.Settings.standard());
    assertThat(engine.syncNow().lastError()).isNull();
    return engine;
  }
}
