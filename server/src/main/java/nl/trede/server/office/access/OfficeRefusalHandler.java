package nl.trede.server.office.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;
import java.util.Map;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.OfficeViews;

@Singleton
class OfficeRefusalHandler implements ExceptionHandler<OfficeRefusal, HttpResponse<?>> {
  private final OfficeViews views;

  OfficeRefusalHandler(OfficeViews views) {
    this.views = views;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, OfficeRefusal refusal) {
    OfficeUser user = ((HttpRequest<?>) request).getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
        .map(a -> {
          try {
            return OfficeUser.of(a);
          } catch (AuthorizationException e) {
            return null;
          }
        }).orElse(null);
    boolean notFound = refusal.kind() == OfficeRefusal.Kind.NOT_FOUND;
    return views.page(notFound ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN, request, user, null, "error",
        Map.of("status", notFound ? 404 : 403,
            "titleKey", notFound ? "error.not-found.title" : "error.forged.title",
            "messageKey", notFound ? "error.not-found.message" : "error.forged.message",
            "role", ""));
  }
}
