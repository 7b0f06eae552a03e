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
   * Opens the file, creating it (with a fresh key file) when it does not exist yet, and migrates it.
   * A current store is opened once: with the key derived natively each opening costs the whole
   * key derivation (decision 0069), so the connection that checked the key is the one returned.
   *
   * @param iterations the work factor for a new file; an existing one keeps its own
   * @throws WrongPasswordException when an existing file does not open with this password
   */
  static Connection open(Path databaseFile, char[] password, int iterations) {
    Path keyFile = PasswordKey.saltFileOf(databaseFile);
    if (!Files.exists(databaseFile)) {
      PasswordKey.createKeyFile(keyFile, iterations);
      OwnerOnly.create(databaseFile);
    }
    PasswordKey.StoreKey derived = PasswordKey.derive(password, keyFile);
    PasswordKey.StoreKey key = derived;
    String url = "jdbc:sqlite:" + databaseFile.toAbsolutePath();
    try {
      Connection connection;
      try {
        connection = openChecked(url, key);
      } catch (WrongPasswordException e) {
        if (!(key instanceof PasswordKey.StoreKey.Raw)) {
          throw e;
        }
        // A re-key that committed before its key file was replaced (a crash between the two).
        key = new PasswordKey.StoreKey.Native(PasswordKey.passphrase(password), iterations);
        connection = openChecked(url, key);
        PasswordKey.replaceKeyFile(keyFile, iterations);
      }
      try {
        if (key instanceof PasswordKey.StoreKey.Raw) {
          key = rekey(connection, keyFile, password, iterations);
        }
        if (!isCurrent(connection)) {
          // A connection opened before another one changed the schema of an encrypted file may
          // keep seeing the old schema: the store's connection opens after migrating.
          connection.close();
          migrate(url, key);
          connection = openChecked(url, key);
        }
        OwnerOnly.restrict(databaseFile);
        return connection;
      } catch (RuntimeException | SQLException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot open the local store", e);
    } finally {
      if (derived instanceof PasswordKey.StoreKey.Raw raw) {
        Arrays.fill(raw.key(), (byte) 0);
      }
    }
  }

  /**
   * Re-keys a store made before decision 0069 (its key derived in Java) to the native scheme, in
   * place: SQLCipher re-encrypts every page in one transaction (which it does not do in WAL mode,
   * so the log is folded in and left for that moment), then the key file is replaced in one step.
   * A crash between the two leaves a store the old key file does not open: {@link #open} then tries
   * the password once more in the native scheme.
   */
  private static PasswordKey.StoreKey rekey(Connection connection, Path keyFile, char[] password, int iterations)
      throws SQLException {
    PasswordKey.StoreKey.Native next = new PasswordKey.StoreKey.Native(PasswordKey.passphrase(password), iterations);
    try (var statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = DELETE");
      statement.execute("PRAGMA kdf_iter = " + iterations);
      // Hexadecimal digits only (PasswordKey.passphrase): nothing to quote.
      statement.execute("PRAGMA rekey = '" + next.passphrase() + "'");
      statement.execute("PRAGMA journal_mode = WAL");
    }
    PasswordKey.replaceKeyFile(keyFile, iterations);
    return next;
  }

  private static Connection connect(String url, PasswordKey.StoreKey key) throws SQLException {
    SQLiteConfig config = key.cipher().build();
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

  /** A connection whose key was checked by a first read. */
  private static Connection openChecked(String url, PasswordKey.StoreKey key) throws SQLException {
    Connection connection = connectChecked(url, key);
    try {
      checkKey(connection);
      return connection;
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** SQLCipher reports a wrong key as "file is not a database", when keying or on first read. */
  private static Connection connectChecked(String url, PasswordKey.StoreKey key) throws SQLException {
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

  private static void migrate(String url, PasswordKey.StoreKey key) {
    Flyway.configure()
        .dataSource(new KeyedDataSource(url, key))
        .locations("classpath:db/client")
        // Plain java.util.logging: the app ships no logging framework.
        .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
        .load()
        .migrate();
  }

  /** Flyway opens its own connections; each one must carry the key. */
  private record KeyedDataSource(String url, PasswordKey.StoreKey key) implements DataSource {
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
