package nl.trede.server.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The codes against RFC 6238's own test vectors (Appendix B, HMAC-SHA-1), and the window rules. */
class TotpTest {
  /** RFC 6238's SHA-1 seed: the ASCII digits "1234567890" twice. */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final long[] TIMES = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
  private static final String[] CODES = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};

  @Test
  void eightDigitCodesAreRfc6238sTestVectors() {
    Totp totp = new Totp(8);
    for (int i = 0; i < TIMES.length; i++) {
      assertThat(totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(TIMES[i])))).as("T = %d", TIMES[i])
          .isEqualTo(CODES[i]);
    }
  }

  @Test
  void theAppsSixDigitCodesAreTheLastSixDigitsOfTheVectors() {
    Totp totp = new Totp();
    for (int i = 0; i < TIMES.length; i++) {
      assertThat(totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(TIMES[i])))).isEqualTo(CODES[i].substring(2));
    }
  }

  @Test
  void theSecretIsBase32AsAuthenticatorAppsReadIt() {
    assertThat(Totp.base32(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_SEED);
    assertThat(Totp.newSecret(new java.security.SecureRandom())).matches("[A-Z2-7]{32}");
  }

  @Test
  void aCodeOneStepEitherSideIsAcceptedButNotTwo() {
    Totp totp = new Totp();
    Instant now = Instant.ofEpochSecond(1111111111L);
    long step = Totp.step(now);

    assertThat(totp.matchingStep(RFC_SEED, totp.code(RFC_SEED, step), now)).hasValue(step);
    assertThat(totp.matchingStep(RFC_SEED, totp.code(RFC_SEED, step - 1), now)).hasValue(step - 1);
    assertThat(totp.matchingStep(RFC_SEED, totp.code(RFC_SEED, step + 1), now)).hasValue(step + 1);
    assertThat(totp.matchingStep(RFC_SEED, totp.code(RFC_SEED, step - 2), now)).isEmpty();
    assertThat(totp.matchingStep(RFC_SEED, totp.code(RFC_SEED, step + 2), now)).isEmpty();
    assertThat(totp.matchingStep(RFC_SEED, "", now)).isEmpty();
  }

  @Test
  void theUriIsTheKeyUriFormatAuthenticatorAppsScan() {
    assertThat(Totp.uri("Trede Overbetuwe", "office1", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(
        "otpauth://totp/Trede%20Overbetuwe:office1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=Trede%20Overbetuwe&algorithm=SHA1&digits=6&period=30");
  }
}
