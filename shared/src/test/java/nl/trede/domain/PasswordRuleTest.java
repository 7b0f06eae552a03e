package nl.trede.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule for a chosen password, as the app, the console and the server apply it. */
class PasswordRuleTest {
  private static java.util.List<String> rules(String chosen, String current) {
    return PasswordRule.check("newPassword", chosen, current).stream().map(Violation::rule).toList();
  }

  @Test
  void aPasswordOfTenCharactersIsEnoughAndNineIsNot() {
    assertThat(rules("tien-tekns", null)).isEmpty();
    assertThat(rules("negen-tkn", null)).containsExactly("min-length");
  }

  @Test
  void lengthCountsCharactersNotBytes() {
    // Ten characters, more than ten UTF-16 units: an emoji is one character a person typed.
    assertThat(rules("\uD83D\uDE00".repeat(10), null)).isEmpty();
    assertThat(rules("é".repeat(9), null)).containsExactly("min-length");
  }

  @Test
  void aNewPasswordMustDifferFromTheTemporaryOneItReplaces() {
    assertThat(rules("tijdelijk-123", "tijdelijk-123")).containsExactly("same-as-current");
    assertThat(rules("eigen-keuze-123", "tijdelijk-123")).isEmpty();
  }

  @Test
  void emptyAndOverlongAreRefusedWithTheFieldNamed() {
    assertThat(PasswordRule.check("password", " ", null)).singleElement()
        .isEqualTo(new Violation("password", "required", "password is required"));
    assertThat(rules("x".repeat(129), null)).containsExactly("max-length");
  }
}
