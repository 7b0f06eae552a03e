package nl.trede.client.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A fresh database on the PostgreSQL that the test command starts (TREDE_TEST_PG_*), and the
 * options that point a real server process at it.
 */
public final class TestPostgres {
  private TestPostgres() {}

  public static List<String> serverOptions() {
    String admin = env("TREDE_TEST_PG_URL");
    String name = "trede_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(admin, env("TREDE_TEST_PG_USER"), env("TREDE_TEST_PG_PASSWORD"));
         Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a PostgreSQL test database at " + admin, e);
    }
    String url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    // The password is made anew by the test command on every run; nothing secret is stored.
    return List.of("-Dmicronaut.environments=postgres", "-Ddatasources.default.url=" + url,
        "-Ddatasources.default.username=" + env("TREDE_TEST_PG_USER"),
        "-Ddatasources.default.password=" + env("TREDE_TEST_PG_PASSWORD"));
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
