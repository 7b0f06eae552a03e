package nl.trede.server.sync;

import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
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
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Violation;
import nl.trede.server.accounts.Caller;
import nl.trede.server.audit.ReadAudit;
import nl.trede.server.http.ProblemException;
import nl.trede.server.http.RemoteAddress;
import nl.trede.sync.Protocol;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;

@Hidden
@Controller("/api/sync")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SyncController {
  private final PushService pushes;
  private final PullService pulls;
  private final ReadAudit reads;
  private final DatabaseEpoch epoch;
  private final PageWriter pages;

  public SyncController(PushService pushes, PullService pulls, ReadAudit reads, DatabaseEpoch epoch,
      PageWriter pages) {
    this.pushes = pushes;
    this.pulls = pulls;
    this.reads = reads;
    this.epoch = epoch;
    this.pages = pages;
  }

  @Post("/push")
  public PushResponse push(@Header(Protocol.VERSION_HEADER) @Nullable String protocol,
      @Body PushRequest request, Authentication authentication, HttpRequest<?> http) {
    checkProtocol(protocol);
    if (request == null) {
      throw ProblemException.badRequest("mutations", "required", "a push carries mutations");
    }
    UUID current = epoch.current();
    checkEpoch(request.epoch(), current);
    return new PushResponse(pushes.push(Caller.of(authentication), request.mutations(),
        RemoteAddress.of(http)), current);
  }

  @Get("/pull")
  public MutableHttpResponse<byte[]> pull(@Header(Protocol.VERSION_HEADER) @Nullable String protocol,
      @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit,
      Authentication authentication, HttpRequest<?> http) {
    checkProtocol(protocol);
    Caller caller = Caller.of(authentication);
    return pages.answer(http, () -> {
      PulledPage page = pulls.pull(caller, cursor, limit);
      audit(caller, page, RemoteAddress.of(http));
      return page.withEpoch(epoch.current());
    });
  }

  /**
   * A page that carried records is a read (BIO 8.15): who, on which device, which candidate files,
   * how many records, from where. An empty page showed nothing and is not recorded, or every idle
   * device would write a row every few minutes.
   */
  private void audit(Caller caller, PulledPage page, String remoteAddress) {
    if (page.changes().isEmpty()) {
      return;
    }
    List<String> files = page.changes().stream().map(PulledPage.Change::candidateId).toList();
    long distinct = files.stream().filter(java.util.Objects::nonNull).distinct().count();
    reads.record(new ReadAudit.Read(caller.tenantId(), caller.userId(), caller.deviceId(), "sync.pull", null, null,
        "ok", "records=" + page.changes().size() + "; files=" + distinct, files, remoteAddress));
  }

  /**
   * A device that names the epoch it last saw must learn of a restore before anything of its push
   * is applied: it first puts back what it sent to the lost database, so the whole outbox goes out
   * in the order it was made (decision 0047). Applying this batch first could land a later change
   * before the earlier one it builds on.
   */
  private static void checkEpoch(UUID sent, UUID current) {
    if (sent != null && !sent.equals(current)) {
      String message = "the server was restored from a backup since this device last synced;"
          + " resend what it acknowledged, then push again";
      throw new ProblemException(HttpStatus.CONFLICT, "server-restored", message,
          List.of(new Violation("epoch", "server-restored", message)));
    }
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
