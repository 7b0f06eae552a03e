package nl.trede.server.http;

import io.micronaut.http.HttpRequest;

/** Where a request came from, as the audit and the login throttle record it. */
public final class RemoteAddress {
  private RemoteAddress() {}

  public static String of(HttpRequest<?> request) {
    return request.getRemoteAddress().getAddress().getHostAddress();
  }
}
