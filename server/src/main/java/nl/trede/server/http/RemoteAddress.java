package nl.trede.server.http;

import io.micronaut.http.HttpRequest;

/**
 * Where a request came from, as the audit and the login throttle record it: the TCP peer, or behind
 * a named reverse proxy the address it forwarded ({@link ForwardedFor}).
 */
public final class RemoteAddress {
  private RemoteAddress() {}

  public static String of(HttpRequest<?> request) {
    return request.getAttribute(ForwardedFor.ATTRIBUTE, String.class).orElseGet(() -> peer(request));
  }

  static String peer(HttpRequest<?> request) {
    return request.getRemoteAddress().getAddress().getHostAddress();
  }
}
