package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import org.junit.jupiter.api.Test;

/**
 * 001 §2.1.3: "een overzicht ... van zorg- en ondersteuningsroutes die gekoppeld worden aan profielen".
 * An instrument names the profiles it is meant for; the file's own come first, none is left out.
 */
class RoutesTest {
  /** The fixture with the cheque meant for profiles 1 and 2 and the premium for profile 3, as the yml says it. */
  private static MunicipalityConfig routed(String chequeProfiles, String premiumProfiles) throws Exception {
    ObjectNode json = Json.MAPPER.valueToTree(Fixtures.config());
    ArrayNode instruments = (ArrayNode) json.get("instruments");
    ((ObjectNode) instruments.get(1)).set("meantFor", Json.MAPPER.readTree("{\"profiel\": " + chequeProfiles + "}"));
    ((ObjectNode) instruments.get(2)).set("meantFor", Json.MAPPER.readTree("{\"profiel\": " + premiumProfiles + "}"));
    return Json.MAPPER.treeToValue(json, MunicipalityConfig.class);
  }

  @Test
  void theInstrumentsMeantForTheFilesProfileComeFirstAndTheRestStaySelectable() throws Exception {
    MunicipalityConfig config = routed("[\"1\", \"2\"]", "[\"3\"]");

    assertThat(Routes.offered(config, Map.of("profiel", "3", "spoor", "werk")))
        .extracting(o -> o.instrument().code(), o -> o.fits().stream().map(DimensionValue::label).toList())
        .containsExactly(tuple("uitstroompremie", java.util.List.of("Profiel 3")),
            tuple("loonkostensubsidie", java.util.List.of()), tuple("werkgeverscheque", java.util.List.of()));
    assertThat(Routes.offered(config, Map.of("profiel", "2")))
        .extracting(o -> o.instrument().code(), Routes.Offer::meantForTheFile)
        .containsExactly(tuple("werkgeverscheque", true), tuple("loonkostensubsidie", false),
            tuple("uitstroompremie", false));
    // Not yet classified: on no route, the catalogue as it stands.
    assertThat(Routes.offered(config, Map.of())).extracting(o -> o.instrument().code(), Routes.Offer::meantForTheFile)
        .containsExactly(tuple("loonkostensubsidie", false), tuple("werkgeverscheque", false),
            tuple("uitstroompremie", false));
  }

  @Test
  void theOverviewListsEveryProfileWithItsInstrumentsAndNamesTheGapsAndTheUnrouted() throws Exception {
    MunicipalityConfig config = routed("[\"1\", \"2\"]", "[\"1\"]");

    assertThat(Routes.of(config)).extracting(r -> r.value().key(),
            r -> r.instruments().stream().map(Instrument::code).toList())
        .containsExactly(tuple("1", java.util.List.of("werkgeverscheque", "uitstroompremie")),
            tuple("2", java.util.List.of("werkgeverscheque")), tuple("3", java.util.List.of()));
    assertThat(Routes.unrouted(config)).extracting(Instrument::code).containsExactly("loonkostensubsidie");
    // No instrument names a route: there is no overview to show.
    assertThat(Routes.of(Fixtures.config())).isEmpty();
  }

  @Test
  void aRouteToAnUnknownProfileOrDimensionOrToNoProfileIsRefusedNamingTheField() throws Exception {
    assertThat(routed("[\"1\", \"4\"]", "[\"3\"]").validate(Fixtures.CLOCK))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instruments[1].meantFor.profiel", "unknown-value"));
    assertThat(routed("[]", "[\"3\"]").validate(Fixtures.CLOCK)).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instruments[1].meantFor.profiel", "required"));

    ObjectNode json = Json.MAPPER.valueToTree(Fixtures.config());
    ((ObjectNode) json.get("instruments").get(0)).set("meantFor", Json.MAPPER.readTree("{\"profile\": [\"1\"]}"));
    assertThat(Json.MAPPER.treeToValue(json, MunicipalityConfig.class).validate(Fixtures.CLOCK))
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(tuple("instruments[0].meantFor.profile", "unknown-dimension", "'profile' is not a dimension"));
  }

  @Test
  void aConfigurationWithoutRoutesReadsAsBeforeAndTravelsWithThem() throws Exception {
    // An older file (or a device's stored copy) has no meantFor: every instrument is meant for nobody in particular.
    ObjectNode json = Json.MAPPER.valueToTree(Fixtures.config());
    json.get("instruments").forEach(i -> ((ObjectNode) i).remove("meantFor"));
    MunicipalityConfig old = Json.MAPPER.treeToValue(json, MunicipalityConfig.class);
    assertThat(old.instruments()).allSatisfy(i -> assertThat(i.meantFor()).isEmpty());
    assertThat(old.validate(Fixtures.CLOCK)).isEmpty();

    MunicipalityConfig routed = routed("[\"1\", \"2\"]", "[\"3\"]");
    MunicipalityConfig back = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(routed), MunicipalityConfig.class);
    assertThat(back).isEqualTo(routed);
    assertThat(back.instrument("werkgeverscheque").orElseThrow().isMeantFor(Map.of("profiel", "2"))).isTrue();
  }
}
