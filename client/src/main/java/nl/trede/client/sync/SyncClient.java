package nl.trede.client.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.trede.client.sync.SyncException.Kind;
import nl.trede.domain.Json;
import nl.trede.sync.Problem;
import nl.trede.sync.Protocol;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;

/**
 * The server's sync API over HTTP (docs/sync-protocol.md). Turns every way a request can fail
 * into a {@link SyncException} whose kind says what the device should do.
 */
public class SyncClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** A push of 500 mutations on a slow mobile link still fits. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final URI server;
  private final HttpClient http;

  public SyncClient(String serverUrl) {
    this.server = URI.create(serverUrl.endsWith("/") ? serverUrl : serverUrl + "/");
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  public String serverUrl() {
    String text = server.toString();
    return text.substring(0, text.length() - 1);
  }

  public LoginResult login(String username, String password, UUID deviceId, String deviceName)
      throws SyncException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", password);
    body.put("deviceId", deviceId);
    body.put("deviceName", deviceName);
    HttpRequest request = HttpRequest.newBuilder(server.resolve("api/auth/login"))
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body)))
        .build();
    HttpResponse<byte[]> response = send(request);
    if (response.statusCode() == 401) {
      throw new SyncException(Kind.BAD_CREDENTIALS, "login refused", problemOf(response), null);
    }
    return read(response, LoginResult.class);
  }

  /**
   * Whether the server answers its health endpoint within the timeout: a cheap way to notice the
   * network coming back. Never throws.
   */
  public boolean reachable(Duration timeout) {
    HttpRequest request = HttpRequest.newBuilder(server.resolve("health")).timeout(timeout).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public PushResponse push(String token, PushRequest push) throws SyncException {
    HttpRequest request = authorised(server.resolve("api/sync/push"), token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(push)))
        .build();
    return read(send(request), PushResponse.class);
  }

  public PullPage pull(String token, String cursor, int limit) throws SyncException {
    return read(send(pullRequest(token, cursor, limit)), PullPage.class);
  }

  /**
   * Asks for a page without waiting for it, so the device can store the page before while this
   * one travels and is read. Completes with the page or fails with a {@link SyncException}.
   */
  public CompletableFuture<PullPage> pullAsync(String token, String cursor, int limit) {
    return http.sendAsync(pullRequest(token, cursor, limit), HttpResponse.BodyHandlers.ofByteArray())
        .handle((response, failure) -> {
          try {
            if (failure != null) {
              throw networkFailure(failure instanceof CompletionException && failure.getCause() != null
                  ? failure.getCause() : failure);
            }
            return read(response, PullPage.class);
          } catch (SyncException e) {
            throw new CompletionException(e);
          }
        });
  }

  private HttpRequest pullRequest(String token, String cursor, int limit) {
    StringBuilder query = new StringBuilder("api/sync/pull?limit=").append(limit);
    if (cursor != null) {
      query.append("&cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    }
    return authorised(server.resolve(query.toString()), token).GET().build();
  }

  private static HttpRequest.Builder authorised(URI uri, String token) {
    return HttpRequest.newBuilder(uri)
        .timeout(REQUEST_TIMEOUT)
        .header("Authorization", "Bearer " + token)
        .header(Protocol.VERSION_HEADER, String.valueOf(Protocol.VERSION))
        .header("Accept", "application/json");
  }

  private HttpResponse<byte[]> send(HttpRequest request) throws SyncException {
    try {
      // Bytes, not a String: Jackson reads UTF-8 directly, without a copy of a page as text.
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw networkFailure(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncException(Kind.NETWORK, "interrupted", null, e);
    }
  }

  private static SyncException networkFailure(Throwable e) {
    return new SyncException(Kind.NETWORK, "no answer from the server: " + e.getClass().getSimpleName(), null, e);
  }

  private static <T> T read(HttpResponse<byte[]> response, Class<T> type) throws SyncException {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      try {
        return Json.MAPPER.readValue(response.body(), type);
      } catch (IOException e) {
        throw new SyncException(Kind.SERVER_ERROR, "the server's answer does not parse", null, e);
      }
    }
    Problem problem = problemOf(response);
    if (problem != null && problem.type() != null && problem.type().endsWith("unsupported-protocol")) {
      throw new SyncException(Kind.UNSUPPORTED_PROTOCOL, "the server needs a newer app", problem, null);
    }
    if (status == 401) {
      throw new SyncException(Kind.UNAUTHORIZED, "the token is no longer valid", problem, null);
    }
    if (status >= 500 || status == 429 || status == 408) {
      throw new SyncException(Kind.SERVER_ERROR, "server answered " + status, problem, null);
    }
    throw new SyncException(Kind.REFUSED, "server refused the request with " + status
        + (problem == null ? "" : ": " + problem.detail()), problem, null);
  }

  /** A problem+json body, or null when the body is something else (a proxy's error page). */
  private static Problem problemOf(HttpResponse<byte[]> response) {
    try {
      JsonNode body = Json.MAPPER.readTree(response.body());
      return body != null && body.isObject() ? Json.MAPPER.treeToValue(body, Problem.class) : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String write(Object body) {
    try {
      return Json.MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request", e);
    }
  }
}
