package nl.trede.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the office console's HTTP is concerned: keeps the session cookie (a new one
 * whenever the server gives one; a cleared one is still sent, so tests see the server refuse it)
 * and the login cookie of a login waiting for its second step, sends the Origin a console page
 * would, and does not follow redirects, so tests see where they lead.
 */
public final class OfficeClient {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern TOTP_SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)</code>");

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private String session;
  private String challenge;

  public OfficeClient(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public record Page(int status, Map<String, List<String>> headers, byte[] bytes) {
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst();
    }

    public List<String> all(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).toList();
    }

    public String location() {
      return header("Location").orElse(null);
    }
  }

  public String base() {
    return base;
  }

  /** Logs in with the demo password; the session cookie is kept when the login succeeds. */
  public Page login(String username) {
    return login(username, "trede-demo");
  }

  public Page login(String username, String password) {
    return post("/office/login", Map.of("username", username, "password", password));
  }

  public String sessionToken() {
    return session;
  }

  public void useSession(String token) {
    this.session = token;
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A GET with one extra header (e.g. a device's bearer token). */
  public Page get(String path, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET());
  }

  /** A form POST as a console page makes it: same Origin. */
  public Page post(String path, Map<String, String> form) {
    return postFrom(path, form, base);
  }

  public Page postFrom(String path, Map<String, String> form, String origin) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return postBody(path, body, origin);
  }

  /** A form POST with names that carry several values (checkboxes), in order, from a console page. */
  public Page postForm(String path, Map<String, List<String>> form) {
    String body = form.entrySet().stream().flatMap(e -> e.getValue().stream()
            .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
        .collect(Collectors.joining("&"));
    return postBody(path, body, base);
  }

  private Page postBody(String path, String body, String origin) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request);
  }

  /** A multipart form POST from a console page, with one file, as a browser sends an upload. */
  public Page postFile(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
    String boundary = "----trede" + java.util.UUID.randomUUID().toString().replace("-", "");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    try {
      for (Map.Entry<String, String> f : fields.entrySet()) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
            + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      if (fileField != null) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
            + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Origin", base)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** The anti-forgery token of the current session, read from a console page. */
  public String csrf() {
    Matcher m = CSRF.matcher(get("/office/kandidaten").text());
    if (!m.find()) {
      throw new AssertionError("no _csrf field on the page: not logged in?");
    }
    return m.group(1);
  }

  /** The authenticator app's key as the set-up page shows it (in groups of four), as bytes. */
  public static byte[] totpSecret(Page setupPage) {
    Matcher m = TOTP_SECRET.matcher(setupPage.text());
    if (!m.find()) {
      throw new AssertionError("no authenticator key on the page");
    }
    return nl.trede.server.accounts.twofactor.Totp.decode(m.group(1).replace(" ", ""));
  }

  public Map<String, String> withCsrf(Map<String, String> form) {
    Map<String, String> all = new LinkedHashMap<>(form);
    all.put("_csrf", csrf());
    return all;
  }

  private Page send(HttpRequest.Builder request) {
    List<String> cookies = new java.util.ArrayList<>();
    if (session != null) {
      cookies.add("trede_office=" + session);
    }
    if (challenge != null) {
      cookies.add("trede_office_login=" + challenge);
    }
    if (!cookies.isEmpty()) {
      request.header("Cookie", String.join("; ", cookies));
    }
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String value = cookie.substring(cookie.indexOf('=') + 1, cookie.contains(";") ? cookie.indexOf(';') : cookie.length());
        if (cookie.startsWith("trede_office=") && !value.isEmpty()) {
          session = value;
        } else if (cookie.startsWith("trede_office_login=")) {
          challenge = value.isEmpty() ? null : value;
        }
      }
      return new Page(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
