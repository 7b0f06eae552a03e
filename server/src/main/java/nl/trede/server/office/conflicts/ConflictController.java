package nl.trede.server.office.conflicts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.Csrf;
import nl.trede.server.office.export.Exports;
import nl.trede.server.office.view.FormData;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;

/** Conflicten: open sync conflicts, side by side, and resolving them. */
@Controller("/office/conflicten")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ConflictController {
  private final Conflicts conflicts;
  private final OfficeViews views;
  private final Exports exports;
  private final ConsoleReads reads;
  private final OfficeText text;

  public ConflictController(Conflicts conflicts, OfficeViews views, Exports exports, ConsoleReads reads,
      OfficeText text) {
    this.conflicts = conflicts;
    this.views = views;
    this.exports = exports;
    this.reads = reads;
    this.text = text;
  }

  @Get
  public HttpResponse<?> list(HttpRequest<?> request, Authentication authentication,
      @Nullable @QueryValue String result) {
    OfficeUser user = OfficeUser.of(authentication);
    Map<String, Object> model = new HashMap<>();
    List<Conflicts.Item> items = conflicts.open(user);
    reads.shown(request, user, "office.view-conflicts", null, items.stream().map(Conflicts.Item::candidateId).toList());
    model.put("items", items);
    model.put("result", result == null ? "" : result);
    return views.page(request, user, OfficeViews.Section.CONFLICTS, "conflicts", model);
  }

  /** Post/redirect/get: the answer is a page that can be reloaded without resolving twice. */
  @Post(value = "/{recordId}/oplossen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> resolve(HttpRequest<?> request, Authentication authentication,
      @PathVariable String recordId, @Nullable @Body String body) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get(Csrf.FIELD));
    String conflictId = form.get("conflictId");
    String choice = form.get("choice");
    if (conflictId == null || !("current".equals(choice) || "proposed".equals(choice))) {
      return HttpResponse.seeOther(URI.create("/office/conflicten?result=invalid"));
    }
    Conflicts.Outcome outcome = conflicts.resolve(user, recordId, conflictId, "current".equals(choice),
        RemoteAddress.of(request));
    String result = outcome instanceof Conflicts.Resolved ? "resolved"
        : outcome instanceof Conflicts.Gone ? "gone" : "refused";
    return HttpResponse.seeOther(URI.create("/office/conflicten?result=" + result));
  }

  @Get("/export.{format}")
  public HttpResponse<?> export(HttpRequest<?> request, Authentication authentication, @PathVariable String format) {
    OfficeUser user = OfficeUser.of(authentication);
    return exports.export(request, user, Exports.format(format), "conflicten", text.get("nav.conflicts"), "",
        (sink, files) -> conflicts.export(user, sink, files));
  }
}
