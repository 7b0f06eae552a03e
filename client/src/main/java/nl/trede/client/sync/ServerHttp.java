package nl.trede.client.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.trede.client.sync.SyncException.Kind;
import nl.trede.domain.Json;
import nl.trede.sync.AccessEnded;
import nl.trede.sync.Problem;
import nl.trede.sync.Protocol;

/**
 * The app's one way to call the server over HTTP: requests with the token and the protocol
 * version, answers read as JSON, and every way a call can fail turned into a {@link SyncException}
 * whose kind says what the device should do. The sync API ({@link SyncClient}) and the online-only
 * matching ({@code MatchingClient}) both call through it, so a status means the same everywhere.
 *
 * <p>Both ways are compressed (gzip): coaches sync over rural 4G and poor 3G, where a first sync's
 * JSON is a tenth of its size compressed (docs/benchmarks.md), and a push of a day's work too.
 */
public final class ServerHttp {
  private final URI server;
  private final HttpClient http;
  private final Duration requestTimeout;

  public ServerHttp(String serverUrl, Duration connectTimeout, Duration requestTimeout) {
    this.server = URI.create(serverUrl.endsWith("/") ? serverUrl : serverUrl + "/");
    this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    this.requestTimeout = requestTimeout;
  }

  /** The server's address as given, without the trailing slash. */
  public String serverUrl() {
    String text = server.toString();
    return text.substring(0, text.length() - 1);
  }

  /** A request to a path below the server's address, answered in JSON, naming the app's version. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.resolve(path))
        .timeout(requestTimeout)
        .header("Accept", "application/json")
        .header("Accept-Encoding", "gzip")
        .header(Protocol.APP_VERSION_HEADER, AppVersion.get());
  }

  /** A request on behalf of the logged-in user, in this app's protocol version. */
  public HttpRequest.Builder authorised(String path, String token) {
    return request(path)
        .header("Authorization", "Bearer " + token)
        .header(Protocol.VERSION_HEADER, String.valueOf(Protocol.VERSION));
  }

  /** The request posting this body as compressed JSON. */
  static HttpRequest.Builder postJson(HttpRequest.Builder request, Object body) {
    try {
      return request.header("Content-Type", "application/json").header("Content-Encoding", "gzip")
          .POST(HttpRequest.BodyPublishers.ofByteArray(Gzip.compress(Json.MAPPER.writeValueAsBytes(body))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request", e);
    }
  }

  /** Sends and reads the answer; any failure is a {@link SyncException}. */
  public <T> T call(HttpRequest request, Class<T> type) throws SyncException {
    return read(send(request), type);
  }

  HttpResponse<byte[]> send(HttpRequest request) throws SyncException {
    try {
      // Bytes, not a String: Jackson reads UTF-8 directly, without a copy of a page as text.
      return http.send(request, Gzip.BODY);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw networkFailure(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncException(Kind.NETWORK, "interrupted", null, e);
    }
  }

  /** Sends without waiting; completes with the answer or fails with a {@link SyncException}. */
  <T> CompletableFuture<T> callAsync(HttpRequest request, Class<T> type) {
    return http.sendAsync(request, Gzip.BODY)
        .handle((response, failure) -> {
          try {
            if (failure != null) {
              throw networkFailure(failure instanceof CompletionException && failure.getCause() != null
                  ? failure.getCause() : failure);
            }
            return read(response, type);
          } catch (SyncException e) {
            throw new CompletionException(e);
          }
        });
  }

  /** Whether the path answers 200 within the timeout. Never throws. */
  boolean answers(String path, Duration timeout) {
    HttpRequest request = HttpRequest.newBuilder(server.resolve(path)).timeout(timeout).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static SyncException networkFailure(Throwable e) {
    return new SyncException(Kind.NETWORK, "no answer from the server: " + e.getClass().getSimpleName(), null, e);
  }

  /** The one mapping of an answer's status to what the device does about it. */
  static <T> T read(HttpResponse<byte[]> response, Class<T> type) throws SyncException {
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
    if (status == 409 && problem != null && problem.type() != null && problem.type().endsWith("server-restored")) {
      throw new SyncException(Kind.SERVER_RESTORED, "the server was restored from a backup", problem, null);
    }
    if (status == 401) {
      throw unauthorized(problem);
    }
    if (status >= 500 || status == 429 || status == 408) {
      throw new SyncException(Kind.SERVER_ERROR, "server answered " + status, problem, null);
    }
    throw new SyncException(Kind.REFUSED, "server refused the request with " + status
        + (problem == null ? "" : ": " + problem.detail()), problem, null);
  }

  /**
   * A 401 as the problem type says: the server ended this device's hold on the user's data (an
   * admin revoked the device or deactivated the user: the app wipes), or only asks for a new login.
   */
  static SyncException unauthorized(Problem problem) {
    AccessEnded reason = AccessEnded.ofProblemType(problem == null ? null : problem.type()).orElse(null);
    if (reason == AccessEnded.DEVICE_REVOKED) {
      return new SyncException(Kind.DEVICE_REVOKED, "an administrator revoked this device", problem, null);
    }
    if (reason == AccessEnded.USER_DEACTIVATED) {
      return new SyncException(Kind.USER_DEACTIVATED, "the user was deactivated", problem, null);
    }
    return new SyncException(Kind.UNAUTHORIZED, "the token is no longer valid", problem, null);
  }

  /** A problem+json body, or null when the body is something else (a proxy's error page). */
  static Problem problemOf(HttpResponse<byte[]> response) {
    try {
      JsonNode body = Json.MAPPER.readTree(response.body());
      return body != null && body.isObject() ? Json.MAPPER.treeToValue(body, Problem.class) : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }
}
