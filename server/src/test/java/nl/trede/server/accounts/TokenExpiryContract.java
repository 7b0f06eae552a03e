package nl.trede.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import nl.trede.domain.Ids;
import nl.trede.server.secret.SecretHash;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Answer;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A device token expires after 90 days without use and every use renews it, without a write per
 * request: the last use is written at most once an hour (docs/security.md). On the server's clock,
 * on SQLite and PostgreSQL by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TokenExpiryContract implements TestPropertyProvider {
  /** The server's clock; each subclass hands it to the server as a mock bean of its own. */
  final MutableClock clock = MutableClock.startingNow();

  @Inject
  EmbeddedServer server;

  @Inject
  ApplicationContext context;

  @Inject
  DeviceTokenRepository tokens;

  @Inject
  DeviceBindingRepository devices;

  ApiClient api;

  @BeforeEach
  void client() {
    // Made here, not injected: the test instance is a bean (it provides the clock) and is created
    // before the server has its random port. Made by the context, so it reads problem+json bodies.
    api = new ApiClient(context.createBean(HttpClient.class, server.getURL()).toBlocking());
  }

  private Instant lastUse(Session session) {
    return tokens.findById(SecretHash.sha256(session.token())).orElseThrow().lastUsedAt();
  }

  @Test
  void aTokenInUseNeverExpiresAndOneUnusedForNinetyDaysDoes() {
    Session used = api.login("coach2");
    Session idle = api.login("coach2");

    for (int month = 0; month < 6; month++) {
      clock.advance(Duration.ofDays(30));
      assertThat(api.pullAnswer(used, null).status()).as("month " + month).isEqualTo(200);
    }
    Answer expired = api.pullAnswer(idle, null);

    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.body().get("type").asText()).isEqualTo("https://trede.nl/problems/token-expired");
    assertThat(api.pullAnswer(api.login("coach2"), null).status()).as("a new login works at once").isEqualTo(200);
  }

  @Test
  void theExpiryIsNinetyDaysAfterTheLastUseNotTheLogin() {
    Session session = api.login("jobcoach1");
    clock.advance(Duration.ofDays(89));
    assertThat(api.pullAnswer(session, null).status()).isEqualTo(200);

    clock.advance(Duration.ofDays(89));
    assertThat(api.pullAnswer(session, null).status()).as("89 days after its last use").isEqualTo(200);
    clock.advance(Duration.ofDays(91));
    assertThat(api.pullAnswer(session, null).body().get("type").asText()).endsWith("/token-expired");
  }

  @Test
  void aUseIsWrittenAtMostOnceAnHourAndANewAppVersionAtOnce() {
    Session session = api.login("coach1", "trede-demo", Ids.newId(), "1.0.0");
    Instant atLogin = lastUse(session);
    assertThat(devices.findById(session.deviceId().toString()).orElseThrow().appVersion()).isEqualTo("1.0.0");

    clock.advance(Duration.ofMinutes(50));
    api.pullAnswer(session, "1.0.0");
    assertThat(lastUse(session)).as("within the hour: no write").isEqualTo(atLogin);
    api.pullAnswer(session, "1.1.0");
    assertThat(devices.findById(session.deviceId().toString()).orElseThrow().appVersion()).isEqualTo("1.1.0");

    clock.advance(Duration.ofMinutes(20));
    api.pullAnswer(session, "1.1.0");
    assertThat(lastUse(session)).isEqualTo(clock.instant());
    api.pullAnswer(session, "not a version; DROP TABLE");
    assertThat(devices.findById(session.deviceId().toString()).orElseThrow().appVersion())
        .as("what is not a version is not stored").isEqualTo("1.1.0");
  }

  @Test
  void aLoggedOutTokenIsRefusedWithoutAReasonToWipe() {
    Session session = api.login("coach1");
    api.raw(io.micronaut.http.HttpRequest.POST("/api/auth/logout", ""), session, false);

    Answer refused = api.pullAnswer(session, null);

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body().get("type").asText()).isEqualTo("https://trede.nl/problems/unauthorized");
  }
}
