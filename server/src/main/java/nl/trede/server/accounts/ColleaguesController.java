package nl.trede.server.accounts;

import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Colleague;

/**
 * Whom a device may name on a file or as an employer's aanspreekpunt: the active users of the
 * caller's municipality who carry candidate files (participation coaches, jobcoaches, case managers)
 * and the jobhunters ({@link nl.trede.domain.Role#isFieldColleague()}), by name. The field app
 * keeps the list for offline use: a case manager registers a file and assigns its coaches on a
 * tablet without network, and every device shows names instead of ids on a file. The same users
 * the push accepts in {@code coachIds}, {@code caseManagerId} and {@code accountOwnerId} (WritePolicy), nothing more: no
 * user name, no account state, no other municipality's staff.
 */
@Hidden
@Controller("/api/colleagues")
public class ColleaguesController {
  private final UserRepository users;

  public ColleaguesController(UserRepository users) {
    this.users = users;
  }

  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Get
  public List<Colleague> colleagues(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    return users.findByTenantIdOrderByDisplayName(caller.tenantId()).stream()
        .filter(u -> u.active() && u.role().isFieldColleague())
        .map(u -> new Colleague(UUID.fromString(u.id()), u.displayName(), u.role()))
        .toList();
  }
}
