package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device store's files (database, salt, write-ahead log, shared memory) are readable by the
 * owner only, whatever the process's umask: another account on a shared machine cannot copy them.
 */
class StoreFilesOwnerOnlyTest {
  @TempDir
  Path dir;

  @Test
  void everyFileOfANewStoreIsReadableByItsOwnerOnly() throws Exception {
    try (LocalStore store = openStore(dir)) {
      store.storePullPage(page("c1", change(RecordType.CANDIDATE, candidate("Anna", "Jansen"), 1)));

      for (String name : List.of("trede.db", "trede.db.salt", "trede.db-wal", "trede.db-shm")) {
        Path file = dir.resolve(name);
        assertThat(file).as(name).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(name).isEqualTo("rw-------");
      }
    }
  }

  @Test
  void aStoreMadeBeforeIsNarrowedToItsOwnerWhenOpened() throws Exception {
    openStore(dir).close();
    Files.setPosixFilePermissions(dir.resolve("trede.db"), PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(dir.resolve("trede.db.salt"), PosixFilePermissions.fromString("rw-r--r--"));

    openStore(dir).close();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("trede.db"))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("trede.db.salt"))))
        .isEqualTo("rw-------");
  }
}
