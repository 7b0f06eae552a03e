package nl.trede.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.config.Municipalities;
import nl.trede.server.sync.SyncRecordRepository;
import nl.trede.server.sync.SyncRecordRow;
import nl.trede.sync.RecordType;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo starts as any of the four municipalities: every mutation it pushes passes the rules
 * (DemoData stops the start otherwise), and every candidate is classified in that municipality's
 * own scheme, with values the scheme knows.
 */
class DemoMunicipalitiesTest {

  @TempDir
  Path dir;

  @TestFactory
  Stream<DynamicTest> theDemoLoadsAsEachMunicipalityInItsOwnScheme() {
    return Stream.of("overbetuwe", "lansingerland", "dalfsen", "wijchen")
        .map(name -> DynamicTest.dynamicTest(name, () -> loads(name)));
  }

  private void loads(String municipality) throws Exception {
    try (ApplicationContext context = ApplicationContext.run(Map.of(
        "trede.db.path", dir.resolve(municipality + ".db").toString(), "trede.demo.enabled", "true",
        "trede.demo.municipality", municipality, "micronaut.server.port", "-1"))) {
      MunicipalityConfig config = context.getBean(Municipalities.class).find(municipality).orElseThrow();
      var candidates = context.getBean(SyncRecordRepository.class).liveOfType(municipality, RecordType.CANDIDATE.wireName());

      assertThat(candidates).hasSize(36);
      int classified = 0;
      for (SyncRecordRow row : candidates) {
        Candidate candidate = Json.MAPPER.readValue(row.data(), Candidate.class);
        assertThat(config.checkClassification(Map.of(), candidate.classification(), false))
            .as(municipality + " " + candidate.classification()).isEmpty();
        classified += candidate.classification().isEmpty() ? 0 : 1;
      }
      // The one file registered "nog niet ingedeeld" (000 §2.3) is classified later by the case
      // manager, so the office's Doorstroom shows an intake movement too.
      assertThat(classified).isEqualTo(36);
      assertThat(context.getBean(SyncRecordRepository.class).findById(MunicipalityConfig.idFor(municipality).toString()))
          .isPresent();
    }
  }
}
