package nl.trede.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.trede.domain.Ids;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.TestDatabases;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two server instances on one PostgreSQL, as a region would run Trede (DESIGN §6): what one accepts
 * the other serves, tokens work on both, and readers racing concurrent writers never skip a change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesOnOnePostgresTest {
  private final List<EmbeddedServer> servers = new ArrayList<>();
  private final List<HttpClient> clients = new ArrayList<>();
  private ApiClient first;
  private ApiClient second;

  @BeforeAll
  void startTwoInstances() {
    Map<String, String> shared = TestDatabases.postgres();
    for (int i = 0; i < 2; i++) {
      Map<String, Object> properties = new HashMap<>(shared);
      properties.put("micronaut.server.port", -1);
      EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "postgres");
      servers.add(server);
      clients.add(HttpClient.create(server.getURL()));
    }
    first = new ApiClient(clients.get(0).toBlocking());
    second = new ApiClient(clients.get(1).toBlocking());
  }

  @AfterAll
  void stop() {
    clients.forEach(HttpClient::close);
    servers.forEach(EmbeddedServer::stop);
  }

  @Test
  void bothInstancesLoadedTheDemoOnceAndServeTheSameData() {
    Session anna = first.login("coach1");
    List<UUID> viaFirst = first.pullAll(anna).changes().stream().map(RecordChange::id).toList();
    List<UUID> viaSecond = second.pullAll(anna).changes().stream().map(RecordChange::id).toList();

    assertThat(viaFirst).isNotEmpty().doesNotHaveDuplicates().isEqualTo(viaSecond);
  }

  @Test
  void readersRacingConcurrentWritersOnBothInstancesNeverSkipAChange() throws Exception {
    Session fatima = first.login("casemanager1");
    List<UUID> candidates = first.pullAll(fatima).changes().stream()
        .filter(c -> c.type() == RecordType.CANDIDATE).map(RecordChange::id).toList();
    String start = first.pullAll(fatima).cursor();
    Set<UUID> written = ConcurrentHashMap.newKeySet();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(6);

    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      ApiClient api = w % 2 == 0 ? first : second;
      Session writer = api.login("casemanager1");
      int seed = w;
      writers.add(pool.submit(() -> {
        for (int i = 0; i < 40; i++) {
          UUID candidate = candidates.get((seed * 7 + i) % candidates.size());
          Contact contact = new Contact(Ids.newId(), candidate, null, writer.user(), LocationType.PHONE,
              Instant.now().minus(1, ChronoUnit.MINUTES), 10, null, "Telefonisch contact", null,
              LocalDate.now().plusDays(7), false, false, null);
          List<MutationResult> results = api.push(writer, ApiClient.create(RecordType.CONTACT, contact));
          assertThat(results.get(0)).isInstanceOf(MutationResult.Applied.class);
          written.add(contact.id());
        }
        return null;
      }));
    }
    Future<Set<UUID>> reader = pool.submit(() -> {
      Set<UUID> seen = new HashSet<>();
      String cursor = start;
      for (int round = 0; ; round++) {
        // Once the writers are done, this pass drains what is left; until then it races them.
        boolean writersDone = !writing.get();
        PullPage page = (round % 2 == 0 ? first : second).pull(fatima, cursor, 7);
        page.changes().forEach(c -> seen.add(c.id()));
        cursor = page.cursor();
        if (writersDone && !page.hasMore()) {
          break;
        }
      }
      return seen;
    });
    for (Future<?> writer : writers) {
      writer.get();
    }
    writing.set(false);
    Set<UUID> seen = reader.get();
    pool.shutdown();

    assertThat(written).hasSize(160);
    assertThat(seen).containsAll(written);
  }
}
