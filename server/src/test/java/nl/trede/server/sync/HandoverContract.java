package nl.trede.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.MutableClock;
import nl.trede.server.support.OfficeClient;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A coach taken off a file while offline (sync-protocol.md, "When a file leaves a caseload"): the
 * history they recorded meanwhile is taken into the file for 30 days and marked for the case
 * manager; their field edits, someone who never held the file, and anything after the grace period
 * are refused. Run on SQLite and PostgreSQL by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HandoverContract implements TestPropertyProvider {
  /** The server's clock; each subclass hands it to the server as a mock bean of its own. */
  final MutableClock clock = MutableClock.startingNow();

  @Inject
  EmbeddedServer server;

  ApiClient api;

  @BeforeEach
  void client() {
    // Made here, not injected: the test instance is a bean (it provides the clock) and is created
    // before the server has its random port.
    api = new ApiClient(HttpClient.create(server.getURL()).toBlocking());
  }

  @Test
  void historyMadeBeforeTheHandoverIsTakenInMarkedAndOnlyForThirtyDays() {
    Session bram = api.login("coach1b");
    Session fatima = api.login("casemanager1");
    Session carla = api.login("coach2");
    RecordChange file = api.pullAll(bram).changes().stream()
        .filter(c -> c.type() == RecordType.CANDIDATE && c.data().path("caseManagerId").asText().equals(fatima.userId())
            && c.data().withArray("coachIds").size() > 1)
        .findFirst().orElseThrow();
    com.fasterxml.jackson.databind.node.ArrayNode without = file.data().withArray("coachIds").deepCopy();
    for (int i = without.size() - 1; i >= 0; i--) {
      if (without.get(i).asText().equals(bram.userId())) {
        without.remove(i);
      }
    }
    assertThat(api.push(fatima, ApiClient.update(RecordType.CANDIDATE, file.id(), file.version(),
        ApiClient.fields().set("coachIds", without)))).singleElement().isInstanceOf(MutationResult.Applied.class);
    clock.advance(Duration.ofHours(2));

    Contact visit = contact(file.id(), bram, "Huisbezoek, vastgelegd voor de overdracht");
    List<MutationResult> late = api.push(bram, ApiClient.create(RecordType.CONTACT, visit),
        ApiClient.update(RecordType.CANDIDATE, file.id(), file.version(), ApiClient.fields().put("phone", "06-31313131")));

    assertThat(late.get(0)).isEqualTo(new MutationResult.Applied(late.get(0).mutationId(), visit.id(), 1, true));
    assertThat(rules(late.get(1))).as("a field edit after the handover").containsExactly("not-found");
    // Someone who never carried the file adds nothing to it.
    assertThat(api.push(carla, ApiClient.create(RecordType.CONTACT, contact(file.id(), carla, "Nooit erbij"))))
        .singleElement().satisfies(r -> assertThat(rules(r)).contains("unknown-reference"));
    assertThat(api.pullAll(fatima).changes()).extracting(RecordChange::id).contains(visit.id());

    // The case manager sees in the console what arrived after the handover.
    OfficeClient browser = new OfficeClient(server.getURL().toString());
    assertThat(browser.login("casemanager1").status()).isEqualTo(303);
    String marked = browser.get("/office/bezoekverslagen?afterHandover=1").text();
    assertThat(marked).contains("data-id=\"" + visit.id() + "\"").contains("Na overdracht");
    assertThat(browser.get("/office/kandidaten/" + file.id()).text()).contains("Na overdracht");
    assertThat(browser.get("/office/bezoekverslagen/export.csv?afterHandover=1").text())
        .contains("Huisbezoek, vastgelegd voor de overdracht");

    clock.advance(Duration.ofDays(31));
    assertThat(api.push(bram, ApiClient.create(RecordType.CONTACT, contact(file.id(), bram, "Een maand later"))))
        .singleElement().satisfies(r -> assertThat(rules(r)).as("after the grace period").contains("unknown-reference"));
  }

  private static List<String> rules(MutationResult result) {
    assertThat(result).isInstanceOf(MutationResult.Rejected.class);
    return ((MutationResult.Rejected) result).violations().stream().map(v -> v.rule()).toList();
  }

  private Contact contact(UUID candidate, Session author, String summary) {
    return new Contact(Ids.newId(), candidate, null, author.user(), LocationType.HOME,
        clock.instant().minus(3, ChronoUnit.HOURS), 45, null, summary, null, LocalDate.now(clock).plusDays(14),
        false, false, null);
  }
}
