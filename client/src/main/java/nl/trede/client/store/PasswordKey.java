package nl.trede.client.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/**
 * Turns the user's password into the store's encryption key. Nothing secret is kept on the device:
 * the key file beside the database (named {@code .salt} since the first version) holds only the
 * scheme and its work factor, so a lost phone reveals nothing, and opening the database is the
 * offline check that the password is right.
 *
 * <p>Since decision 0069 SQLCipher derives the key itself, in native code: PBKDF2-HMAC-SHA512 over
 * the password with the salt in the database's first bytes (SQLCipher 4's scheme). Derived in
 * Java, the key took 1.0–1.2 s of the login on a JVM that compiles with C1 only, which the field
 * app does to start fast, against about 0.1 s natively (docs/benchmarks.md, "Installed field app").
 * A store made before derived its key in Java (PBKDF2-HMAC-SHA256, salt in the key file); it still
 * opens, and is re-keyed to the native scheme at that login ({@link EncryptedDatabase}).
 */
public final class PasswordKey {
  /**
   * SQLCipher 4's own work factor for PBKDF2-HMAC-SHA512, above OWASP's 2023 advice for it
   * (210,000).
   */
  public static final int DEFAULT_ITERATIONS = 256_000;

  static final String SCHEME = "sqlcipher-pbkdf2-sha512";
  /** The scheme of stores made before decision 0069: the key derived in Java, given to SQLCipher raw. */
  private static final String JAVA_SCHEME = "pbkdf2-sha256";
  private static final String JAVA_ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int JAVA_KEY_BITS = 256;

  private PasswordKey() {}

  /** The key file of a database file. */
  public static Path saltFileOf(Path databaseFile) {
    return databaseFile.resolveSibling(databaseFile.getFileName() + ".salt");
  }

  /**
   * Writes the key file of a new store. The work factor is stored with the scheme so that a later
   * version can raise it for new stores without locking out existing ones.
   */
  static void createKeyFile(Path keyFile, int iterations) {
    try {
      OwnerOnly.create(keyFile);
      Files.writeString(keyFile, SCHEME + ":" + iterations + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new StoreException("cannot write the key file", e);
    }
  }

  /**
   * Records that the store is now keyed in the native scheme: the new key file is written beside
   * and moved over the old one in one step, so a crash leaves one or the other whole.
   */
  static void replaceKeyFile(Path keyFile, int iterations) {
    Path next = keyFile.resolveSibling(keyFile.getFileName() + ".next");
    createKeyFile(next, iterations);
    try {
      Files.move(next, keyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StoreException("cannot replace the key file", e);
    }
  }

  /** The key of the store whose key file this is, for this password. */
  static StoreKey derive(char[] password, Path keyFile) {
    String[] parts;
    try {
      parts = Files.readString(keyFile, StandardCharsets.US_ASCII).trim().split(":");
    } catch (IOException e) {
      throw new StoreException("cannot read the key file", e);
    }
    if (parts.length == 2 && parts[0].equals(SCHEME)) {
      return new StoreKey.Native(passphrase(password), Integer.parseInt(parts[1]));
    }
    if (parts.length == 3 && parts[0].equals(JAVA_SCHEME)) {
      return new StoreKey.Raw(javaDerived(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1])));
    }
    throw new StoreException("unknown key file format", null);
  }

  /** The password for the native scheme, as hexadecimal UTF-8: no character needs quoting in the PRAGMA. */
  static String passphrase(char[] password) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] utf8 = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
    Arrays.fill(bytes.array(), (byte) 0);
    try {
      return HexFormat.of().formatHex(utf8);
    } finally {
      Arrays.fill(utf8, (byte) 0);
    }
  }

  private static byte[] javaDerived(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, JAVA_KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(JAVA_ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new StoreException("PBKDF2 is not available", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(salt, (byte) 0);
    }
  }

  /** How a connection is keyed. */
  sealed interface StoreKey {
    /** The SQLCipher 4 configuration of a connection with this key. */
    SQLiteMCSqlCipherConfig cipher();

    /** The store is keyed natively (decision 0069): derived by SQLCipher from the passphrase. */
    record Native(String passphrase, int iterations) implements StoreKey {
      @Override
      public SQLiteMCSqlCipherConfig cipher() {
        SQLiteMCSqlCipherConfig config = SQLiteMCSqlCipherConfig.getV4Defaults();
        config.setKdfIter(iterations);
        config.withKey(passphrase);
        return config;
      }
    }

    /** A store made before decision 0069: its key derived in Java, given to SQLCipher as it is. */
    record Raw(byte[] key) implements StoreKey {
      @Override
      public SQLiteMCSqlCipherConfig cipher() {
        return SQLiteMCSqlCipherConfig.getV4Defaults().withRawUnsaltedKey(key);
      }
    }
  }
}
