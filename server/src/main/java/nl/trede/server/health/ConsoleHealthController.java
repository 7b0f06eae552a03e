package nl.trede.server.health;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The health answer under the console's path, where the browser sends the console's session cookie
 * (its path is {@code /office}): an admin logged in to the console sees the details here, as with
 * an admin's device token at {@code /health}. Anyone else gets the status only.
 */
@Controller("/office/health")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ConsoleHealthController {
  private final HealthEndpoint health;

  public ConsoleHealthController(HealthEndpoint health) {
    this.health = health;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  public Publisher<HttpResponse<HealthResult>> health(@Nullable Authentication authentication) {
    return Publishers.map(health.getHealth(authentication), result -> HttpResponse
        .status(STATUS.getOrDefault(result.getStatus().getName(), HttpStatus.OK)).body(result));
  }

  /** As {@code /health} answers: 503 when the server is down or going down. */
  private static final Map<String, HttpStatus> STATUS = Map.of("DOWN", HttpStatus.SERVICE_UNAVAILABLE,
      "OUT_OF_SERVICE", HttpStatus.SERVICE_UNAVAILABLE);
}
