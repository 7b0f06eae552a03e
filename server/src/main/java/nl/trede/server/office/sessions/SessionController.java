package nl.trede.server.office.sessions;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.Map;
import nl.trede.server.office.files.FilePages;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.view.OfficeViews;

/** One group session with the invited candidates the user may see (issue 18); reached from its dashboard. */
@Controller("/office/bijeenkomsten")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class SessionController {
  private final SessionPages sessions;
  private final OfficeViews views;
  private final ConsoleReads reads;

  public SessionController(SessionPages sessions, OfficeViews views, ConsoleReads reads) {
    this.sessions = sessions;
    this.views = views;
    this.reads = reads;
  }

  @Get("/{id}")
  public HttpResponse<?> session(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
    OfficeUser user = OfficeUser.of(authentication);
    if (!FilePages.isUuid(id)) {
      throw OfficeRefusal.notFound();
    }
    SessionPages.SessionView view = sessions.session(user, id).orElseThrow(OfficeRefusal::notFound);
    reads.shown(request, user, "office.view-session", null,
        view.invitations().stream().map(SessionPages.Invitation::candidateId).toList());
    Map<String, Object> model = new HashMap<>();
    model.put("s", view);
    return views.page(request, user, OfficeViews.Section.MONITORING, "session", model);
  }
}
