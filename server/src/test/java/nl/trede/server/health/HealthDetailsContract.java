package nl.trede.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import nl.trede.domain.Json;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.OfficeClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /health} tells everyone whether the server is up, and only an admin (device token or console
 * session) what it runs on: disk space and its path, the database. Run once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HealthDetailsContract implements TestPropertyProvider {
  @Inject
  EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  private JsonNode health(String token) {
    HttpRequest<?> request = HttpRequest.GET("/health");
    if (token != null) {
      ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(token);
    }
    return http.toBlocking().retrieve(request, JsonNode.class);
  }

  private JsonNode consoleHealth(String username) {
    OfficeClient browser = new OfficeClient(server.getURL().toString());
    browser.login(username);
    OfficeClient.Page page = browser.get("/office/health");
    assertThat(page.status()).isEqualTo(200);
    try {
      return Json.MAPPER.readTree(page.text());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void onlyStatus(JsonNode health) {
    assertThat(health.toString()).isEqualTo("{\"status\":\"UP\"}");
  }

  private static void details(JsonNode health) {
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.path("details").path("diskSpace").path("details").has("free")).as(health.toString()).isTrue();
    assertThat(health.path("details").path("jdbc").path("status").asText()).as(health.toString()).isEqualTo("UP");
  }

  @Test
  void anyoneWithoutALoginSeesOnlyWhetherTheServerIsUp() {
    onlyStatus(health(null));
    onlyStatus(consoleHealth("coach1"));
  }

  @Test
  void fieldAndOfficeUsersSeeOnlyTheStatusToo() {
    ApiClient api = new ApiClient(http.toBlocking());
    for (String user : new String[] {"coach1", "jobhunter1", "casemanager1", "office1"}) {
      onlyStatus(health(api.login(user).token()));
    }
    onlyStatus(consoleHealth("office1"));
    onlyStatus(consoleHealth("casemanager1"));
  }

  @Test
  void anAdminSeesDiskSpaceAndTheDatabaseWithADeviceTokenOrAConsoleSession() {
    details(health(new ApiClient(http.toBlocking()).login("admin1").token()));
    details(consoleHealth("admin1"));
  }
}
