package nl.trede.domain.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.trede.domain.Fixtures;
import org.junit.jupiter.api.Test;

class SamePersonTest {
  private final Candidate sanne = Fixtures.candidate(); // Sanne de Jong, born 14 March 1990
  private final LocalDate born = LocalDate.of(1990, 3, 14);

  @Test
  void theSameFamilyNameTypedDifferentlyOnTheSameBirthdayMayBeTheSamePerson() {
    assertThat(SamePerson.matches(sanne, "de Jong", born)).isTrue();
    assertThat(SamePerson.matches(sanne, "De  Jong ", born)).isTrue();
    assertThat(SamePerson.matches(sanne, "Jong", born)).as("the prefix typed with the given name").isTrue();
    assertThat(SamePerson.matches(sanne, "dé-Jong", born)).as("accents and hyphens").isTrue();
    assertThat(SamePerson.matches("S. de Jong", born, "Jong", born)).as("initials on the known file").isTrue();
  }

  @Test
  void anotherBirthdayOrAnotherFamilyNameIsAnotherPerson() {
    assertThat(SamePerson.matches(sanne, "de Jong", born.plusDays(1))).isFalse();
    assertThat(SamePerson.matches(sanne, "de Jonge", born)).isFalse();
    assertThat(SamePerson.matches(sanne, "Jo", born)).as("a part of the name is not the name").isFalse();
    assertThat(SamePerson.matches(sanne, " ", born)).isFalse();
    assertThat(SamePerson.matches(sanne, "de Jong", null)).isFalse();
    assertThat(SamePerson.matches("Anna Bakker", null, "Bakker", null)).as("no birthday known").isFalse();
  }
}
