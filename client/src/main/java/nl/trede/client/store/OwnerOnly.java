package nl.trede.client.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The store's files readable and writable by their owner only (0600), where the file system has
 * POSIX permissions: the database and its write-ahead log are encrypted, but another account on a
 * shared desktop has no business copying them to guess the password offline, nor the salt beside
 * them (issue 12). SQLite gives the log and shared-memory files the database file's mode, so the
 * database is created with it before SQLite opens it.
 */
final class OwnerOnly {
  private static final Set<PosixFilePermission> READ_WRITE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  /** Creates an empty file readable by its owner only, unless it exists. */
  static void create(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (posix(file.toAbsolutePath().getParent())) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(READ_WRITE));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException e) {
      // An earlier start created it; restrict() below still narrows it.
    } catch (IOException e) {
      throw new StoreException("cannot create " + file.getFileName(), e);
    }
  }

  /** Narrows the database's files (and its salt, log and shared memory, where present) to the owner. */
  static void restrict(Path databaseFile) {
    Path dir = databaseFile.toAbsolutePath().getParent();
    if (!posix(dir)) {
      return;
    }
    String name = databaseFile.getFileName().toString();
    for (String suffix : List.of("", ".salt", "-wal", "-shm", "-journal")) {
      Path file = dir.resolve(name + suffix);
      try {
        if (Files.exists(file) && !Files.getPosixFilePermissions(file).equals(READ_WRITE)) {
          Files.setPosixFilePermissions(file, READ_WRITE);
        }
      } catch (IOException e) {
        throw new StoreException("cannot restrict " + file.getFileName() + " to its owner", e);
      }
    }
  }

  private static boolean posix(Path dir) {
    return dir != null && Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
  }
}
