package nl.trede.server.office.employers;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.trede.domain.employer.Sector;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;

/** Werkgevers: the list, and one employer's page (issue 18, decision 0062). */
@Controller("/office/werkgevers")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class EmployerController {
  /** One choice in a filter's select: its value and its Dutch label. */
  public record Option(String value, String label) {}

  private final EmployerList list;
  private final EmployerPage pages;
  private final DisplayNames names;
  private final OfficeViews views;
  private final ConsoleReads reads;
  private final OfficeText text;
  private final Clock clock;

  public EmployerController(EmployerList list, EmployerPage pages, DisplayNames names, OfficeViews views,
      ConsoleReads reads, OfficeText text, Clock clock) {
    this.list = list;
    this.pages = pages;
    this.names = names;
    this.views = views;
    this.reads = reads;
    this.text = text;
    this.clock = clock;
  }

  @Get
  public HttpResponse<?> list(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String q,
      @Nullable @QueryValue String sector, @Nullable @QueryValue String owner, @Nullable @QueryValue String sroi) {
    OfficeUser user = OfficeUser.of(authentication);
    EmployerList.Filter filter = new EmployerList.Filter(q == null ? "" : q.strip(), sector == null ? "" : sector,
        owner == null ? "" : owner, "1".equals(sroi));
    Map<String, Object> model = new HashMap<>();
    model.put("rows", list.rows(user, filter, today()));
    model.put("filter", filter);
    model.put("sectors", Arrays.stream(Sector.values()).map(s -> new Option(s.name(), text.label("sector", s)))
        .toList());
    // Who can be an aanspreekpunt: the colleagues devices can name (Role#isFieldColleague).
    model.put("owners", names.users(user.tenantId()).values().stream().filter(p -> p.role().isFieldColleague())
        .map(p -> new Option(p.id(), p.displayName())).toList());
    return views.page(request, user, OfficeViews.Section.EMPLOYERS, "employers", model);
  }

  @Get("/{id}")
  public HttpResponse<?> employer(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
    OfficeUser user = OfficeUser.of(authentication);
    Optional<EmployerPage.View> view = pages.view(user, id, today());
    if (view.isEmpty()) {
      throw OfficeRefusal.notFound();
    }
    // The page names the candidates placed here whom the user may see: a read of those files.
    reads.shown(request, user, "office.view-employer", "employer", id, "ok", null, view.get().files());
    Map<String, Object> model = new HashMap<>();
    model.put("v", view.get());
    model.put("e", view.get().employer());
    model.put("today", today());
    return views.page(request, user, OfficeViews.Section.EMPLOYERS, "employer", model);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayFormat.ZONE));
  }
}
