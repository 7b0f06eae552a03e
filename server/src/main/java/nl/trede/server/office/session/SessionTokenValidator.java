package nl.trede.server.office.session;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.OfficePaths;
import org.reactivestreams.Publisher;

/**
 * Accepts a console session token on console paths only, so a session cookie never works as a
 * device's bearer token on the sync API.
 */
@Singleton
class SessionTokenValidator implements TokenValidator<HttpRequest<?>> {
  private final OfficeSessions sessions;
  private final ExecutorService blocking;

  SessionTokenValidator(OfficeSessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.sessions = sessions;
    this.blocking = blocking;
  }

  @Override
  public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
    if (!OfficePaths.isConsole(request)) {
      return Publishers.empty();
    }
    // JDBC blocks: keep it off the event loop.
    return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
        () -> sessions.userFor(token).map(OfficeUser::toAuthentication).orElse(null), blocking));
  }
}
