package nl.trede.server.office.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.Csrf;
import nl.trede.server.office.access.OfficePaths;
import nl.trede.server.office.view.FormData;
import nl.trede.server.office.view.OfficeViews;

/** Logging in to and out of the console in a browser. */
@Controller(OfficePaths.ROOT)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {
  static final String HOME = OfficePaths.ROOT + "/bezoekverslagen";

  private final OfficeSessions sessions;
  private final OfficeViews views;

  public LoginController(OfficeSessions sessions, OfficeViews views) {
    this.sessions = sessions;
    this.views = views;
  }

  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Get
  public HttpResponse<?> home() {
    return HttpResponse.seeOther(URI.create(HOME));
  }

  @Secured(SecurityRule.IS_ANONYMOUS)
  @Get("/login")
  public HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String next,
      @Nullable @QueryValue("uitgelogd") String loggedOut, @Nullable @QueryValue("verlopen") String expired) {
    Map<String, Object> model = new HashMap<>();
    model.put("next", safeNext(next));
    model.put("loggedOut", loggedOut != null);
    model.put("expired", expired != null);
    model.put("username", "");
    return views.page(request, null, null, "login", model);
  }

  @Secured(SecurityRule.IS_ANONYMOUS)
  @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> login(HttpRequest<?> request, @Nullable String username,
      @Nullable String password, @Nullable String next) {
    OfficeSessions.Login result = sessions.login(username, password, safeNext(next), RemoteAddress.of(request));
    if (result instanceof OfficeSessions.Started started) {
      return HttpResponse.seeOther(URI.create(safeNext(next)))
          .cookie(SessionCookie.issue(started.token(), request));
    }
    if (result instanceof OfficeSessions.SecondStep step) {
      return SecondFactorController.toStep(request, step);
    }
    if (result instanceof OfficeSessions.WrongRole wrong) {
      return views.page(HttpStatus.FORBIDDEN, request, null, null, "error", Map.of(
          "status", 403, "titleKey", "error.forbidden.title",
          "messageKey", "error.forbidden.field-role", "role", wrong.user().role().name()));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("next", safeNext(next));
    model.put("loggedOut", false);
    model.put("username", username == null ? "" : username);
    if (result instanceof OfficeSessions.Throttled throttled) {
      return throttled(request, "login", model, throttled.retryAfter(), views);
    }
    model.put("failed", true);
    return views.page(HttpStatus.UNAUTHORIZED, request, null, null, "login", model);
  }

  /**
   * A login step refused for now by the login throttle: the same page, 429, saying how long to
   * wait, with Retry-After for anything that reads headers.
   */
  static HttpResponse<?> throttled(HttpRequest<?> request, String view, Map<String, Object> model,
      Duration retryAfter, OfficeViews views) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("waitMinutes", retryAfter.toSeconds() >= 120 ? (retryAfter.toSeconds() + 59) / 60 : null);
    all.put("waitSeconds", retryAfter.toSeconds() < 120 ? retryAfter.toSeconds() : null);
    return views.page(HttpStatus.TOO_MANY_REQUESTS, request, null, null, view, all)
        .header("Retry-After", String.valueOf(retryAfter.toSeconds()));
  }

  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> logout(HttpRequest<?> request, Authentication authentication,
      @Nullable @Body String body) {
    OfficeUser user = OfficeUser.of(authentication);
    Csrf.require(user, FormData.parse(body).get(Csrf.FIELD));
    SessionCookie.read(request).ifPresent(token -> sessions.logout(token, user, RemoteAddress.of(request)));
    return HttpResponse.seeOther(URI.create(OfficePaths.ROOT + "/login?uitgelogd=1"))
        .cookie(SessionCookie.clear(request));
  }

  /** Only a console path of this server: a login link must not send anyone elsewhere. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith(OfficePaths.ROOT + "/") || next.startsWith("//")
        || next.contains("\\") || next.startsWith(OfficePaths.ROOT + "/login")
        || next.startsWith(OfficePaths.ROOT + "/logout")) {
      return HOME;
    }
    return next;
  }
}
