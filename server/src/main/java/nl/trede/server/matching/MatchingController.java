package nl.trede.server.matching;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import nl.trede.matching.VacancyMatches;
import nl.trede.server.accounts.Caller;
import nl.trede.server.http.ProblemException;
import nl.trede.server.http.RemoteAddress;

/**
 * Candidates from the municipality's pool who might fit a vacancy, anonymised, online only: a
 * jobhunter's device never receives candidate files (architecture.md, Scope), so matching is asked
 * of the server each time and each answer is audited.
 */
@Controller("/api/matching")
@Hidden // described by hand in src/main/openapi/device-api.yml (decision 0048)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MatchingController {
  private final MatchingService matching;

  public MatchingController(MatchingService matching) {
    this.matching = matching;
  }

  @Get("/vacancies/{vacancyId}/candidates")
  public VacancyMatches candidates(@PathVariable String vacancyId, Authentication authentication,
      HttpRequest<?> http) {
    java.util.UUID id;
    try {
      id = java.util.UUID.fromString(vacancyId);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("vacancyId", "type", "vacancyId must be a UUID");
    }
    return matching.candidatesFor(Caller.of(authentication), id,
        RemoteAddress.of(http));
  }
}
