package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import org.junit.jupiter.api.Test;

/** 000 §4: each track "sluit aan bij" two rungs; a file whose rung is off its track's is flagged. */
class RungFitTest {
  /** The fixture's tracks tied to their rungs as Overbetuwe's configuration ties them. */
  private static MunicipalityConfig tracksWithRungs(int... werkRungs) throws Exception {
    ObjectNode json = Json.MAPPER.valueToTree(Fixtures.config());
    ArrayNode values = (ArrayNode) json.get("dimensions").get(0).get("values");
    ArrayNode werk = ((ObjectNode) values.get(0)).putArray("rungs");
    for (int r : werkRungs) {
      werk.add(r);
    }
    ((ObjectNode) values.get(1)).putArray("rungs").add(3).add(4);
    ((ObjectNode) values.get(2)).putArray("rungs").add(1).add(2);
    return Json.MAPPER.treeToValue(json, MunicipalityConfig.class);
  }

  @Test
  void aTrackFitsTheRungsItNamesAndIsFlaggedOnAnyOther() throws Exception {
    MunicipalityConfig config = tracksWithRungs(5, 6);

    assertThat(RungFit.of(config, Map.of("spoor", "werk"), Optional.of(5))).isEmpty();
    assertThat(RungFit.of(config, Map.of("spoor", "werk"), Optional.of(6))).isEmpty();
    assertThat(RungFit.of(config, Map.of("spoor", "werk"), Optional.of(3)))
        .extracting(m -> m.dimension().key(), m -> m.value().key(), RungFit.Mismatch::rung)
        .containsExactly(tuple("spoor", "werk", 3));
    assertThat(RungFit.of(config, Map.of("spoor", "meedoen"), Optional.of(4))).hasSize(1);
  }

  @Test
  void withoutARungOrATrackOrRungsThereIsNothingToFlag() throws Exception {
    MunicipalityConfig config = tracksWithRungs(5, 6);

    assertThat(RungFit.of(config, Map.of("spoor", "werk"), Optional.empty())).isEmpty();
    assertThat(RungFit.of(config, Map.of(), Optional.of(2))).isEmpty();
    // The profile names no rungs: it fits every one.
    assertThat(RungFit.of(config, Map.of("profiel", "1"), Optional.of(2))).isEmpty();
    assertThat(RungFit.of(Fixtures.config(), Map.of("spoor", "werk"), Optional.of(1))).isEmpty();
  }

  @Test
  void theTrackARungBelongsWithIsTheHint() throws Exception {
    MunicipalityConfig config = tracksWithRungs(5, 6);

    assertThat(RungFit.fitting(config.dimension("spoor").orElseThrow(), 4))
        .extracting(DimensionValue::key).containsExactly("groei");
  }

  @Test
  void aRungOffTheLadderIsRefusedInTheConfiguration() throws Exception {
    assertThat(tracksWithRungs(5, 7).validate(Fixtures.CLOCK)).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("dimensions[0].values[0].rungs", "rung-range"));
  }
}
