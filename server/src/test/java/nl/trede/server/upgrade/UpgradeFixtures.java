package nl.trede.server.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The databases an earlier release left behind, kept in {@code src/test/resources/upgrade}: a SQLite
 * file and a PostgreSQL plain dump, both gzipped, each at schema {@link #VERSION} with the demo's data
 * as that release wrote it. docs/operations.md ("Upgrades") says how to make the next ones.
 */
final class UpgradeFixtures {
  /** The schema version of the fixtures: the one before the newest migration. */
  static final int VERSION = 10;
  static final String SQLITE = "upgrade/sqlite-v" + VERSION + ".db.gz";
  static final String POSTGRES = "upgrade/postgres-v" + VERSION + ".sql.gz";

  private UpgradeFixtures() {}

  static void gunzip(String resource, Path to) throws IOException {
    try (InputStream in = UpgradeFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + resource + " on the test class path");
      }
      try (InputStream unzipped = new GZIPInputStream(in)) {
        Files.copy(unzipped, to);
      }
    }
  }

  static void gzip(Path from, Path to) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
      Files.copy(from, out);
    }
  }

}
