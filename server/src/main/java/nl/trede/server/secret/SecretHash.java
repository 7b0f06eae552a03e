package nl.trede.server.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A secret as the database keeps it: its SHA-256, in hex. Device tokens, console sessions, login
 * challenges, recovery codes and the login throttle's keys are stored only this way, so a copy of
 * the database lets nobody act as a user (decision 0004).
 */
public final class SecretHash {
  private SecretHash() {}

  public static String sha256(String secret) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
