package nl.trede.server.office.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.util.Map;
import nl.trede.server.office.access.OfficePaths;
import nl.trede.server.office.view.OfficeViews;

/**
 * What every console response and request goes through: pages are never cached (they carry
 * personal data) and may only run the console's own scripts; a state-changing request must come
 * from a console page (Origin, else Referer, names this server). Together with the SameSite=Strict
 * cookie and the form token this keeps other sites from acting as the user (CSRF).
 */
@ServerFilter(OfficePaths.ROOT + "/**")
public class OfficeFilter implements Ordered {
  /**
   * Only our own scripts and styles (no inline code), so an injected tag cannot run; charts draw on
   * canvas, htmx and Chart.js come from this server.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final OfficeViews views;

  public OfficeFilter(OfficeViews views) {
    this.views = views;
  }

  @Override
  public int getOrder() {
    // Before the security filter: a forged request is refused before anything else looks at it.
    return ServerFilterPhase.SECURITY.before();
  }

  @RequestFilter
  @Nullable
  public MutableHttpResponse<?> refuseForeignOrigin(HttpRequest<?> request) {
    HttpMethod method = request.getMethod();
    if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
      return null;
    }
    if (sameOrigin(request)) {
      return null;
    }
    return views.page(HttpStatus.FORBIDDEN, request, null, null, "error", Map.of(
        "status", 403, "titleKey", "error.forged.title", "messageKey", "error.forged.message", "role", ""));
  }

  @ResponseFilter
  public void secureHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (OfficePaths.isAsset(request)) {
      // htmx, Chart.js and our stylesheet change only with a release: let an old laptop keep them.
      response.header("Cache-Control", "private, max-age=3600");
      return;
    }
    response.header("Cache-Control", "no-store");
    response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "same-origin");
    response.header("X-Frame-Options", "DENY");
  }

  /**
   * Browsers send Origin with every form POST and htmx request; Referer is the fallback for the
   * few that strip Origin. Neither present is refused: a console page always sends one.
   */
  static boolean sameOrigin(HttpRequest<?> request) {
    String host = request.getHeaders().get("X-Forwarded-Host");
    if (host == null) {
      host = request.getHeaders().get("Host");
    }
    if (host == null) {
      return false;
    }
    String source = request.getHeaders().get("Origin");
    if (source == null || source.equals("null")) {
      source = request.getHeaders().get("Referer");
    }
    if (source == null) {
      return false;
    }
    try {
      URI uri = URI.create(source);
      String authority = uri.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host.trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
