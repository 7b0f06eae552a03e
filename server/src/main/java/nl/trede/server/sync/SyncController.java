package nl.trede.server.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import nl.trede.domain.Violation;
import nl.trede.server.accounts.Caller;
import nl.trede.server.web.ProblemException;
import nl.trede.sync.Protocol;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;

@Controller("/api/sync")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SyncController {
  private final SyncService sync;

  public SyncController(SyncService sync) {
    this.sync = sync;
  }

  @Post("/push")
  public PushResponse push(@Header(Protocol.VERSION_HEADER) @Nullable String protocol,
      @Body PushRequest request, Authentication authentication, HttpRequest<?> http) {
    checkProtocol(protocol);
    if (request == null) {
      throw ProblemException.badRequest("mutations", "required", "a push carries mutations");
    }
    return new PushResponse(sync.push(Caller.of(authentication), request.mutations(),
        http.getRemoteAddress().getAddress().getHostAddress()));
  }

  @Get("/pull")
  @ApiResponse(responseCode = "200", description = "a page of changes",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = PullPage.class)))
  public PulledPage pull(@Header(Protocol.VERSION_HEADER) @Nullable String protocol,
      @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit,
      Authentication authentication) {
    checkProtocol(protocol);
    return sync.pull(Caller.of(authentication), cursor, limit);
  }

  /** An old app must learn it is old, clearly, and keep its outbox for after the update. */
  private static void checkProtocol(String protocol) {
    if (!String.valueOf(Protocol.VERSION).equals(protocol)) {
      String message = "this server speaks sync protocol " + Protocol.VERSION + ", the app sent "
          + (protocol == null ? "none" : protocol) + "; update the app (nothing was lost)";
      throw new ProblemException(HttpStatus.BAD_REQUEST, "unsupported-protocol", message,
          List.of(new Violation(Protocol.VERSION_HEADER, "unsupported-protocol", message)));
    }
  }
}
