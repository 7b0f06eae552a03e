package nl.trede.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void aHashVerifiesItsPasswordAndNoOther() {
    String hash = hasher.hash("correct horse battery staple");

    assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
    assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
  }

  @Test
  void hashesAreSaltedArgon2idInPhcFormatWithoutThePassword() {
    String one = hasher.hash("geheim123");
    String two = hasher.hash("geheim123");

    assertThat(one).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("geheim123");
    assertThat(one).isNotEqualTo(two);
  }

  @Test
  void aMalformedStoredHashNeverMatches() {
    assertThat(hasher.matches("x", "plain-text-password")).isFalse();
    assertThat(hasher.matches("x", "$bcrypt$abc")).isFalse();
  }
}
