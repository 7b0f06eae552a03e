package nl.trede.client.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import nl.trede.client.sync.SyncException;
import nl.trede.client.sync.SyncException.Kind;
import nl.trede.domain.Json;
import nl.trede.matching.VacancyMatches;

/**
 * Asks the server which candidates of the municipality's pool might fit a vacancy. Online only: a
 * jobhunter's device holds no candidate files, so there is nothing to match against offline.
 * Short timeouts, since a person is waiting at an employer's desk; failures become a
 * {@link SyncException} whose kind the screen turns into a plain Dutch sentence.
 */
public class MatchingClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

  private final URI server;
  private final HttpClient http;

  public MatchingClient(String serverUrl) {
    this.server = URI.create(serverUrl.endsWith("/") ? serverUrl : serverUrl + "/");
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  public VacancyMatches candidatesFor(String token, UUID vacancyId) throws SyncException {
    if (token == null) {
      throw new SyncException(Kind.UNAUTHORIZED, "no token on this device", null, null);
    }
    HttpRequest request = HttpRequest.newBuilder(server.resolve("api/matching/vacancies/" + vacancyId + "/candidates"))
        .timeout(REQUEST_TIMEOUT)
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .GET().build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SyncException(Kind.NETWORK, "no answer from the server: " + e.getClass().getSimpleName(), null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncException(Kind.NETWORK, "interrupted", null, e);
    }
    int status = response.statusCode();
    if (status == 200) {
      try {
        return Json.MAPPER.readValue(response.body(), VacancyMatches.class);
      } catch (JsonProcessingException e) {
        throw new SyncException(Kind.SERVER_ERROR, "the server's answer does not parse", null, e);
      }
    }
    if (status == 401) {
      throw new SyncException(Kind.UNAUTHORIZED, "the token is no longer valid", null, null);
    }
    if (status >= 500 || status == 429 || status == 408) {
      throw new SyncException(Kind.SERVER_ERROR, "server answered " + status, null, null);
    }
    throw new SyncException(Kind.REFUSED, "server refused with " + status, null, null);
  }
}
