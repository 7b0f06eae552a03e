package nl.trede.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ApiClient;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality brings a new version of its file: the server, restarted on the same database with
 * the file in {@code trede.municipalities.dir}, installs it, renames the values its migration maps,
 * keeps the values it dropped on the files (to review, never silently lost), and devices pull both
 * the new scheme and the renamed classifications. Run once per database by its subclasses.
 */
abstract class ConfigurationUpgradeContract {
  @TempDir
  Path dir;

  /** The database, the same for every start of this test. */
  abstract Map<String, Object> database(Path dir);

  abstract String[] environments();

  private EmbeddedServer start(Map<String, Object> database, Path municipalities) {
    Map<String, Object> properties = new HashMap<>(database);
    properties.put("micronaut.server.port", -1);
    properties.put("trede.demo.enabled", "true");
    if (municipalities != null) {
      properties.put("trede.municipalities.dir", municipalities.toString());
    }
    return ApplicationContext.run(EmbeddedServer.class, properties, environments());
  }

  /** Dalfsen's shipped file as its next version: "doorstroom-verwacht" renamed, "maximaal-haalbaar" dropped. */
  private static String dalfsenVersion2() throws Exception {
    String shipped;
    try (InputStream in = ConfigurationUpgradeContract.class.getClassLoader()
        .getResourceAsStream("municipalities/dalfsen.yml")) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // The next version after the shipped one, whatever that is.
    var shippedVersion = java.util.regex.Pattern.compile("(?m)^version: (\\d+)$").matcher(shipped);
    assertThat(shippedVersion.find()).isTrue();
    int from = Integer.parseInt(shippedVersion.group(1));
    String scheme = shipped.replace("version: " + from + "\n", "version: " + (from + 1) + "\n")
        .replaceAll("(?m)^.*\\{key: maximaal-haalbaar,.*\\n", "")
        .replace("doorstroom-verwacht", "doorstroom-mogelijk");
    assertThat(scheme).contains("version: " + (from + 1)).doesNotContain("maximaal-haalbaar")
        .doesNotContain("doorstroom-verwacht");
    return scheme + """

        migrations:
          - fromVersion: FROM
            dimension: subcategorie
            renames: {doorstroom-verwacht: doorstroom-mogelijk}
        """.replace("FROM", String.valueOf(from));
  }

  private static int shippedDalfsenVersion() {
    return new Municipalities(List.of("dalfsen"), null, java.time.Clock.systemUTC()).find("dalfsen").orElseThrow()
        .version();
  }

  private static String pullFrom(ApiClient api, Session session, String cursor, List<RecordChange> into) {
    PullPage page;
    do {
      page = api.pull(session, cursor, 1000);
      into.addAll(page.changes());
      cursor = page.cursor();
    } while (page.hasMore());
    return cursor;
  }

  private static Map<UUID, RecordChange> candidates(List<RecordChange> changes) {
    Map<UUID, RecordChange> latest = new HashMap<>();
    changes.stream().filter(c -> c.type() == RecordType.CANDIDATE).forEach(c -> latest.put(c.id(), c));
    return latest;
  }

  private static String subcategory(RecordChange candidate) {
    return candidate.data().path("classification").path("subcategorie").asText(null);
  }

  @Test
  void aNewVersionRenamesWhatItsMigrationMapsAndKeepsWhatItDroppedForReview() throws Exception {
    Map<String, Object> database = database(dir);
    UUID renamed;
    UUID dropped;
    Session coach;
    Session caseManager;
    String cursor;

    // Version 1: the case manager sets two files to the values the new version will rename and drop.
    try (EmbeddedServer server = start(database, null); HttpClient http = HttpClient.create(server.getURL())) {
      ApiClient api = new ApiClient(http.toBlocking());
      coach = api.login("coach-dalfsen");
      caseManager = api.login("casemanager-dalfsen");
      List<RecordChange> seen = new ArrayList<>();
      cursor = pullFrom(api, coach, null, seen);
      List<RecordChange> files = new ArrayList<>(candidates(seen).values());
      renamed = files.get(0).id();
      dropped = files.get(1).id();
      for (var target : Map.of(renamed, "doorstroom-verwacht", dropped, "maximaal-haalbaar").entrySet()) {
        RecordChange file = candidates(seen).get(target.getKey());
        var classification = file.data().get("classification").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) classification).put("subcategorie", target.getValue());
        assertThat(api.push(caseManager, ApiClient.update(RecordType.CANDIDATE, file.id(), file.version(),
            ApiClient.fields().set("classification", classification))))
            .singleElement().isInstanceOf(MutationResult.Applied.class);
      }
      cursor = pullFrom(api, coach, cursor, new ArrayList<>());
    }

    // Version 2 in the municipalities folder; the server restarts on the same database.
    Path folder = Files.createDirectories(dir.resolve("municipalities"));
    Files.writeString(folder.resolve("dalfsen.yml"), dalfsenVersion2());
    try (EmbeddedServer server = start(database, folder); HttpClient http = HttpClient.create(server.getURL())) {
      ApiClient api = new ApiClient(http.toBlocking());
      ApplicationContext context = server.getApplicationContext();

      List<RecordChange> changes = new ArrayList<>();
      pullFrom(api, coach, cursor, changes);
      RecordChange config = changes.stream().filter(c -> c.type() == RecordType.CONFIGURATION).findFirst().orElseThrow();
      MunicipalityConfig installed = Json.MAPPER.treeToValue(config.data(), MunicipalityConfig.class);
      Map<UUID, RecordChange> pulled = candidates(changes);
      Map<UUID, String> review = context.getBean(ClassificationReview.class).toReview("dalfsen").stream()
          .collect(java.util.stream.Collectors.toMap(ClassificationReview.ToReview::candidateId,
              r -> r.staleValues().get("subcategorie")));

      // The device receives the new scheme and the renamed classification, in one catch-up.
      assertThat(installed.version()).isEqualTo(shippedDalfsenVersion() + 1);
      assertThat(installed.dimension("subcategorie").orElseThrow().value("maximaal-haalbaar")).isEmpty();
      assertThat(pulled).containsKey(renamed);
      assertThat(subcategory(pulled.get(renamed))).isEqualTo("doorstroom-mogelijk");
      // The dropped value stays on the file, reported as to review; the file is not rewritten.
      assertThat(pulled).doesNotContainKey(dropped);
      assertThat(review).containsEntry(dropped, "maximaal-haalbaar").doesNotContainKey(renamed);
      assertThat(review.values()).containsOnly("maximaal-haalbaar");

      // It does not block other edits of that file; the dropped and the old name cannot be chosen anew.
      Session manager = api.login("casemanager-dalfsen");
      Map<UUID, RecordChange> now = candidates(api.pullAll(manager).changes());
      RecordChange staleFile = now.get(dropped);
      assertThat(subcategory(staleFile)).isEqualTo("maximaal-haalbaar");
      assertThat(api.push(manager, ApiClient.update(RecordType.CANDIDATE, dropped, staleFile.version(),
          ApiClient.fields().put("phone", "06-12345678")))).singleElement().isInstanceOf(MutationResult.Applied.class);
      RecordChange renamedFile = now.get(renamed);
      var back = renamedFile.data().get("classification").deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) back).put("subcategorie", "doorstroom-verwacht");
      List<MutationResult> refused = api.push(manager, ApiClient.update(RecordType.CANDIDATE, renamed,
          renamedFile.version(), ApiClient.fields().set("classification", back)));
      assertThat(refused).singleElement().isInstanceOf(MutationResult.Rejected.class);
      assertThat(((MutationResult.Rejected) refused.get(0)).violations()).extracting(Violation::field, Violation::rule)
          .containsExactly(tuple("classification.subcategorie", "unknown-value"));

      // A second start, or a second instance, with the same file changes nothing.
      assertThat(context.getBean(ConfigurationInstaller.class).install("dalfsen")).isFalse();
    }
  }
}
