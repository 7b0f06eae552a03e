package nl.trede.server.accounts;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import nl.trede.sync.Protocol;
import org.reactivestreams.Publisher;

/**
 * Bearer tokens are opaque and looked up in the database, so any server instance accepts them and
 * a revoked device is refused at once everywhere (DESIGN §6: no state outside the database). A
 * refusal the app must act on is kept with the request, so its 401 says why ({@link TokenCheck}).
 */
@Singleton
class DatabaseTokenValidator implements TokenValidator<HttpRequest<?>> {
  private final TokenCheck check;
  private final ExecutorService blocking;

  DatabaseTokenValidator(TokenCheck check, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.check = check;
    this.blocking = blocking;
  }

  @Override
  public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
    // JDBC blocks: keep it off the event loop.
    return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() ->
        check.check(token, request.getHeaders().get(Protocol.APP_VERSION_HEADER)).match(
            accepted -> accepted.caller().toAuthentication(),
            refused -> {
              if (refused.reason() != null) {
                TokenCheck.remember(request, refused.reason());
              }
              return null;
            }), blocking));
  }
}
