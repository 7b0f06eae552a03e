package nl.trede.server.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;
import nl.trede.domain.Role;

/**
 * {@code /health} for everyone says only whether the server is up (the field app probes it to
 * notice a returning network); the details (disk space and its path, the database and its URL)
 * tell an attacker about the installation, so only an admin sees them: with an admin's device
 * token, or an admin's console session at {@code /office/health}. Micronaut's own setting
 * ({@code endpoints.health.details-visible}) knows only anonymous, authenticated or never, and
 * every coach is authenticated.
 */
@Endpoint(id = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class AdminHealthDetails extends HealthEndpoint {

  public AdminHealthDetails(HealthAggregator<HealthResult> healthAggregator, HealthIndicator[] healthIndicators,
      @Liveness HealthIndicator[] livenessHealthIndicators) {
    super(healthAggregator, healthIndicators, livenessHealthIndicators);
  }

  @Override
  protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
    return isAdmin(principal) ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
  }

  static boolean isAdmin(Principal principal) {
    return principal instanceof Authentication authentication
        && authentication.getRoles().contains(Role.ADMIN.name());
  }
}
