package nl.trede.client.sync;

import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.FakeSyncServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.trede.client.store.Attention;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.StoredSession;
import nl.trede.client.support.FakeSyncServer;
import nl.trede.domain.Colleague;
import nl.trede.domain.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColleagueRefreshTest {
  private static final Colleague ANNA = new Colleague(UUID.randomUUID(), "Anna de Vries", Role.PARTICIPATION_COACH);
  private static final SyncStatus GOT_THROUGH = new SyncStatus(0, Attention.NONE, NOW, false, null, null);

  @TempDir
  Path dir;

  private FakeSyncServer server;
  private LocalStore store;
  private ColleagueRefresh refresh;

  @BeforeEach
  void caseManagersDevice() throws Exception {
    server = new FakeSyncServer();
    store = openStore(dir);
    store.saveSession(new StoredSession(server.url(), "casemanager1", UUID.randomUUID(), "Fatima El Amrani",
        Role.CASE_MANAGER, "overbetuwe", "Gemeente Overbetuwe", "token-1"));
    refresh = new ColleagueRefresh(new SyncClient(server.url()), store.account(), CLOCK, Runnable::run,
        Duration.ofMinutes(10));
  }

  @AfterEach
  void close() {
    store.close();
    server.close();
  }

  @Test
  void aSyncThatGotThroughBringsTheColleaguesOnceInAWhile() {
    server.on("/api/colleagues", r -> json(List.of(ANNA)));

    refresh.accept(GOT_THROUGH);
    refresh.accept(GOT_THROUGH);

    assertThat(store.colleagues()).containsExactly(ANNA);
    assertThat(server.requests("/api/colleagues")).singleElement()
        .satisfies(r -> assertThat(r.headers().get("authorization")).isEqualTo("Bearer token-1"));
  }

  @Test
  void aFailedSyncAsksNothingAndAFailedFetchKeepsTheLastList() {
    store.saveColleagues(List.of(ANNA));

    refresh.accept(new SyncStatus(0, Attention.NONE, NOW, false, SyncException.Kind.NETWORK, null));
    assertThat(server.requests("/api/colleagues")).isEmpty();
    refresh.accept(GOT_THROUGH); // the fake answers 404, as a server without the endpoint

    assertThat(server.requests("/api/colleagues")).hasSize(1);
    assertThat(store.colleagues()).containsExactly(ANNA);
  }
}
