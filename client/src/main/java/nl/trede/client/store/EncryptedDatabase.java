package nl.trede.client.store;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/**
 * Opening the device's encrypted SQLite file: one file per user on a device, encrypted with
 * SQLCipher v4 under a key derived from the password ({@link PasswordKey}), migrated by Flyway
 * (db/client) before the store's one connection opens.
 */
final class EncryptedDatabase {
  private static final int SQLITE_NOTADB = 26;
  /** The newest migration in {@code db/client}; EncryptedDatabaseTest holds the two together. */
  static final String SCHEMA_VERSION = "8";

  private EncryptedDatabase() {}

  /** Whether a store was created at this path before (by an earlier login on this device). */
  static boolean exists(Path databaseFile) {
    return Files.isRegularFile(databaseFile) && Files.isRegularFile(PasswordKey.saltFileOf(databaseFile));
  }

  /**
   * Every file of a store: the database, its salt, and SQLite's write-ahead log, shared memory and
   * rollback journal (those exist only while or after it is open).
   */
  static List<Path> files(Path databaseFile) {
    String name = databaseFile.getFileName().toString();
    return List.of(databaseFile, PasswordKey.saltFileOf(databaseFile), databaseFile.resolveSibling(name + "-wal"),
        databaseFile.resolveSibling(name + "-shm"), databaseFile.resolveSibling(name + "-journal"));
  }

  /** Deletes every file of a closed store; true when none is left. */
  static boolean delete(Path databaseFile) {
    boolean gone = true;
    for (Path file : files(databaseFile)) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        gone = false;
      }
    }
    return gone;
  }

  /** Moves every file of a closed store to another name in the same folder, replacing what is there. */
  static void move(Path from, Path to) {
    delete(to);
    List<Path> source = files(from);
    List<Path> target = files(to);
    try {
      for (int i = 0; i < source.size(); i++) {
        if (Files.exists(source.get(i))) {
          Files.move(source.get(i), target.get(i), StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } catch (IOException e) {
      throw new StoreException("cannot move the store " + from.getFileName(), e);
    }
  }

  /**
   * Opens the file, creating it (with a fresh salt) when it does not exist yet, and migrates it.
   *
   * @param iterations the PBKDF2 work factor for a new file; an existing one keeps its own
   * @throws WrongPasswordException when an existing file does not open with this password
   */
  static Connection open(Path databaseFile, char[] password, int iterations) {
    Path saltFile = PasswordKey.saltFileOf(databaseFile);
    boolean fresh = !Files.exists(databaseFile);
    if (fresh) {
      PasswordKey.createSalt(saltFile, iterations);
      OwnerOnly.create(databaseFile);
    }
    byte[] key = PasswordKey.derive(password, saltFile);
    String url = "jdbc:sqlite:" + databaseFile.toAbsolutePath();
    try {
      boolean current;
      try (Connection probe = connectChecked(url, key)) {
        checkKey(probe);
        current = isCurrent(probe);
      }
      // The main connection opens after migrating: a connection opened before another one
      // changed the schema of an encrypted file may keep seeing the old schema.
      if (!current) {
        migrate(url, key);
      }
      Connection connection = connect(url, key);
      OwnerOnly.restrict(databaseFile);
      try {
        checkKey(connection);
        return connection;
      } catch (RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot open the local store", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static Connection connect(String url, byte[] key) throws SQLException {
    // The key is already stretched by PBKDF2: a raw key skips SQLCipher's own second KDF,
    // which would only slow down every open.
    SQLiteConfig config = SQLiteMCSqlCipherConfig.getV4Defaults().withRawUnsaltedKey(key).build();
    config.setBusyTimeout(5000);
    // Write-ahead log, every commit still synced (decision 0032): a save appends its pages once
    // instead of copying each old page to a rollback journal first, which on a caseload of 10,000
    // records took the 95th percentile of saving a contact from about 20 ms to about 5 ms, and
    // halved storing a first sync. FULL keeps every commit durable through a power cut.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    return config.createConnection(url);
  }

  /** SQLCipher reports a wrong key as "file is not a database", when keying or on first read. */
  private static Connection connectChecked(String url, byte[] key) throws SQLException {
    try {
      return connect(url, key);
    } catch (SQLException e) {
      if (e.getErrorCode() == SQLITE_NOTADB || String.valueOf(e.getMessage()).contains("not a database")) {
        throw new WrongPasswordException(e);
      }
      throw e;
    }
  }

  private static void checkKey(Connection connection) {
    try (var statement = connection.createStatement()) {
      statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
    } catch (SQLException e) {
      throw new WrongPasswordException(e);
    }
  }

  /**
   * Whether the store's schema is already this app's. Then Flyway is not started at all: loading
   * it, finding the migrations and checking them took about 0.25 s of every login on a cold start
   * (docs/benchmarks.md, "Installed field app"), for nothing to do. A store at any other version,
   * older or (after a downgrade) newer, goes through Flyway, which migrates or refuses it.
   */
  private static boolean isCurrent(Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
         var history = statement.executeQuery(
             "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
      if (!history.next() || history.getInt(1) == 0) {
        return false;
      }
    }
    try (var statement = connection.createStatement();
         var last = statement.executeQuery("SELECT version FROM flyway_schema_history"
             + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
      return last.next() && SCHEMA_VERSION.equals(last.getString(1));
    }
  }

  private static void migrate(String url, byte[] key) {
    byte[] copy = key.clone();
    Flyway.configure()
        .dataSource(new KeyedDataSource(url, copy))
        .locations("classpath:db/client")
        // Plain java.util.logging: the app ships no logging framework.
        .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
        .load()
        .migrate();
    Arrays.fill(copy, (byte) 0);
  }

  /** Flyway opens its own connections; each one must carry the key. */
  private record KeyedDataSource(String url, byte[] key) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return connect(url, key);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getLogger("nl.trede.client.store");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
