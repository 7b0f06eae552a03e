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
import org.reactivestreams.Publisher;

/**
 * Bearer tokens are opaque and looked up in the database, so any server instance accepts them and
 * a revoked device is refused at once everywhere (DESIGN §6: no state outside the database).
 */
@Singleton
class DatabaseTokenValidator implements TokenValidator<HttpRequest<?>> {
  private final AccountService accounts;
  private final ExecutorService blocking;

  DatabaseTokenValidator(AccountService accounts, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.accounts = accounts;
    this.blocking = blocking;
  }

  @Override
  public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
    // JDBC blocks: keep it off the event loop.
    return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
        () -> accounts.callerFor(token).map(Caller::toAuthentication).orElse(null), blocking));
  }
}
