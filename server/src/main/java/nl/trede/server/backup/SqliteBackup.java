package nl.trede.server.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An online backup of the SQLite database into a folder of dated files, kept to a number.
 *
 * <p>{@code VACUUM INTO} reads the database in one read transaction, so the copy is the database as
 * it was when the backup began: every push the server acknowledged before then is in it, whatever
 * devices push while it runs (WAL lets them write meanwhile). It is written under a {@code .part}
 * name and only renamed to {@code trede-<time>.db} after {@code PRAGMA integrity_check} said ok, so a
 * file with the final name always opens; a crash mid-backup leaves a {@code .part} that the next
 * backup removes. The copy is ready to start a server on: its change sequences are moved ahead and its
 * epoch forgotten ({@link Restore}).
 */
public final class SqliteBackup {
  static final String PREFIX = "trede-";
  static final String SUFFIX = ".db";
  private static final String PART = ".part";
  private static final String LOCK = "backup.lock";
  /** Sorts as time does, and is a valid file name everywhere (no colons). */
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
      .withZone(ZoneOffset.UTC);

  private final Path dir;
  private final int keep;
  private final Clock clock;

  public SqliteBackup(Path dir, int keep, Clock clock) {
    if (keep < 1) {
      throw new IllegalArgumentException("trede.backup.keep must be at least 1, was " + keep);
    }
    this.dir = dir;
    this.keep = keep;
    this.clock = clock;
  }

  /** Copies the database that {@code source} is connected to; the connection must not be in a transaction. */
  public Backup take(Connection source) throws SQLException {
    Instant start = clock.instant();
    Path file = dir.resolve(PREFIX + NAME.format(start) + SUFFIX);
    Path part = dir.resolve(file.getFileName() + PART);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("backup folder " + dir + " cannot be made", e);
    }
    // One backup at a time per folder, whether the schedule or the command line started it: the
    // lock file's OS lock holds across processes and goes with a crashed process.
    try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock lock = tryLock(lockFile)) {
      removeParts();
      try (PreparedStatement vacuum = source.prepareStatement("VACUUM INTO ?")) {
        vacuum.setString(1, part.toString());
        vacuum.execute();
      }
      prepareForRestore(part);
      checkIntegrity(part);
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
      prune();
      return new Backup(file, Files.size(file), Duration.between(start, clock.instant()));
    } catch (IOException e) {
      throw new UncheckedIOException("backup into " + dir + " failed", e);
    } finally {
      deleteQuietly(part);
    }
  }

  /** The finished backups, newest first. */
  public List<Path> backups() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(SqliteBackup::isBackup)
          .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** When the newest finished backup began, if there is one. */
  public Optional<Instant> newest() {
    return backups().stream().findFirst().map(p -> {
      String name = p.getFileName().toString();
      return NAME.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()), Instant::from);
    });
  }

  /** The copy exists only to be started on: it gets its sequences moved ahead and its epoch forgotten now (Restore). */
  private static void prepareForRestore(Path part) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + part)) {
      Restore.prepare(c);
    }
  }

  /**
   * Opens a backup and asks SQLite whether every page and index is sound: the check an operator
   * runs before trusting a file (docs/operations.md).
   */
  public static void checkIntegrity(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      String answer = rs.next() ? rs.getString(1) : "no answer";
      if (!"ok".equals(answer)) {
        throw new SQLException("backup " + file.getFileName() + " failed its integrity check: " + answer);
      }
    }
  }

  private static FileLock tryLock(FileChannel file) throws IOException {
    FileLock lock;
    try {
      lock = file.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new IllegalStateException("another backup into this folder is running");
    }
    return lock;
  }

  private static boolean isBackup(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && name.length() == PREFIX.length() + 19 + SUFFIX.length();
  }

  private void prune() throws IOException {
    List<Path> all = backups();
    for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
      Files.deleteIfExists(old);
    }
  }

  private void removeParts() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX + PART)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void deleteQuietly(Path part) {
    try {
      Files.deleteIfExists(part);
    } catch (IOException e) {
      // The next backup removes it (removeParts).
    }
  }
}
