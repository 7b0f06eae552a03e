package nl.trede.server.office.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;
import java.util.Optional;

/** The console's session cookie: the opaque token, for /office only, out of reach of scripts. */
public final class SessionCookie {
  public static final String NAME = "trede_office";
  public static final String PATH = "/office";

  private SessionCookie() {}

  public static Optional<String> read(HttpRequest<?> request) {
    return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isBlank());
  }

  /**
   * HttpOnly so no script reads it; SameSite=Strict so no other site's page sends it along (the
   * first defence against forged requests); Secure whenever the console is reached over https,
   * directly or through a proxy that says so. No Max-Age: it ends with the browser, and the server
   * ends it earlier when idle.
   */
  public static Cookie issue(String token, HttpRequest<?> request) {
    return Cookie.of(NAME, token).path(PATH).httpOnly(true).sameSite(SameSite.Strict)
        .secure(isHttps(request));
  }

  /**
   * The cookie of a login waiting for its second factor: read only by the login pages, gone after
   * {@code validFor}, with the same flags as the session cookie.
   */
  public static final String CHALLENGE = "trede_office_login";
  static final String CHALLENGE_PATH = "/office/login";

  static Optional<String> readChallenge(HttpRequest<?> request) {
    return request.getCookies().findCookie(CHALLENGE).map(Cookie::getValue).filter(v -> !v.isBlank());
  }

  static Cookie issueChallenge(String token, Duration validFor, HttpRequest<?> request) {
    return Cookie.of(CHALLENGE, token).path(CHALLENGE_PATH).httpOnly(true).sameSite(SameSite.Strict)
        .secure(isHttps(request)).maxAge(validFor);
  }

  static Cookie clearChallenge(HttpRequest<?> request) {
    return Cookie.of(CHALLENGE, "").path(CHALLENGE_PATH).httpOnly(true).sameSite(SameSite.Strict)
        .secure(isHttps(request)).maxAge(Duration.ZERO);
  }

  public static Cookie clear(HttpRequest<?> request) {
    return Cookie.of(NAME, "").path(PATH).httpOnly(true).sameSite(SameSite.Strict)
        .secure(isHttps(request)).maxAge(Duration.ZERO);
  }

  static boolean isHttps(HttpRequest<?> request) {
    return request.isSecure()
        || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
  }
}
