package nl.trede.server.office.audit;

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
import java.util.Optional;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Exports;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;
import nl.trede.server.office.view.Pager;

/** Audit: the municipality's audit log, for its admin only (DESIGN §4, DOMAIN §7). */
@Controller("/office/audit")
@Secured({"ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {
  private final AuditTrail trail;
  private final ReadTrail readTrail;
  private final ConsoleReads reads;
  private final AuditLog audit;
  private final DisplayNames directory;
  private final OfficeViews views;
  private final Exports exports;
  private final OfficeText text;

  public AuditController(AuditTrail trail, ReadTrail readTrail, ConsoleReads reads, AuditLog audit,
      DisplayNames directory, OfficeViews views, Exports exports, OfficeText text) {
    this.trail = trail;
    this.readTrail = readTrail;
    this.reads = reads;
    this.audit = audit;
    this.directory = directory;
    this.views = views;
    this.exports = exports;
    this.text = text;
  }

  @Get
  public HttpResponse<?> list(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String after,
      @Nullable @QueryValue String start) {
    OfficeUser admin = OfficeUser.of(authentication);
    AuditTrail.Filter filter = AuditTrail.Filter.from(request.getParameters());
    AuditTrail.Page page = trail.page(admin, filter, after, AuditTrail.PAGE_SIZE);
    String query = filter.query();
    // The page names candidates (whose file an event touched): that is a read of those files too.
    reads.shown(request, admin, "office.view-audit", query.isEmpty() ? null : query, page.events().stream()
        .filter(e -> e.fileId() != null && e.recordName() != null).map(AuditTrail.Event::fileId).distinct().toList());
    String base = "/office/audit?" + query;
    Map<String, Object> model = new HashMap<>();
    model.put("filter", filter);
    model.put("page", page);
    model.put("query", query);
    model.put("users", directory.users(admin.tenantId()).values());
    model.put("actions", AuditTrail.ACTIONS.stream()
        .map(a -> new String[] {a, text.label("audit.action", a)}).toList());
    model.put("pager", Pager.of(base, after, start, page.events().size(), page.next(), trail.count(admin, filter)));
    return views.page(request, admin, OfficeViews.Section.AUDIT, "audit", model);
  }

  /**
   * Inzage: who has seen one person's file in the last 90 days, on which device or console page.
   * Found by name ({@code q}), then shown for one candidate ({@code kandidaat}). Looking is itself
   * recorded, as {@code office.view-reads}.
   */
  @Get("/inzage")
  public HttpResponse<?> reads(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String q,
      @Nullable @QueryValue String kandidaat) {
    OfficeUser admin = OfficeUser.of(authentication);
    String query = q == null ? "" : q.trim();
    Map<String, Object> model = new HashMap<>();
    model.put("q", query);
    model.put("days", ReadTrail.DAYS);
    model.put("matches", query.isEmpty() ? List.of() : readTrail.find(admin, query));
    Optional<DisplayNames.Named> candidate = kandidaat == null ? Optional.empty() : readTrail.candidate(admin, kandidaat);
    model.put("candidate", candidate.orElse(null));
    model.put("seen", candidate.isEmpty() ? List.of() : readTrail.seen(admin, kandidaat));
    model.put("unknown", kandidaat != null && candidate.isEmpty());
    candidate.ifPresent(c -> audit.record(admin.tenantId(), admin.userId(), "office.view-reads", "candidate", c.id(),
        "ok", RemoteAddress.of(request)));
    return views.page(request, admin, OfficeViews.Section.AUDIT, "audit-reads", model);
  }

  @Get("/export.{format}")
  public HttpResponse<?> export(HttpRequest<?> request, Authentication authentication, @PathVariable String format) {
    OfficeUser admin = OfficeUser.of(authentication);
    AuditTrail.Filter filter = AuditTrail.Filter.from(request.getParameters());
    return exports.export(request, admin, Exports.format(format), "audit", text.get("nav.audit"), filter.query(),
        (sink, files) -> trail.export(admin, filter, sink, files));
  }
}
