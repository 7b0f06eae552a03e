package nl.trede.server.office.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;
import nl.trede.server.office.access.OfficePaths;

/**
 * Reads the console's session cookie on console pages only: the sync API reads bearer tokens, and
 * stylesheets and scripts (sent the cookie too, by path) need no database lookup.
 */
@Singleton
class SessionTokenReader implements TokenReader<HttpRequest<?>> {
  @Override
  public Optional<String> findToken(HttpRequest<?> request) {
    return OfficePaths.isConsole(request) && !OfficePaths.isAsset(request)
        ? SessionCookie.read(request) : Optional.empty();
  }
}
