package nl.trede.server.accounts.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.server.support.FromAddress;
import nl.trede.server.support.FromAddress.Answer;
import nl.trede.server.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Login throttling (docs/security.md) over real HTTP, against a real database, on the server's
 * clock: each test plays its users and attackers from addresses of its own in the loopback range,
 * so the tests' counters do not meet. Run once per database by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoginThrottleContract implements TestPropertyProvider {
  /** The reverse proxy this server is told to trust (docs/deploy.md). */
  static final String PROXY = "127.0.9.1";

  /** The database's settings, and the proxy named in {@code trede.http.trusted-proxies}. */
  static java.util.Map<String, String> behindTheProxy(java.util.Map<String, String> database) {
    java.util.Map<String, String> properties = new java.util.HashMap<>(database);
    properties.put("trede.http.trusted-proxies", PROXY);
    return properties;
  }
  private final MutableClock clock = MutableClock.startingNow();

  @Inject
  EmbeddedServer server;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  private Answer apiLogin(String from, String username, String password) {
    return FromAddress.postJson(from, server.getURL(), "/api/auth/login", "{\"username\":\"" + username
        + "\",\"password\":\"" + password + "\",\"deviceId\":\"" + Ids.newId() + "\"}");
  }

  private Answer consoleLogin(String from, String username, String password) {
    return FromAddress.postForm(from, server.getURL(), "/office/login", "username="
        + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
  }

  private static JsonNode json(Answer answer) {
    try {
      return Json.MAPPER.readTree(answer.body());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + answer.body(), e);
    }
  }

  @Test
  void fiftyWrongPasswordsInARowAreMostlyNotEvenCheckedAndTheRightOneMustWait() {
    String from = "127.0.1.1";
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      statuses.add(apiLogin(from, "coach2", "geraden-" + i).status());
    }
    Answer right = apiLogin(from, "coach2", "trede-demo");

    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 50)).containsOnly(429);
    assertThat(right.status()).as("the right password while the wait lasts").isEqualTo(429);
    clock.advance(Duration.ofSeconds(1));
    assertThat(apiLogin(from, "coach2", "trede-demo").status()).as("after the wait").isEqualTo(200);
  }

  @Test
  void aThrottledLoginIsA429ProblemSayingHowLongToWait() {
    String from = "127.0.1.2";
    for (int i = 0; i < 5; i++) {
      assertThat(apiLogin(from, "jobcoach1", "fout").status()).isEqualTo(401);
    }

    Answer throttled = apiLogin(from, "jobcoach1", "fout");

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
    assertThat(throttled.header("Retry-After")).isEqualTo("1");
    JsonNode problem = json(throttled);
    assertThat(problem.get("type").asText()).isEqualTo("https://trede.nl/problems/too-many-attempts");
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("too-many-attempts");
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("password");
  }

  @Test
  void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
    String from = "127.0.1.3";
    for (int i = 0; i < 5; i++) {
      apiLogin(from, "jobhunter1", "fout");
    }
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      Answer refused = apiLogin(from, "jobhunter1", "fout");
      assertThat(refused.status()).isEqualTo(429);
      long wait = Long.parseLong(refused.header("Retry-After"));
      waits.add(wait);
      clock.advance(Duration.ofSeconds(wait));
      assertThat(apiLogin(from, "jobhunter1", "fout").status()).as("once the wait is over").isEqualTo(401);
    }

    assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L, 900L);
    // An hour without failures and the account starts afresh.
    clock.advance(Duration.ofHours(1).plusSeconds(1));
    assertThat(apiLogin(from, "jobhunter1", "trede-demo").status()).isEqualTo(200);
  }

  @Test
  void aSuccessfulLoginStartsTheCountForThatAddressAgain() {
    String from = "127.0.1.4";
    for (int i = 0; i < 4; i++) {
      assertThat(apiLogin(from, "coach1b", "fout").status()).isEqualTo(401);
    }
    assertThat(apiLogin(from, "coach1b", "trede-demo").status()).isEqualTo(200);

    for (int i = 0; i < 4; i++) {
      assertThat(apiLogin(from, "coach1b", "fout").status()).as("failure %d after the success", i + 1).isEqualTo(401);
    }
    assertThat(apiLogin(from, "coach1b", "trede-demo").status()).isEqualTo(200);
  }

  @Test
  void guessingFromManyAddressesSlowsTheAccountButNotItsOwnerWhereTheyAlwaysLogIn() {
    String home = "127.0.2.1";
    assertThat(apiLogin(home, "casemanager1", "trede-demo").status()).isEqualTo(200);

    // A botnet: one guess from each of ten addresses.
    for (int i = 0; i < 10; i++) {
      assertThat(apiLogin("127.0.2." + (10 + i), "casemanager1", "geraden").status()).isEqualTo(401);
    }
    Answer newPlace = apiLogin("127.0.2.50", "casemanager1", "trede-demo");
    Answer usualPlace = apiLogin(home, "casemanager1", "trede-demo");

    assertThat(newPlace.status()).as("the right password from an address never used").isEqualTo(429);
    assertThat(usualPlace.status()).as("the owner where they logged in before").isEqualTo(200);
  }

  @Test
  void oneAddressTryingManyAccountsIsSlowedForAccountsItNeverLoggedInto() {
    String sprayer = "127.0.3.1";
    for (int i = 0; i < 50; i++) {
      assertThat(apiLogin(sprayer, "medewerker" + i, "Welkom01").status()).isEqualTo(401);
    }

    assertThat(apiLogin(sprayer, "coach-dalfsen", "trede-demo").status()).isEqualTo(429);
    assertThat(apiLogin("127.0.3.2", "coach-dalfsen", "trede-demo").status()).as("from elsewhere").isEqualTo(200);
  }

  private Answer apiLoginForwarded(String peer, String forwardedFor, String username, String password) {
    return FromAddress.postJson(peer, server.getURL(), "/api/auth/login", "{\"username\":\"" + username
        + "\",\"password\":\"" + password + "\",\"deviceId\":\"" + Ids.newId() + "\"}",
        java.util.Map.of("X-Forwarded-For", forwardedFor));
  }

  @Test
  void behindANamedProxyEachClientIsCountedByTheAddressTheProxySaw() {
    for (int i = 0; i < 50; i++) {
      // What the sprayer writes itself stands left of what the proxy appends, and is not believed.
      apiLoginForwarded(PROXY, "10.9.9." + i + ", 198.51.100.7", "spray" + i, "Welkom01");
    }

    assertThat(apiLoginForwarded(PROXY, "198.51.100.7", "casemanager-dalfsen", "trede-demo").status())
        .as("the sprayer, behind the proxy").isEqualTo(429);
    assertThat(apiLoginForwarded(PROXY, "198.51.100.8", "casemanager-dalfsen", "trede-demo").status())
        .as("a colleague behind the same proxy").isEqualTo(200);
  }

  @Test
  void aClientThatIsNotANamedProxyCannotChooseItsAddress() {
    String sprayer = "127.0.9.2";
    for (int i = 0; i < 50; i++) {
      apiLoginForwarded(sprayer, "198.51.100." + (100 + i), "sproei" + i, "Welkom01");
    }

    assertThat(apiLoginForwarded(sprayer, "198.51.100.200", "coach1", "trede-demo").status())
        .as("counted by its own address, whatever it forwards").isEqualTo(429);
    assertThat(apiLogin("127.0.9.3", "coach1", "trede-demo").status()).as("from elsewhere").isEqualTo(200);
  }

  @Test
  void anUnknownAccountIsThrottledJustLikeARealOneSoThrottlingTellsNoOneWhichExist() {
    List<Integer> unknown = new ArrayList<>();
    List<Integer> real = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      unknown.add(apiLogin("127.0.4.1", "bestaat-niet", "fout").status());
      real.add(apiLogin("127.0.4.2", "office-dalfsen", "fout").status());
    }

    assertThat(unknown).containsExactly(401, 401, 401, 401, 401, 429, 429).isEqualTo(real);
  }

  @Test
  void theConsoleLoginIsThrottledWithADutchPageAndTheSameCountersAsTheApp() {
    String from = "127.0.5.1";
    for (int i = 0; i < 3; i++) {
      assertThat(apiLogin(from, "office1", "fout").status()).isEqualTo(401);
    }
    for (int i = 0; i < 2; i++) {
      assertThat(consoleLogin(from, "office1", "fout").status()).isEqualTo(401);
    }

    Answer throttled = consoleLogin(from, "office1", "trede-demo");

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isEqualTo("1");
    assertThat(throttled.header("Content-Type")).startsWith("text/html");
    assertThat(throttled.body()).contains("Te veel mislukte pogingen om in te loggen. Probeer het over 1 seconden opnieuw.");
    assertThat(throttled.header("Set-Cookie")).isNull();
    clock.advance(Duration.ofSeconds(1));
    assertThat(consoleLogin(from, "office1", "trede-demo").status()).isEqualTo(303);
  }

  @Test
  void aLongWaitIsSaidInMinutes() {
    String from = "127.0.5.2";
    for (int i = 0; i < 12; i++) {
      Answer answer = consoleLogin(from, "admin1", "fout");
      if (answer.status() == 429) {
        clock.advance(Duration.ofSeconds(Long.parseLong(answer.header("Retry-After"))));
        i--;
      }
    }

    Answer throttled = consoleLogin(from, "admin1", "fout");

    assertThat(throttled.header("Retry-After")).isEqualTo("128");
    assertThat(throttled.body()).contains("Probeer het over 3 minuten opnieuw.");
  }
}
