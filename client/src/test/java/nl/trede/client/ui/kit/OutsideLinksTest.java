package nl.trede.client.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OutsideLinksTest {
  @Test
  void aNumberIsCalledAsItsDigitsWhateverWayItIsWritten() {
    assertThat(OutsideLinks.tel("06-12345678")).isEqualTo(URI.create("tel:0612345678"));
    assertThat(OutsideLinks.tel(" 0481 (36) 25 10 ")).isEqualTo(URI.create("tel:0481362510"));
    assertThat(OutsideLinks.tel("+31 6 1234 5678")).isEqualTo(URI.create("tel:+31612345678"));
    assertThat(OutsideLinks.tel("+31 (0)6-1234 5678")).as("the trunk 0 is left out from abroad")
        .isEqualTo(URI.create("tel:+31612345678"));
  }

  @Test
  void anAddressIsSearchedOnOpenStreetMapWithEveryCharacterEscaped() {
    assertThat(OutsideLinks.map("Dorpsstraat 1, Elst")).isEqualTo(
        URI.create("https://www.openstreetmap.org/search?query=Dorpsstraat%201%2C%20Elst"));
    assertThat(OutsideLinks.map("Van 't Hoffstraat 2a & 3, 's-Hertogenbosch").toString()).isEqualTo(
        "https://www.openstreetmap.org/search?query=Van%20%27t%20Hoffstraat%202a%20%26%203%2C%20%27s-Hertogenbosch");
  }
}
