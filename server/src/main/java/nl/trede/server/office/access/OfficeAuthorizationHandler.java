package nl.trede.server.office.access;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.server.accounts.TokenCheck;
import nl.trede.server.http.ProblemException;
import nl.trede.server.http.ProblemExceptionHandler;
import nl.trede.domain.Role;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.OfficePaths;
import nl.trede.server.office.view.OfficeViews;

/**
 * Refusals on console pages are pages, in Dutch: without a login the browser goes to the login page
 * (and back afterwards); a logged-in user without the right role gets a 403 page saying why. The
 * API keeps its problem+json answers.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class OfficeAuthorizationHandler extends DefaultAuthorizationExceptionHandler {
  private final OfficeViews views;
  private final ProblemExceptionHandler problems;

  public OfficeAuthorizationHandler(ErrorResponseProcessor<?> errorResponseProcessor,
      RedirectConfiguration redirectConfiguration, RedirectService redirectService,
      List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challengeProviders,
      @Nullable PriorToLoginPersistence priorToLoginPersistence, OfficeViews views,
      ProblemExceptionHandler problems) {
    super(errorResponseProcessor, redirectConfiguration, redirectService, challengeProviders,
        priorToLoginPersistence);
    this.views = views;
    this.problems = problems;
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
    if (!OfficePaths.isConsole(request)) {
      // A device whose token was refused for a reason it must act on (revoked, deactivated,
      // expired) is told which (sync-protocol.md); any other refusal is the plain 401.
      Optional<ProblemException> ended = exception.isForbidden() ? Optional.empty()
          : TokenCheck.refusal((HttpRequest<?>) request);
      if (ended.isPresent()) {
        return (MutableHttpResponse<?>) problems.handle(request, ended.get());
      }
      return super.handle(request, exception);
    }
    if (!exception.isForbidden()) {
      String login = OfficePaths.ROOT + "/login?next="
          + URLEncoder.encode(request.getUri().toString(), StandardCharsets.UTF_8);
      if (request.getHeaders().contains("HX-Request")) {
        // htmx swaps a redirect's page into the current one; tell it to load the login page instead.
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).header("HX-Redirect", login);
      }
      return HttpResponse.seeOther(URI.create(login));
    }
    return forbidden(request, exception.getAuthentication());
  }

  public MutableHttpResponse<String> forbidden(HttpRequest<?> request, @Nullable Authentication authentication) {
    OfficeUser user = null;
    Role role = null;
    if (authentication != null) {
      Object r = authentication.getAttributes().get("role");
      role = r == null ? null : Role.valueOf(r.toString());
      try {
        user = OfficeUser.of(authentication);
      } catch (AuthorizationException notAConsoleSession) {
        user = null;
      }
    }
    boolean fieldRole = role != null && !OfficeUser.ROLES.contains(role);
    return views.page(HttpStatus.FORBIDDEN, request, user, null, "error", Map.of(
        "status", 403,
        "titleKey", "error.forbidden.title",
        "messageKey", fieldRole ? "error.forbidden.field-role" : "error.forbidden.message",
        "role", role == null ? "" : role.name()));
  }
}
