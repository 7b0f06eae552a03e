package nl.trede.server.office.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.trede.domain.Role;
import nl.trede.domain.contact.LocationType;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Exports;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;
import nl.trede.server.office.view.Pager;

/** Bezoekverslagen: the visit log with its filters, pages and exports. */
@Controller("/office/bezoekverslagen")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class VisitLogController {
  /** Who records in the field; the coach filter lists them (DOMAIN §1). */
  private static final Set<Role> RECORDING_ROLES =
      Set.of(Role.PARTICIPATION_COACH, Role.JOBCOACH, Role.JOBHUNTER, Role.CASE_MANAGER);

  private final VisitLog log;
  private final DisplayNames directory;
  private final OfficeViews views;
  private final Exports exports;
  private final ConsoleReads reads;
  private final OfficeText text;

  public VisitLogController(VisitLog log, DisplayNames directory, OfficeViews views, Exports exports,
      ConsoleReads reads, OfficeText text) {
    this.log = log;
    this.directory = directory;
    this.views = views;
    this.exports = exports;
    this.reads = reads;
    this.text = text;
  }

  public record Option(String value, String label) {}

  @Get
  public HttpResponse<?> list(HttpRequest<?> request, Authentication authentication,
      @Nullable @QueryValue String after, @Nullable @QueryValue String start) {
    OfficeUser user = OfficeUser.of(authentication);
    VisitFilter filter = VisitFilter.from(request.getParameters());
    VisitLog.Page page = log.page(user, filter, after);
    // Every page is a read (BIO 8.15); one candidate's history is a look at their file (DOMAIN §7).
    List<String> shown = page.entries().stream().map(VisitEntry::candidateId).toList();
    if (filter.candidate() != null) {
      reads.shown(request, user, "office.view-visits", "candidate", filter.candidate(), "ok", filter.query(), shown);
    } else {
      reads.shown(request, user, "office.list-visits", filter.query(), shown);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("filter", filter);
    model.put("query", filter.query());
    model.put("page", page);
    String base = "/office/bezoekverslagen?" + filter.query();
    model.put("pager", Pager.of(base, after, start, page.entries().size(), page.next(), page.total()));
    model.put("coaches", directory.users(user.tenantId()).values().stream()
        .filter(p -> RECORDING_ROLES.contains(p.role()))
        .map(p -> new Option(p.id(), p.displayName() + " (" + text.get("role." + p.role()) + ")")).toList());
    model.put("employers", directory.employers(user.tenantId()).stream()
        .map(e -> new Option(e.id(), e.name())).toList());
    model.put("kinds", VisitFilter.KINDS.stream().sorted()
        .map(k -> new Option(k, text.get("kind." + k))).toList());
    model.put("locations", List.of(LocationType.values()).stream()
        .map(l -> new Option(l.name(), text.label("location", l))).toList());
    model.put("candidateName", filter.candidate() == null ? null
        : directory.names(user.tenantId(), List.of(filter.candidate())).values().stream()
            .map(DisplayNames.Named::name).findFirst().orElse(text.get("visits.unknown")));
    return views.page(request, user, OfficeViews.Section.VISITS, "visits", model);
  }

  @Get("/export.{format}")
  public HttpResponse<?> export(HttpRequest<?> request, Authentication authentication,
      @PathVariable String format) {
    OfficeUser user = OfficeUser.of(authentication);
    VisitFilter filter = VisitFilter.from(request.getParameters());
    return exports.export(request, user, Exports.format(format), "bezoekverslagen",
        text.get("nav.visits"), filter.query(), (sink, files) -> log.export(user, filter, sink, files));
  }
}
