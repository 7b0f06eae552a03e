package nl.trede.server.office.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.domain.PasswordRule;
import nl.trede.domain.Violation;
import nl.trede.server.accounts.User;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.access.OfficePaths;
import nl.trede.server.office.view.OfficeViews;

/**
 * The second step of a console login (decision 0028): the code from the authenticator app, or,
 * for an office or admin user who has none yet, setting the app up. Reached only with the login
 * cookie the password step gave; without one (or after five wrong codes, or five minutes) back to
 * the password.
 */
@Controller(OfficePaths.ROOT + "/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SecondFactorController {
  static final String CODE = OfficePaths.ROOT + "/login/code";
  static final String SETUP = OfficePaths.ROOT + "/login/instellen";
  static final String PASSWORD = OfficePaths.ROOT + "/login/wachtwoord";

  private final OfficeSessions sessions;
  private final SetupPage setup;
  private final OfficeViews views;

  public SecondFactorController(OfficeSessions sessions, SetupPage setup, OfficeViews views) {
    this.sessions = sessions;
    this.setup = setup;
    this.views = views;
  }

  @Get("/code")
  public HttpResponse<?> codeForm(HttpRequest<?> request) {
    if (sessions.challenged(challenge(request), LoginChallenges.Kind.CODE).isEmpty()) {
      return backToPassword(request);
    }
    return views.page(request, null, null, "login-code", Map.of());
  }

  @Post(value = "/code", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> code(HttpRequest<?> request, @Nullable String code) {
    OfficeSessions.Login result = sessions.secondFactor(challenge(request), code, RemoteAddress.of(request));
    if (result instanceof OfficeSessions.Started started) {
      return loggedIn(request, started);
    }
    if (result instanceof OfficeSessions.Throttled throttled) {
      return LoginController.throttled(request, "login-code", Map.of(), throttled.retryAfter(), views);
    }
    if (result instanceof OfficeSessions.WrongCode) {
      return views.page(HttpStatus.UNAUTHORIZED, request, null, null, "login-code", Map.of("failed", true));
    }
    return backToPassword(request);
  }

  @Get("/wachtwoord")
  public HttpResponse<?> passwordForm(HttpRequest<?> request) {
    if (sessions.challenged(challenge(request), LoginChallenges.Kind.PASSWORD).isEmpty()) {
      return backToPassword(request);
    }
    return views.page(request, null, null, "login-password", passwordModel(List.of()));
  }

  @Post(value = "/wachtwoord", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> password(HttpRequest<?> request, @Nullable String password, @Nullable String repeat) {
    OfficeSessions.Login result = sessions.newPassword(challenge(request), password, repeat, RemoteAddress.of(request));
    if (result instanceof OfficeSessions.Started started) {
      return loggedIn(request, started);
    }
    if (result instanceof OfficeSessions.SecondStep step) {
      return toStep(request, step);
    }
    if (result instanceof OfficeSessions.Throttled throttled) {
      return LoginController.throttled(request, "login-password", passwordModel(List.of()), throttled.retryAfter(),
          views);
    }
    if (result instanceof OfficeSessions.PasswordRefused refused) {
      return views.page(HttpStatus.BAD_REQUEST, request, null, null, "login-password",
          passwordModel(refused.violations()));
    }
    return backToPassword(request);
  }

  /** The page of a login's next step, with the login cookie that lets the browser take it. */
  static HttpResponse<?> toStep(HttpRequest<?> request, OfficeSessions.SecondStep step) {
    String page = switch (step.kind()) {
      case CODE -> CODE;
      case ENROL -> SETUP;
      case PASSWORD -> PASSWORD;
    };
    return HttpResponse.seeOther(URI.create(page))
        .cookie(SessionCookie.issueChallenge(step.challenge(), LoginChallenges.VALID_FOR, request));
  }

  private static Map<String, Object> passwordModel(List<Violation> violations) {
    Map<String, Object> model = new HashMap<>();
    model.put("minLength", PasswordRule.MIN_LENGTH);
    model.put("maxLength", PasswordRule.MAX_LENGTH);
    model.put("errors", violations.stream().collect(java.util.stream.Collectors.toMap(Violation::field,
        Violation::rule, (first, later) -> first)));
    return model;
  }

  @Get("/instellen")
  public HttpResponse<?> setupForm(HttpRequest<?> request) {
    Optional<User> user = sessions.challenged(challenge(request), LoginChallenges.Kind.ENROL);
    if (user.isEmpty()) {
      return backToPassword(request);
    }
    return views.page(request, null, null, "two-factor-setup", setup.model(user.get(), SETUP, false));
  }

  @Post(value = "/instellen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> setup(HttpRequest<?> request, @Nullable String code) {
    String challenge = challenge(request);
    Optional<User> user = sessions.challenged(challenge, LoginChallenges.Kind.ENROL);
    OfficeSessions.Login result = sessions.enrol(challenge, code, RemoteAddress.of(request));
    if (result instanceof OfficeSessions.Enrolled enrolled) {
      Map<String, Object> model = new HashMap<>();
      model.put("codes", enrolled.recoveryCodes());
      model.put("continueHref", LoginController.safeNext(enrolled.started().next()));
      return views.page(request, null, null, "recovery-codes", model)
          .cookie(SessionCookie.issue(enrolled.started().token(), request))
          .cookie(SessionCookie.clearChallenge(request));
    }
    if (result instanceof OfficeSessions.Throttled throttled) {
      return LoginController.throttled(request, "two-factor-setup", setup.model(user.orElseThrow(), SETUP, false),
          throttled.retryAfter(), views);
    }
    if (result instanceof OfficeSessions.WrongCode) {
      return views.page(HttpStatus.UNAUTHORIZED, request, null, null, "two-factor-setup", setup.model(user.orElseThrow(), SETUP, true));
    }
    return backToPassword(request);
  }

  private HttpResponse<?> loggedIn(HttpRequest<?> request, OfficeSessions.Started started) {
    return HttpResponse.seeOther(URI.create(LoginController.safeNext(started.next())))
        .cookie(SessionCookie.issue(started.token(), request))
        .cookie(SessionCookie.clearChallenge(request));
  }

  private static HttpResponse<?> backToPassword(HttpRequest<?> request) {
    return HttpResponse.seeOther(URI.create(OfficePaths.ROOT + "/login?verlopen=1"))
        .cookie(SessionCookie.clearChallenge(request));
  }

  private static String challenge(HttpRequest<?> request) {
    return SessionCookie.readChallenge(request).orElse(null);
  }
}
