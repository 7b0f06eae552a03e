package nl.trede.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;
import nl.trede.sync.RecordType;

/** A device talking to the API over real HTTP, as the field app does. */
public final class ApiClient {
  private final BlockingHttpClient http;
  private ServedDescription description;

  public ApiClient(BlockingHttpClient http) {
    this.http = http;
  }

  public record Session(String token, String userId, UUID deviceId) {
    public UUID user() {
      return UUID.fromString(userId);
    }
  }

  /** The answer to a raw request: status and body, whether it succeeded or not. */
  public record Answer(int status, String contentType, JsonNode body) {}

  public Session login(String username) {
    return login(username, "trede-demo", Ids.newId(), null);
  }

  /** A login as the app makes it: its device id and, when given, its version in the header. */
  public Session login(String username, String password, UUID device, String appVersion) {
    Answer answer = loginAnswer(username, password, device, appVersion);
    if (answer.status() != 200) {
      throw new AssertionError("login of " + username + " answered " + answer.status() + ": " + answer.body());
    }
    return new Session(answer.body().get("token").asText(), answer.body().get("userId").asText(), device);
  }

  /** The answer to a login, whatever it is. */
  public Answer loginAnswer(String username, String password, UUID device, String appVersion) {
    MutableHttpRequest<?> request = HttpRequest.POST("/api/auth/login", Map.of(
        "username", username, "password", password, "deviceId", device.toString(), "deviceName", "Testtoestel"));
    if (appVersion != null) {
      request.header(Protocol.APP_VERSION_HEADER, appVersion);
    }
    return send(request, null, false, true);
  }

  /** The answer to choosing a new password in place of one an admin set (after password-change-required). */
  public Answer changePassword(String username, String password, String newPassword, UUID device) {
    return send(HttpRequest.POST("/api/auth/password", Map.of("username", username, "password", password,
        "newPassword", newPassword, "deviceId", device.toString(), "deviceName", "Testtoestel")), null, false, true);
  }

  /** A pull as the app makes it, with its version; the answer whatever it is. */
  public Answer pullAnswer(Session session, String appVersion) {
    MutableHttpRequest<?> request = HttpRequest.GET("/api/sync/pull?limit=1");
    if (appVersion != null) {
      request.header(Protocol.APP_VERSION_HEADER, appVersion);
    }
    return send(request, session, true, true);
  }

  /**
   * Pushes as the app does: the body written by the shared mapper, as every device writes it (a
   * client made with {@code HttpClient.create} has a mapper of its own that writes instants as
   * numbers, which the server refuses).
   */
  public List<MutationResult> push(Session session, Mutation... mutations) {
    return push(session, true, mutations);
  }

  /** A push of mutations that break the published description on purpose (hostile input): only the answer is checked. */
  public List<MutationResult> pushMalformed(Session session, Mutation... mutations) {
    return push(session, false, mutations);
  }

  private List<MutationResult> push(Session session, boolean wellFormed, Mutation... mutations) {
    String body;
    try {
      body = Json.MAPPER.writeValueAsString(new PushRequest(List.of(mutations)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return read(send(HttpRequest.POST("/api/sync/push", body).contentType(MediaType.APPLICATION_JSON), session, true,
        wellFormed), PushResponse.class).results();
  }

  /** A push that names the database epoch the device last saw, answered as it comes (a 409 after a restore). */
  public Answer pushNamingEpoch(Session session, UUID epoch, Mutation... mutations) {
    String body;
    try {
      body = Json.MAPPER.writeValueAsString(new PushRequest(List.of(mutations), epoch));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return send(HttpRequest.POST("/api/sync/push", body).contentType(MediaType.APPLICATION_JSON), session, true, true);
  }

  public PullPage pull(Session session, String cursor, int limit) {
    String query = "/api/sync/pull?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
    return read(send(HttpRequest.GET(query), session, true, true), PullPage.class);
  }

  /** Pulls every page from the start; the device's whole view. */
  public PullPage pullAll(Session session) {
    return pullAll(session, null);
  }

  /** Every page of changes after the cursor, as a device pulls until nothing more comes, purges included. */
  public PullPage pullAll(Session session, String cursor) {
    List<nl.trede.sync.RecordChange> all = new java.util.ArrayList<>();
    List<java.util.UUID> purges = new java.util.ArrayList<>();
    PullPage page;
    do {
      page = pull(session, cursor, Protocol.MAX_PAGE_SIZE);
      all.addAll(page.changes());
      purges.addAll(page.purgeCandidates());
      cursor = page.cursor();
    } while (page.hasMore());
    return new PullPage(all, cursor, false, purges, page.epoch());
  }

  /** The latest state of a record in what a device pulled; null when it did not come. */
  public static nl.trede.sync.RecordChange latest(PullPage page, java.util.UUID id) {
    return page.changes().stream().filter(c -> c.id().equals(id)).reduce((a, b) -> b).orElse(null);
  }

  /**
   * Any request, answered as it comes. Its answer is held to the served description; the request
   * itself is not, because this is how the tests send deliberately malformed ones.
   */
  public Answer raw(MutableHttpRequest<?> request, Session session, boolean withProtocol) {
    return send(request, session, withProtocol, false);
  }

  /** The one way the tests reach the device API: every answer, and every well-formed request, is checked. */
  private Answer send(MutableHttpRequest<?> request, Session session, boolean withProtocol, boolean wellFormed) {
    if (session != null) {
      request.bearerAuth(session.token());
    }
    if (withProtocol) {
      request.header(Protocol.VERSION_HEADER, String.valueOf(Protocol.VERSION));
    }
    int status;
    String contentType;
    String body;
    try {
      HttpResponse<String> response = http.exchange(request, Argument.STRING, Argument.STRING);
      status = response.code();
      contentType = response.getContentType().map(MediaType::toString).orElse("");
      body = response.getBody(String.class).orElse(null);
    } catch (HttpClientResponseException e) {
      status = e.getStatus().getCode();
      contentType = e.getResponse().getContentType().map(MediaType::toString).orElse("");
      body = e.getResponse().getBody(String.class).orElse(null);
    }
    ServedDescription.Exchange exchange = new ServedDescription.Exchange(request.getMethodName(),
        request.getPath(), request.getParameters().asMap(), request.getHeaders().asMap(), jsonText(request),
        status, contentType, body);
    if (wellFormed) {
      description().checkBoth(exchange);
    } else {
      description().checkAnswer(exchange);
    }
    return new Answer(status, contentType, parse(body));
  }

  private ServedDescription description() {
    if (description == null) {
      description = new ServedDescription(http.retrieve(ServedDescription.PATH));
    }
    return description;
  }

  /** The request body as the server reads it: JSON text, or an object the client writes as JSON. */
  private static String jsonText(MutableHttpRequest<?> request) {
    Object body = request.getBody().orElse(null);
    if (body == null || body instanceof byte[]) {
      return null;
    }
    if (body instanceof CharSequence text) {
      return text.toString();
    }
    try {
      return Json.MAPPER.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  /** A successful answer read as the device reads it; anything else fails the test with the answer. */
  private static <T> T read(Answer answer, Class<T> type) {
    if (answer.status() != 200) {
      throw new AssertionError("answered " + answer.status() + ": " + answer.body());
    }
    try {
      return Json.MAPPER.treeToValue(answer.body(), type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Mutation create(RecordType type, DomainRecord record) {
    return new Mutation(Ids.newId(), type, record.id(), MutationKind.CREATE, 0,
        Json.MAPPER.valueToTree(record), List.of(), Instant.now());
  }

  public static Mutation update(RecordType type, UUID id, long baseVersion, ObjectNode fields) {
    return new Mutation(Ids.newId(), type, id, MutationKind.UPDATE, baseVersion, fields, List.of(), Instant.now());
  }

  public static ObjectNode fields() {
    return Json.MAPPER.createObjectNode();
  }
}
