package nl.trede.server.office.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Reads the console's session cookie, on console paths only; the sync API reads bearer tokens. */
@Singleton
class SessionTokenReader implements TokenReader<HttpRequest<?>> {
  @Override
  public Optional<String> findToken(HttpRequest<?> request) {
    return OfficePaths.isConsole(request) ? SessionCookie.read(request) : Optional.empty();
  }
}
