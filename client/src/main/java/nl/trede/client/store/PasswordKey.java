package nl.trede.client.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the user's password into the store's 256-bit encryption key. Nothing secret is kept on the
 * device: the salt file beside the database holds only the salt and the work factor, so a lost
 * phone reveals nothing, and opening the database with the derived key is the offline check that
 * the password is right.
 */
public final class PasswordKey {
  /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;

  private PasswordKey() {}

  /** The salt file of a database file. */
  public static Path saltFileOf(Path databaseFile) {
    return databaseFile.resolveSibling(databaseFile.getFileName() + ".salt");
  }

  /**
   * Writes a new random salt; the work factor is stored with it so that a later version can
   * raise it for new devices without locking out existing ones.
   */
  static void createSalt(Path saltFile, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    String line = SCHEME + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + "\n";
    try {
      OwnerOnly.create(saltFile);
      Files.writeString(saltFile, line, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new StoreException("cannot write the salt file", e);
    }
  }

  static byte[] derive(char[] password, Path saltFile) {
    String[] parts;
    try {
      parts = Files.readString(saltFile, StandardCharsets.US_ASCII).trim().split(":");
    } catch (IOException e) {
      throw new StoreException("cannot read the salt file", e);
    }
    if (parts.length != 3 || !parts[0].equals(SCHEME)) {
      throw new StoreException("unknown salt file format", null);
    }
    int iterations = Integer.parseInt(parts[1]);
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new StoreException("PBKDF2 is not available", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(salt, (byte) 0);
    }
  }

  /**
   * Runs the derivation once on a throwaway password and salt with few iterations, so the JIT has
   * compiled its loop before a login needs the real work factor. Derives nothing that is kept.
   */
  public static void warmUp() {
    PBEKeySpec spec = new PBEKeySpec("warm-up".toCharArray(), new byte[SALT_BYTES], 30_000, KEY_BITS);
    try {
      SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec);
    } catch (GeneralSecurityException e) {
      throw new StoreException("PBKDF2 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
