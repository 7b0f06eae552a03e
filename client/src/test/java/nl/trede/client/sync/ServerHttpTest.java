package nl.trede.client.sync;

import static nl.trede.client.support.FakeSyncServer.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;
import nl.trede.client.matching.MatchingClient;
import nl.trede.client.support.FakeSyncServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A status means the same whichever of the app's calls gets it: sync and matching both go through
 * ServerHttp, so the device does the same about a refused token or a failing server everywhere.
 */
class ServerHttpTest {
  private static final UUID VACANCY = UUID.fromString("0190a1b2-0000-7000-8000-0000000fac01");
  private FakeSyncServer server;

  @BeforeEach
  void start() throws Exception {
    server = new FakeSyncServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void syncAndMatchingReadEveryFailingStatusAlike() throws Exception {
    int[] statuses = {401, 503, 429, 400};
    SyncException.Kind[] kinds = {SyncException.Kind.UNAUTHORIZED, SyncException.Kind.SERVER_ERROR,
        SyncException.Kind.SERVER_ERROR, SyncException.Kind.REFUSED};
    for (int i = 0; i < statuses.length; i++) {
      int status = statuses[i];
      server.on("/api/sync/pull", r -> problem(status, "x", "nee"))
          .on("/api/matching/vacancies/" + VACANCY + "/candidates", r -> problem(status, "x", "nee"));

      SyncException fromSync = catchThrowableOfType(
          () -> new SyncClient(server.url()).pull("token-1", null, 10), SyncException.class);
      SyncException fromMatching = catchThrowableOfType(
          () -> new MatchingClient(server.url()).candidatesFor("token-1", VACANCY), SyncException.class);

      assertThat(fromSync.kind()).as("sync, %d", status).isEqualTo(kinds[i]);
      assertThat(fromMatching.kind()).as("matching, %d", status).isEqualTo(kinds[i]);
      assertThat(fromMatching.problem()).as("the server's reason is kept").isNotNull();
    }
  }

  @Test
  void aRefusedTokenSaysWhetherTheDeviceMustBeWiped() throws Exception {
    String[] types = {"device-revoked", "user-deactivated", "token-expired", "unauthorized"};
    SyncException.Kind[] kinds = {SyncException.Kind.DEVICE_REVOKED, SyncException.Kind.USER_DEACTIVATED,
        SyncException.Kind.UNAUTHORIZED, SyncException.Kind.UNAUTHORIZED};
    for (int i = 0; i < types.length; i++) {
      String type = types[i];
      server.on("/api/sync/pull", r -> problem(401, type, "nee"))
          .on("/api/matching/vacancies/" + VACANCY + "/candidates", r -> problem(401, type, "nee"));

      SyncException fromSync = catchThrowableOfType(
          () -> new SyncClient(server.url()).pull("token-1", null, 10), SyncException.class);
      SyncException fromMatching = catchThrowableOfType(
          () -> new MatchingClient(server.url()).candidatesFor("token-1", VACANCY), SyncException.class);

      assertThat(fromSync.kind()).as(type).isEqualTo(kinds[i]);
      assertThat(fromMatching.kind()).as(type).isEqualTo(kinds[i]);
      assertThat(fromSync.wipesDevice()).as(type).isEqualTo(i < 2);
    }
  }

  @Test
  void bothSendTheTokenAndTheProtocolVersion() throws Exception {
    server.on("/api/matching/vacancies/" + VACANCY + "/candidates", r -> problem(503, "x", "later"));

    catchThrowableOfType(() -> new MatchingClient(server.url()).candidatesFor("token-1", VACANCY), SyncException.class);

    assertThat(server.requests("/api/matching/vacancies/" + VACANCY + "/candidates")).singleElement()
        .satisfies(r -> {
          assertThat(r.headers()).containsEntry("authorization", "Bearer token-1");
          assertThat(r.headers()).containsKey("trede-protocol");
        });
  }
}
