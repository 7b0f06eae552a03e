package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.FAST_ITERATIONS;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.PASSWORD;
import static nl.trede.client.support.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/** Opening the encrypted file: only with the password, and nothing of it readable without. */
class EncryptedDatabaseTest extends StoreWithOneCandidate {
  @Test
  void theFileIsUnreadableWithoutTheKey() throws Exception {
    store.create(RecordType.CONTACT, contact(anna.id(), NOW, "Zorgen over schulden besproken"));
    // While the app runs, recent changes live in the write-ahead log: encrypted as well.
    Path log = dir.resolve("trede.db-wal");
    assertThat(log).exists();
    assertThat(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1))
        .doesNotContain("Jansen").doesNotContain("schulden");
    store.close();

    byte[] bytes = Files.readAllBytes(dir.resolve("trede.db"));
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(raw).doesNotStartWith("SQLite format 3").doesNotContain("Jansen").doesNotContain("schulden");
    assertThat(Files.readString(PasswordKey.saltFileOf(dir.resolve("trede.db")))).doesNotContain(PASSWORD);
    assertThatThrownBy(() -> {
      try (var plain = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("trede.db"));
           var statement = plain.createStatement()) {
        statement.executeQuery("SELECT * FROM record").close();
      }
    }).isInstanceOf(java.sql.SQLException.class);
  }

  @Test
  void theSchemaVersionTheStoreSkipsFlywayAtIsTheNewestMigration() throws Exception {
    Path folder = Path.of(EncryptedDatabase.class.getResource("/db/client").toURI());
    int newest;
    try (var files = Files.list(folder)) {
      newest = files.map(f -> f.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.*\\.sql"))
          .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
          .max().orElseThrow();
    }
    assertThat(EncryptedDatabase.SCHEMA_VERSION).isEqualTo(String.valueOf(newest));
  }

  @Test
  void aStoreOfAnOlderAppIsBroughtUpToDateWhenOpened() throws Exception {
    store.close();
    Path file = dir.resolve("trede.db");
    // A store as the app before V8 left it: no sent journal, its history ending at V4.
    try (var connection = EncryptedDatabase.open(file, PASSWORD.toCharArray(), FAST_ITERATIONS);
         var statement = connection.createStatement()) {
      statement.execute("DROP TABLE sent_journal");
      statement.execute("DELETE FROM flyway_schema_history WHERE version = '8'");
    }

    store = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
    store.close();
    try (var connection = EncryptedDatabase.open(file, PASSWORD.toCharArray(), FAST_ITERATIONS);
         var statement = connection.createStatement();
         var tables = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'sent_journal'")) {
      tables.next();
      assertThat(tables.getInt(1)).as("the newer migration ran").isEqualTo(1);
    }
    store = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
    assertThat(store.candidate(anna.id())).contains(anna);
  }

  @Test
  void aWrongPasswordDoesNotOpenTheStoreAndTheRightOneDoes() {
    store.close();
    Path file = dir.resolve("trede.db");

    assertThatThrownBy(() -> LocalStore.open(file, "verkeerd".toCharArray(), CLOCK, FAST_ITERATIONS))
        .isInstanceOf(WrongPasswordException.class);

    store = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
    assertThat(store.candidate(anna.id())).contains(anna);
  }

  @Test
  void theDefaultWorkFactorOpensTheSameWay() {
    Path file = dir.resolve("slow.db");
    try (LocalStore slow = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK)) {
      UUID device = slow.deviceId();
      slow.close();
      try (LocalStore again = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK)) {
        assertThat(again.deviceId()).isEqualTo(device);
      }
    }
    assertThat(LocalStore.exists(file)).isTrue();
  }

  @Test
  void aStoreKeyedTheOldWayOpensAndIsReKeyedToTheNativeScheme() throws Exception {
    store.close();
    Path file = dir.resolve("trede.db");
    Path keyFile = PasswordKey.saltFileOf(file);
    keyTheOldWay(file, keyFile);
    assertThat(Files.readString(keyFile)).startsWith("pbkdf2-sha256:");

    assertThatThrownBy(() -> LocalStore.open(file, "verkeerd".toCharArray(), CLOCK, FAST_ITERATIONS))
        .isInstanceOf(WrongPasswordException.class);
    assertThat(Files.readString(keyFile)).as("a wrong password changes nothing").startsWith("pbkdf2-sha256:");

    store = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
    assertThat(store.candidate(anna.id())).contains(anna);
    store.close();
    assertThat(Files.readString(keyFile)).isEqualTo(PasswordKey.SCHEME + ":" + FAST_ITERATIONS + "\n");
    assertThat(keyFile.resolveSibling(keyFile.getFileName() + ".next")).doesNotExist();

    store = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
    assertThat(store.candidate(anna.id())).as("the data survived the re-key").contains(anna);
    store.close();
    assertThatThrownBy(() -> LocalStore.open(file, "verkeerd".toCharArray(), CLOCK, FAST_ITERATIONS))
        .isInstanceOf(WrongPasswordException.class);
    store = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
  }

  @Test
  void aReKeyInterruptedBeforeItsKeyFileWasReplacedStillOpens() throws Exception {
    store.close();
    Path file = dir.resolve("trede.db");
    Path keyFile = PasswordKey.saltFileOf(file);
    // The store is keyed natively (as a re-key leaves it), but the old key file is still there.
    String oldKeyFile = keyTheOldWay(file, keyFile);
    store = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
    store.close();
    Files.writeString(keyFile, oldKeyFile);

    store = LocalStore.open(file, PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
    assertThat(store.candidate(anna.id())).contains(anna);
    assertThat(Files.readString(keyFile)).startsWith(PasswordKey.SCHEME + ":");
  }

  /**
   * Turns this store into one as the app made before decision 0069: a key derived in Java with
   * PBKDF2-HMAC-SHA256 from a salt in the key file, given to SQLCipher raw. Returns that key file.
   */
  private static String keyTheOldWay(Path file, Path keyFile) throws Exception {
    byte[] salt = new byte[16];
    new java.security.SecureRandom().nextBytes(salt);
    byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new javax.crypto.spec.PBEKeySpec(PASSWORD.toCharArray(), salt, FAST_ITERATIONS, 256))
        .getEncoded();
    try (var connection = EncryptedDatabase.open(file, PASSWORD.toCharArray(), FAST_ITERATIONS);
         var statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = DELETE");
      statement.execute("PRAGMA rekey = \"x'" + java.util.HexFormat.of().formatHex(key) + "'\"");
    }
    String old = "pbkdf2-sha256:" + FAST_ITERATIONS + ":" + java.util.Base64.getEncoder().encodeToString(salt) + "\n";
    Files.writeString(keyFile, old);
    return old;
  }
}
