package nl.trede.server.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * The xerial SQLite driver with two fixes for running under Micronaut Data:
 * <ul>
 *   <li>xerial refuses {@code Connection.setReadOnly} once connected, which Micronaut Data calls
 *       on every read-only transaction; here it is a no-op (SQLite has no read-only mode per
 *       transaction anyway);</li>
 *   <li>the folder of the database file is created, so a fresh install starts without setup;</li>
 *   <li>a file database does not checkpoint its write-ahead log inside a commit: the server's
 *       {@link WalCheckpointer} does that off the write path.</li>
 * </ul>
 */
public class SqliteDriver extends JDBC {
  static {
    try {
      DriverManager.registerDriver(new SqliteDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    createFolderOf(url);
    Connection connection = super.connect(url, info);
    if (isFile(url)) {
      try (var statement = connection.createStatement()) {
        statement.execute("PRAGMA wal_autocheckpoint=0");
      }
    }
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("setReadOnly")) {
            return null;
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static String fileOf(String url) {
    String file = url.substring(PREFIX.length());
    int query = file.indexOf('?');
    return query >= 0 ? file.substring(0, query) : file;
  }

  private static boolean isFile(String url) {
    String file = fileOf(url);
    return !(file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:"));
  }

  private static void createFolderOf(String url) {
    if (!isFile(url)) {
      return;
    }
    String file = fileOf(url);
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database folder", e);
    }
  }
}
