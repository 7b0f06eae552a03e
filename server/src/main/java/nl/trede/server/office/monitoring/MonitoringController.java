package nl.trede.server.office.monitoring;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.export.Exports;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;

/** Monitoring: the index of dashboards, each dashboard for a period, and each panel's export. */
@Controller("/office/monitoring")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class MonitoringController {
  private final List<Dashboard> dashboards;
  private final OfficeViews views;
  private final Exports exports;
  private final ConsoleReads reads;
  private final OfficeText text;
  private final Clock clock;

  public MonitoringController(List<Dashboard> dashboards, OfficeViews views, Exports exports,
      ConsoleReads reads, OfficeText text, Clock clock) {
    this.dashboards = dashboards.stream().sorted(Comparator.comparingInt(Dashboard::order)).toList();
    this.views = views;
    this.exports = exports;
    this.reads = reads;
    this.text = text;
    this.clock = clock;
  }

  /** The period picker's state: the period plus what the picker shows for this dashboard. */
  public record Picker(String from, String to, String preset, List<Period.Preset> presets,
      boolean single, String fromLabel, String toLabel, List<ShownOption> options, boolean dates) {}

  /** A choice of the dashboard as the picker shows it, with its current value. */
  public record ShownOption(String name, String label, List<Option.Choice> choices, String selected) {}

  @Get
  public HttpResponse<?> index(HttpRequest<?> request, Authentication authentication) {
    OfficeUser user = OfficeUser.of(authentication);
    return views.page(request, user, OfficeViews.Section.MONITORING, "monitoring",
        Map.of("dashboards", dashboards));
  }

  @Get("/{id}")
  public HttpResponse<?> dashboard(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
    OfficeUser user = OfficeUser.of(authentication);
    Dashboard dashboard = find(id);
    List<Option> options = dashboard.options(user);
    Selection selection = selection(request, dashboard, options);
    Period period = selection.period();
    List<Panel> panels = dashboard.panels(user, selection);
    Map<String, Object> model = new HashMap<>();
    model.put("dashboard", dashboard);
    model.put("period", period);
    model.put("picker", new Picker(period.from().toString(), period.to().toString(),
        period.preset() == null ? "" : period.preset(), dashboard.presets(), dashboard.singleDate(),
        dashboard.fromLabelKey(), dashboard.toLabelKey(), options.stream()
            .map(o -> new ShownOption(o.name(), o.label(), o.choices(), selection.choice(o.name()))).toList(),
        dashboard.picksDates()));
    model.put("panels", panels);
    model.put("notice", dashboard.notice(user));
    model.put("action", dashboard.action(user));
    model.put("refused", refused(request, options, selection));
    model.put("exportBase", "/office/monitoring/" + dashboard.id());
    model.put("periodQuery", selection.query());
    reads.shown(request, user, "office.view-dashboard", "dashboard=" + dashboard.id() + "; "
        + selection.query().replace('&', ' '), panels.stream().flatMap(p -> p.table().candidateFiles().stream()).toList());
    return views.page(request, user, OfficeViews.Section.MONITORING, "dashboard", model);
  }

  @Get("/{id}/export.{format}")
  public HttpResponse<?> export(HttpRequest<?> request, Authentication authentication,
      @PathVariable String id, @PathVariable String format) {
    OfficeUser user = OfficeUser.of(authentication);
    Dashboard dashboard = find(id);
    Selection selection = selection(request, dashboard, dashboard.options(user));
    String panelId = request.getParameters().get("panel");
    Panel panel = dashboard.panels(user, selection).stream().filter(p -> p.id().equals(panelId))
        .findFirst().orElseThrow(OfficeRefusal::notFound);
    return exports.export(request, user, Exports.format(format), dashboard.id() + "-" + panel.id(),
        panel.title(), "panel=" + panel.id() + "; " + selection.query().replace('&', ' '),
        (sink, files) -> {
          files.addAll(panel.table().candidateFiles());
          return panel.table().write(sink);
        });
  }

  /** The period and the dashboard's choices asked for; a choice it does not offer falls back to its default. */
  private Selection selection(HttpRequest<?> request, Dashboard dashboard, List<Option> options) {
    Map<String, String> choices = new HashMap<>();
    for (Option option : options) {
      String value = option.resolve(request.getParameters().get(option.name()));
      if (value != null) {
        choices.put(option.name(), value);
      }
    }
    Period picked = Period.from(request.getParameters(), dashboard.defaultPeriod(), today());
    return new Selection(dashboard.period(picked, choices, today()), choices);
  }

  /**
   * What the page says of each choice asked for that the dashboard does not offer (a year typed into
   * the address, a dimension the scheme dropped): which value was asked, and what is shown instead.
   * Said, not only silently replaced, so a bookmarked or typed address does not mislead.
   */
  private List<String> refused(HttpRequest<?> request, List<Option> options, Selection selection) {
    List<String> refused = new java.util.ArrayList<>();
    for (Option option : options) {
      String asked = request.getParameters().get(option.name());
      if (asked == null || asked.isBlank() || option.resolve(asked).equals(asked)) {
        continue;
      }
      String shown = option.choices().stream().filter(c -> c.value().equals(selection.choice(option.name())))
          .map(Option.Choice::label).findFirst().orElse("");
      String echoed = asked.length() > 40 ? asked.substring(0, 40) + "…" : asked;
      refused.add(text.get("option.refused", option.label(), echoed, shown));
    }
    return refused;
  }

  private Dashboard find(String id) {
    return dashboards.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(OfficeRefusal::notFound);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayFormat.ZONE));
  }
}
