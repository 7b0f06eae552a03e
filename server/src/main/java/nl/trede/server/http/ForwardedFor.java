package nl.trede.server.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The client's address behind the reverse proxies an operator names in
 * {@code trede.http.trusted-proxies} (docs/deploy.md): without it every request behind a proxy
 * came from the proxy, so the login throttle's address counter became one counter for everybody
 * and the audit showed the proxy. {@code X-Forwarded-For} is read only when the TCP peer is a named
 * proxy, and then from the right: the first address that is not a named proxy is the one the
 * nearest trusted proxy saw; what a client wrote further left is its own claim and is ignored.
 */
@ServerFilter("/**")
public class ForwardedFor implements Ordered {
  static final String ATTRIBUTE = "trede.client-address";
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final Set<String> trusted;

  public ForwardedFor(@Value("${trede.http.trusted-proxies:}") List<String> trusted) {
    this.trusted = Set.copyOf(trusted.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
  }

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }

  @RequestFilter
  public void resolve(HttpRequest<?> request) {
    if (trusted.isEmpty() || !trusted.contains(RemoteAddress.peer(request))) {
      return;
    }
    List<String> hops = new ArrayList<>();
    for (String header : request.getHeaders().getAll("X-Forwarded-For")) {
      for (String hop : header.split(",")) {
        hops.add(hop.trim());
      }
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!trusted.contains(hop)) {
        if (IP_LITERAL.matcher(hop).matches()) {
          request.setAttribute(ATTRIBUTE, hop);
        }
        return;
      }
    }
  }
}
