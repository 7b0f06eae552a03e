package nl.trede.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Server configurations for tests: a fresh SQLite file, or a fresh database on the real
 * PostgreSQL that the test command starts (connection given by TREDE_TEST_PG_* variables).
 */
public final class TestDatabases {
  /**
   * As the demo runs: the console tests log in as the demo's office and admin users many times a
   * minute, which a one-time code per 30 seconds would not allow. The second factor has its own
   * tests, with the installation's default (TwoFactorLoginContract).
   */
  public static final Map<String, String> CONSOLE_WITHOUT_SECOND_FACTOR = Map.of("trede.office.two-factor", "optional");

  private TestDatabases() {}

  /** A database's properties with the installation's default: office and admin need a second factor. */
  public static Map<String, String> secondFactorRequired(Map<String, String> database) {
    Map<String, String> properties = new HashMap<>(database);
    properties.remove("trede.office.two-factor");
    return properties;
  }

  /**
   * A database as a real installation starts on it: empty, without the demo, and with the second
   * factor the installation's default.
   */
  public static Map<String, String> installation(Map<String, String> database) {
    Map<String, String> properties = secondFactorRequired(database);
    properties.put("trede.demo.enabled", "false");
    return properties;
  }

  /** The operator's settings that start a municipality with its first admin (docs/operations.md). */
  public static Map<String, String> withSetup(Map<String, String> database, String municipality, String adminUsername,
      String adminPassword) {
    Map<String, String> properties = new HashMap<>(database);
    properties.put("trede.setup.municipality", municipality);
    properties.put("trede.setup.admin-username", adminUsername);
    properties.put("trede.setup.admin-password", adminPassword);
    return properties;
  }

  /**
   * Identical server instances on one database, each on a random port, as behind a load balancer;
   * started at the same moment, as an orchestrator starts them (DESIGN §6: migrations, the demo and
   * the console's catch-up must each happen once however their starts interleave).
   */
  public static java.util.List<io.micronaut.runtime.server.EmbeddedServer> instances(int count,
      Map<String, String> database) {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(count);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    try {
      java.util.List<java.util.concurrent.Future<io.micronaut.runtime.server.EmbeddedServer>> starting =
          new java.util.ArrayList<>();
      for (int i = 0; i < count; i++) {
        starting.add(pool.submit(() -> {
          go.await();
          Map<String, Object> properties = new HashMap<>(database);
          properties.put("micronaut.server.port", -1);
          return io.micronaut.context.ApplicationContext.run(io.micronaut.runtime.server.EmbeddedServer.class,
              properties, "postgres");
        }));
      }
      go.countDown();
      java.util.List<io.micronaut.runtime.server.EmbeddedServer> servers = new java.util.ArrayList<>();
      RuntimeException failed = null;
      for (java.util.concurrent.Future<io.micronaut.runtime.server.EmbeddedServer> s : starting) {
        try {
          servers.add(s.get());
        } catch (java.util.concurrent.ExecutionException e) {
          failed = new IllegalStateException("an instance did not start beside the others", e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failed = new IllegalStateException(e);
        }
      }
      if (failed != null) {
        servers.forEach(io.micronaut.runtime.server.EmbeddedServer::stop);
        throw failed;
      }
      return servers;
    } finally {
      pool.shutdown();
    }
  }

  public static Map<String, String> sqlite() {
    try {
      Path dir = Files.createTempDirectory("trede-test");
      Map<String, String> properties = new HashMap<>();
      properties.put("trede.db.path", dir.resolve("trede.db").toString());
      properties.put("trede.demo.enabled", "true");
      properties.put("micronaut.server.port", "-1");
      properties.putAll(CONSOLE_WITHOUT_SECOND_FACTOR);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Properties that select PostgreSQL, pointing at a database created just for the caller. Like
   * {@link #sqlite()}, on a random port: application.yml names 8080, which a demo may be using.
   */
  public static Map<String, String> postgres() {
    return postgres(freshPostgresDatabase());
  }

  /** Properties that select PostgreSQL on the database at {@code url}, e.g. one restored from a dump. */
  public static Map<String, String> postgres(String url) {
    Map<String, String> properties = new HashMap<>();
    properties.put("micronaut.environments", "postgres");
    properties.put("datasources.default.url", url);
    properties.put("datasources.default.username", env("TREDE_TEST_PG_USER"));
    properties.put("datasources.default.password", env("TREDE_TEST_PG_PASSWORD"));
    properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
    properties.put("datasources.default.db-type", "postgres");
    properties.put("datasources.default.dialect", "POSTGRES");
    properties.put("flyway.datasources.default.locations", "classpath:db/postgres");
    properties.put("trede.demo.enabled", "true");
    properties.put("micronaut.server.port", "-1");
    properties.putAll(CONSOLE_WITHOUT_SECOND_FACTOR);
    return properties;
  }

  /** A server on the database, on a random port, with the database's environment (postgres or none). */
  public static io.micronaut.runtime.server.EmbeddedServer start(Map<String, String> database) {
    Map<String, Object> properties = new HashMap<>(database);
    properties.put("micronaut.server.port", -1);
    String environments = database.get("micronaut.environments");
    return environments == null
        ? io.micronaut.context.ApplicationContext.run(io.micronaut.runtime.server.EmbeddedServer.class, properties)
        : io.micronaut.context.ApplicationContext.run(io.micronaut.runtime.server.EmbeddedServer.class, properties,
            environments);
  }

  /**
   * Runs a PostgreSQL client program (pg_dump, pg_restore, psql) against {@code jdbcUrl}, appended
   * as its last argument; the test role's password goes by environment, never on the command line.
   */
  public static void postgresTool(java.util.List<String> command, String jdbcUrl)
      throws IOException, InterruptedException {
    java.util.List<String> full = new java.util.ArrayList<>(command);
    full.add(jdbcUrl.substring("jdbc:".length()) + "?user=" + env("TREDE_TEST_PG_USER"));
    ProcessBuilder builder = new ProcessBuilder(full).inheritIO();
    builder.environment().put("PGPASSWORD", env("TREDE_TEST_PG_PASSWORD"));
    Process process = builder.start();
    if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new AssertionError(command.get(0) + " failed");
    }
  }

  public static String freshPostgresDatabase() {
    String admin = env("TREDE_TEST_PG_URL");
    String name = "trede_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(admin, env("TREDE_TEST_PG_USER"), env("TREDE_TEST_PG_PASSWORD"));
         Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a PostgreSQL test database at " + admin, e);
    }
    return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run the tests with ./test.sh, which starts"
          + " PostgreSQL and sets it");
    }
    return value;
  }
}
