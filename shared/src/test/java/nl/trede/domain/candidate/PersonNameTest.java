package nl.trede.domain.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PersonNameTest {
  private record Name(String given, String family) {
    String key() {
      return PersonName.sortKey(given, family);
    }
  }

  @Test
  void familyNamesSortWithoutTheirPrefixThenByPrefixThenByGivenName() {
    List<Name> names = Stream.of(new Name("Anna", "de Boer"), new Name("Piet", "Boer"), new Name("Bram", "Boeren"),
            new Name("Sanne", "van den Berg"), new Name("Fatima", "El Amrani"), new Name("Jan", "Bakker"),
            new Name("Kees", "'t Hart"), new Name("Lotte", "van der Meer"), new Name("Ömer", "Çelik"),
            new Name("Ayla", "de Boer"), new Name("Ruud", "Dekker"))
        .sorted(Comparator.comparing(Name::key)).toList();

    assertThat(names.stream().map(n -> PersonName.listed(n.given(), n.family())).toList()).containsExactly(
        "Bakker, Jan", "Berg, van den, Sanne", "Boer, Piet", "Boer, de, Anna", "Boer, de, Ayla", "Boeren, Bram",
        "Çelik, Ömer", "Dekker, Ruud", "El Amrani, Fatima", "Hart, 't, Kees", "Meer, van der, Lotte");
  }

  @Test
  void caseAccentsAndSpacingDoNotChangeTheOrder() {
    assertThat(PersonName.sortKey("anna", "De  Boer")).isEqualTo(PersonName.sortKey("Anna", "de Boer"));
    assertThat(PersonName.sortKey("Ömer", "Celik")).isEqualTo(PersonName.sortKey("Omer", "Çelik"));
  }

  @Test
  void aPrefixIsOnlyAPrefixWhenANameFollowsIt() {
    assertThat(PersonName.family("de Vries")).isEqualTo(new PersonName.Family("de", "Vries"));
    assertThat(PersonName.family("Van der Meer")).isEqualTo(new PersonName.Family("van der", "Meer"));
    assertThat(PersonName.family("Devries")).isEqualTo(new PersonName.Family("", "Devries"));
    assertThat(PersonName.family("Van")).isEqualTo(new PersonName.Family("", "Van"));
    assertThat(PersonName.family("Terpstra")).isEqualTo(new PersonName.Family("", "Terpstra"));
    assertThat(PersonName.listed("Anna", "De Boer")).isEqualTo("Boer, de, Anna");
  }
}
