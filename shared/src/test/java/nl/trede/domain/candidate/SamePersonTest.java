package nl.trede.domain.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.trede.domain.Fixtures;
import org.junit.jupiter.api.Test;

class SamePersonTest {
  private final Candidate sanne = Fixtures.candidate(); // Sanne de Jong, born 14 March 1990

  @Test
  void theSameNamesTypedDifferentlyOnTheSameBirthdayAreTheSamePerson() {
    LocalDate born = LocalDate.of(1990, 3, 14);
    assertThat(SamePerson.matches(sanne, "Sanne", "de Jong", born)).isTrue();
    assertThat(SamePerson.matches(sanne, " sanne ", "De  Jong", born)).isTrue();
    assertThat(SamePerson.matches(sanne, "Sanne de", "Jong", born)).as("the prefix on the other side").isTrue();
    assertThat(SamePerson.matches(sanne, "Sänne", "de-Jong", born)).as("accents and hyphens").isTrue();
  }

  @Test
  void anotherBirthdayOrAnotherNameIsAnotherPerson() {
    assertThat(SamePerson.matches(sanne, "Sanne", "de Jong", LocalDate.of(1990, 3, 15))).isFalse();
    assertThat(SamePerson.matches(sanne, "Sanne", "de Jonge", LocalDate.of(1990, 3, 14))).isFalse();
    assertThat(SamePerson.matches(sanne, "", "", LocalDate.of(1990, 3, 14))).isFalse();
    assertThat(SamePerson.matches(sanne, "Sanne", "de Jong", null)).isFalse();
  }
}
