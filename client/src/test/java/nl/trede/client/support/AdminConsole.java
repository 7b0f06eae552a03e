package nl.trede.client.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An admin at the office console of a real server, as far as end-to-end tests of the field app need
 * one: making a user, revoking a device, switching a user off. Through the console's pages, with
 * its session cookie, form token and Origin, as a browser sends them. The server must run with
 * {@code -Dtrede.office.two-factor=optional}.
 */
public final class AdminConsole {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password\">([a-z0-9-]+)</code>");

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private String session;

  /** A user made by the admin, with the temporary password shown once. */
  public record NewUser(String username, String temporaryPassword) {}

  private AdminConsole(String base) {
    this.base = base;
  }

  public static AdminConsole loggedIn(String base, String username, String password) {
    AdminConsole console = new AdminConsole(base);
    HttpResponse<String> login = console.post("/office/login", Map.of("username", username, "password", password));
    console.session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("trede_office="))
        .map(c -> c.substring("trede_office=".length(), c.indexOf(';'))).findFirst()
        .orElseThrow(() -> new AssertionError("no console session for " + username + ": " + login.statusCode()));
    return console;
  }

  /** The id of a user of the admin's municipality, as the people page lists it. */
  public String userId(String username) {
    Matcher m = Pattern.compile("data-id=\"([0-9a-f-]{36})\" data-username=\"" + Pattern.quote(username) + "\"")
        .matcher(get("/office/beheer/gebruikers").body());
    if (!m.find()) {
      throw new AssertionError("no user " + username + " on the people page");
    }
    return m.group(1);
  }

  public NewUser create(String username, String displayName, String role) {
    Matcher m = TEMPORARY.matcher(post("/office/beheer/gebruikers", withCsrf(Map.of("username", username,
        "displayName", displayName, "role", role))).body());
    if (!m.find()) {
      throw new AssertionError("no temporary password for " + username);
    }
    return new NewUser(username, m.group(1));
  }

  public void revokeDevice(String username, UUID deviceId) {
    expectRedirect(post("/office/beheer/gebruikers/" + userId(username) + "/toestellen/" + deviceId + "/intrekken",
        withCsrf(Map.of())));
  }

  public void deactivate(String username) {
    expectRedirect(post("/office/beheer/gebruikers/" + userId(username) + "/uitschakelen", withCsrf(Map.of())));
  }

  private static void expectRedirect(HttpResponse<String> answer) {
    if (answer.statusCode() != 303) {
      throw new AssertionError("the console answered " + answer.statusCode());
    }
  }

  private Map<String, String> withCsrf(Map<String, String> form) {
    Matcher m = CSRF.matcher(get("/office/kandidaten").body());
    if (!m.find()) {
      throw new AssertionError("no form token: not logged in?");
    }
    Map<String, String> all = new LinkedHashMap<>(form);
    all.put("_csrf", m.group(1));
    return all;
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  private HttpResponse<String> post(String path, Map<String, String> form) {
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Origin", base)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (session != null) {
      request.header("Cookie", "trede_office=" + session);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
