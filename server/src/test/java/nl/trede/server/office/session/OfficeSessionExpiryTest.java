package nl.trede.server.office.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.trede.server.support.MutableClock;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A console session ends after 30 minutes without a request and 12 hours after login at the latest
 * (a municipal laptop left unlocked), on the server's clock.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeSessionExpiryTest implements TestPropertyProvider {
  private final MutableClock clock = MutableClock.startingNow();

  @Inject
  EmbeddedServer server;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.sqlite();
  }

  private OfficeClient loggedIn() {
    OfficeClient browser = new OfficeClient(server.getURL().toString());
    assertThat(browser.login("office1").status()).isEqualTo(303);
    return browser;
  }

  @Test
  void aSessionEndsAfterThirtyMinutesWithoutARequest() {
    OfficeClient browser = loggedIn();

    clock.advance(Duration.ofMinutes(29));
    assertThat(browser.get("/office/kandidaten").status()).as("after 29 idle minutes").isEqualTo(200);
    clock.advance(Duration.ofMinutes(29));
    assertThat(browser.get("/office/kandidaten").status()).as("29 minutes after the last request").isEqualTo(200);
    clock.advance(Duration.ofMinutes(31));
    assertThat(browser.get("/office/kandidaten").status()).as("31 idle minutes").isEqualTo(303);
  }

  @Test
  void workingOnKeepsASessionButNotBeyondTwelveHours() {
    OfficeClient browser = loggedIn();

    for (int i = 0; i < 35; i++) {
      clock.advance(Duration.ofMinutes(20));
      assertThat(browser.get("/office/kandidaten").status()).as("after %d minutes", (i + 1) * 20).isEqualTo(200);
    }
    // 11 h 40 min so far; one more request a minute past the twelfth hour.
    clock.advance(Duration.ofMinutes(21));
    OfficeClient.Page last = browser.get("/office/kandidaten");

    assertThat(last.status()).as("12 hours and a minute after login").isEqualTo(303);
    assertThat(last.location()).startsWith("/office/login");
  }

}
