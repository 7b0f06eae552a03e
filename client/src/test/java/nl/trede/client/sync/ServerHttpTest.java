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

  @Test
  void everyCallAsksForACompressedAnswerAndWhatTheAppSendsIsCompressed() throws Exception {
    nl.trede.sync.Mutation visit = new nl.trede.sync.Mutation(nl.trede.domain.Ids.newId(),
        nl.trede.sync.RecordType.CONTACT, nl.trede.domain.Ids.newId(), nl.trede.sync.MutationKind.CREATE, 0,
        nl.trede.domain.Json.MAPPER.createObjectNode().put("summary", "Huisbezoek ".repeat(200)), java.util.List.of(),
        java.time.Instant.now());
    server.on("/api/auth/login", r -> FakeSyncServer.json(new LoginResult("token-1", UUID.randomUUID().toString(),
            "Anna de Vries", nl.trede.domain.Role.PARTICIPATION_COACH, "overbetuwe", "Gemeente Overbetuwe")))
        .on("/api/sync/push", r -> FakeSyncServer.json(new nl.trede.sync.PushResponse(java.util.List.of())))
        .on("/api/sync/pull", r -> FakeSyncServer.json(new nl.trede.sync.PullPage(java.util.List.of(), "s1", false,
            java.util.List.of())));
    SyncClient client = new SyncClient(server.url());

    LoginResult login = client.login("coach1", "geheim wachtwoord", UUID.randomUUID(), "Telefoon");
    client.push("token-1", new nl.trede.sync.PushRequest(java.util.List.of(visit)));
    nl.trede.sync.PullPage page = client.pull("token-1", null, 10);

    // The fake server inflates a body only when it says gzip, and compresses its answers only when asked:
    // the answers read here were compressed, and the bodies it read were sent compressed.
    assertThat(login.tenantName()).isEqualTo("Gemeente Overbetuwe");
    assertThat(page.cursor()).isEqualTo("s1");
    assertThat(server.requests("/api/auth/login")).singleElement().satisfies(r -> {
      assertThat(r.headers()).containsEntry("accept-encoding", "gzip").containsEntry("content-encoding", "gzip");
      assertThat(r.body()).contains("\"username\":\"coach1\"");
    });
    assertThat(server.requests("/api/sync/push")).singleElement().satisfies(r -> {
      assertThat(r.headers()).containsEntry("accept-encoding", "gzip").containsEntry("content-encoding", "gzip");
      assertThat(r.bodyAs(nl.trede.sync.PushRequest.class).mutations()).extracting(nl.trede.sync.Mutation::id)
          .containsExactly(visit.id());
    });
    assertThat(server.requests("/api/sync/pull")).singleElement()
        .satisfies(r -> assertThat(r.headers()).containsEntry("accept-encoding", "gzip"));
  }

  @Test
  void anAnswerThatDoesNotInflateFailsAndOneThatDoesReadsBack() {
    assertThat(catchThrowableOfType(() -> Gzip.inflate("not gzip at all".getBytes()),
        java.io.UncheckedIOException.class)).isNotNull();
    assertThat(Gzip.inflate(Gzip.compress("{\"a\":1}".getBytes()))).isEqualTo("{\"a\":1}".getBytes());
  }
}
