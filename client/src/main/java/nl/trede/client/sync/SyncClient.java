package nl.trede.client.sync;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.trede.client.sync.SyncException.Kind;
import nl.trede.domain.Colleague;
import nl.trede.sync.AccessEnded;
import nl.trede.sync.Problem;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;

/**
 * The server's sync API (docs/sync-protocol.md): login, push, pull, the colleagues and the health probe, through
 * {@link ServerHttp}, so every failure is a {@link SyncException} whose kind says what to do.
 */
public class SyncClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** A push of 500 mutations on a slow mobile link still fits. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final ServerHttp server;

  public SyncClient(String serverUrl) {
    this.server = new ServerHttp(serverUrl, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
  }

  public String serverUrl() {
    return server.serverUrl();
  }

  public LoginResult login(String username, String password, UUID deviceId, String deviceName)
      throws SyncException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", password);
    body.put("deviceId", deviceId);
    body.put("deviceName", deviceName);
    HttpRequest request = ServerHttp.postJson(server.request("api/auth/login"), body).build();
    return loginAnswer(server.send(request));
  }

  /**
   * Chooses the user's own password in place of the one an admin set (after
   * {@link Kind#PASSWORD_CHANGE_REQUIRED}) and logs the device in with it.
   */
  public LoginResult changePassword(String username, String password, String newPassword, UUID deviceId,
      String deviceName) throws SyncException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", password);
    body.put("newPassword", newPassword);
    body.put("deviceId", deviceId);
    body.put("deviceName", deviceName);
    return loginAnswer(server.send(ServerHttp.postJson(server.request("api/auth/password"), body).build()));
  }

  /**
   * A login's answer: the token; or a wrong password, a device or user the server ended (the app
   * wipes), or a password the user must replace first.
   */
  private static LoginResult loginAnswer(HttpResponse<byte[]> response) throws SyncException {
    Problem problem = response.statusCode() == 200 ? null : ServerHttp.problemOf(response);
    if (response.statusCode() == 401) {
      SyncException ended = ServerHttp.unauthorized(problem);
      throw ended.wipesDevice() ? ended : new SyncException(Kind.BAD_CREDENTIALS, "login refused", problem, null);
    }
    if (response.statusCode() == 403 && problem != null && problem.type() != null
        && problem.type().endsWith("/" + AccessEnded.PASSWORD_CHANGE_REQUIRED)) {
      throw new SyncException(Kind.PASSWORD_CHANGE_REQUIRED, "the user must choose a password", problem, null);
    }
    return ServerHttp.read(response, LoginResult.class);
  }

  /**
   * Whether the server answers its health endpoint within the timeout: a cheap way to notice the
   * network coming back. Never throws.
   */
  public boolean reachable(Duration timeout) {
    return server.answers("health", timeout);
  }

  public PushResponse push(String token, PushRequest push) throws SyncException {
    return server.call(ServerHttp.postJson(server.authorised("api/sync/push", token), push).build(),
        PushResponse.class);
  }

  /**
   * Sends a push without waiting for its answer, so one thread can keep many devices' pushes in
   * flight (the push benchmark's load generator). Completes with the answer or fails with a
   * {@link SyncException}.
   */
  public CompletableFuture<PushResponse> pushAsync(String token, PushRequest push) {
    return server.callAsync(ServerHttp.postJson(server.authorised("api/sync/push", token), push).build(),
        PushResponse.class);
  }

  /** The municipality's users who carry files, by name (GET /api/colleagues). */
  public List<Colleague> colleagues(String token) throws SyncException {
    return List.of(server.call(server.authorised("api/colleagues", token).GET().build(), Colleague[].class));
  }

  public PullPage pull(String token, String cursor, int limit) throws SyncException {
    return server.call(pullRequest(token, cursor, limit), PullPage.class);
  }

  /**
   * Asks for a page without waiting for it, so the device can store the page before while this
   * one travels and is read. Completes with the page or fails with a {@link SyncException}.
   */
  public CompletableFuture<PullPage> pullAsync(String token, String cursor, int limit) {
    return server.callAsync(pullRequest(token, cursor, limit), PullPage.class);
  }

  private HttpRequest pullRequest(String token, String cursor, int limit) {
    StringBuilder query = new StringBuilder("api/sync/pull?limit=").append(limit);
    if (cursor != null) {
      query.append("&cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    }
    return server.authorised(query.toString(), token).GET().build();
  }
}
