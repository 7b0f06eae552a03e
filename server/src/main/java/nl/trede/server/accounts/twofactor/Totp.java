package nl.trede.server.accounts.twofactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238): HMAC-SHA-1, 30-second
 * steps, 6 digits, a 160-bit secret shown in base32 (RFC 4226 §4 asks for at least 128 bits and
 * recommends 160). SHA-1 because it is what every authenticator app supports; HMAC-SHA-1 is not
 * weakened by SHA-1's collisions. The codes come from java-otp over the JDK's HMAC (decision 0028).
 */
public final class Totp {
  public static final Duration STEP = Duration.ofSeconds(30);
  public static final int DIGITS = 6;
  private static final int SECRET_BYTES = 20;
  private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;

  private final TimeBasedOneTimePasswordGenerator generator;

  /** The authenticator apps' kind: 6 digits. */
  public Totp() {
    this(DIGITS);
  }

  /** Another length, for RFC 6238's own test vectors (8 digits). */
  Totp(int digits) {
    this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, ALGORITHM);
  }

  /** The number of the 30-second step an instant falls in (RFC 6238's T, with T0 = 0). */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
  }

  public String code(byte[] secret, long step) {
    try {
      // Locale.ROOT: never another script's digits.
      return generator.generateOneTimePasswordString(new SecretKeySpec(secret, ALGORITHM),
          Instant.ofEpochSecond(step * STEP.getSeconds()), Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The step whose code this is: the current one, or one step either side, since a phone's clock
   * drifts and typing takes time (RFC 6238 §5.2 recommends at most one step of tolerance).
   */
  public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    if (code == null) {
      return OptionalLong.empty();
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long current = step(now);
    OptionalLong found = OptionalLong.empty();
    // Every candidate is compared, in constant time, so timing tells nothing about which was close.
    for (long s = current - 1; s <= current + 1; s++) {
      if (MessageDigest.isEqual(given, code(secret, s).getBytes(StandardCharsets.US_ASCII)) && found.isEmpty()) {
        found = OptionalLong.of(s);
      }
    }
    return found;
  }

  public static String newSecret(SecureRandom random) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return base32(secret);
  }

  public static String base32(byte[] bytes) {
    return new Base32().encodeToString(bytes).replace("=", "");
  }

  public static byte[] decode(String base32) {
    return new Base32().decode(base32);
  }

  /**
   * The otpauth URI an authenticator app reads from the QR code (Google Authenticator's key URI
   * format): the issuer names Trede and the municipality, the label the user.
   */
  public static String uri(String issuer, String account, String secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
        + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.getSeconds();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
