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
 *   <li>the folder of the database file is created, so a fresh install starts without setup.</li>
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

  private static void createFolderOf(String url) {
    String file = url.substring(PREFIX.length());
    int query = file.indexOf('?');
    if (query >= 0) {
      file = file.substring(0, query);
    }
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database folder", e);
    }
  }
}
