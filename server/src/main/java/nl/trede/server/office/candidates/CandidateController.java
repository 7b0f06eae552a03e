package nl.trede.server.office.candidates;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.export.Exports;
import nl.trede.server.office.files.FormOptions;
import nl.trede.server.office.obligations.Obligations;
import nl.trede.server.office.referrals.Referrals;
import nl.trede.server.office.sessions.SessionPages;
import nl.trede.server.office.signals.OpenSignals;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;
import nl.trede.server.office.view.Pager;

/** Kandidaten: the list, and one candidate's file with its timeline. */
@Controller("/office/kandidaten")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class CandidateController {
  private final CandidateList list;
  private final CandidateFile files;
  private final OfficeViews views;
  private final Exports exports;
  private final ConsoleReads reads;
  private final OfficeText text;
  private final Referrals referrals;
  private final Obligations obligations;
  private final SessionPages sessions;
  private final Assessments assessments;
  private final BroadIntakes broadIntakes;
  private final FormOptions options;
  private final OpenSignals signals;
  private final Clock clock;

  public CandidateController(CandidateList list, CandidateFile files, OfficeViews views, Exports exports,
      ConsoleReads reads, OfficeText text, Referrals referrals, Obligations obligations, SessionPages sessions,
      Assessments assessments, BroadIntakes broadIntakes, FormOptions options, OpenSignals signals, Clock clock) {
    this.signals = signals;
    this.referrals = referrals;
    this.assessments = assessments;
    this.broadIntakes = broadIntakes;
    this.sessions = sessions;
    this.obligations = obligations;
    this.options = options;
    this.list = list;
    this.files = files;
    this.views = views;
    this.exports = exports;
    this.reads = reads;
    this.text = text;
    this.clock = clock;
  }

  @Get
  public HttpResponse<?> list(HttpRequest<?> request, Authentication authentication,
      @Nullable @QueryValue String q, @Nullable @QueryValue String after, @Nullable @QueryValue String status,
      @Nullable @QueryValue String start) {
    OfficeUser user = OfficeUser.of(authentication);
    String query = q == null ? "" : q.trim();
    CandidateList.Status shown = CandidateList.Status.of(status);
    CandidateList.Page page = list.page(user, query, shown, after, today());
    String queryString = queryString(query, shown);
    // "dan volgt een sanctie die passend is" (000 §5): a no-show nothing has followed reaches the case manager.
    List<Obligations.Signal> noShows = obligations.noShows(user);
    // 002 §3.4.3: what the jobcoaches signal from the workplace reaches the case manager (decision 0068).
    List<OpenSignals.Signal> fromWork = signals.open(user);
    List<String> listed = new java.util.ArrayList<>(page.lines().stream().map(CandidateList.Line::id).toList());
    noShows.forEach(s -> listed.add(s.candidateId()));
    fromWork.forEach(s -> listed.add(s.candidateId()));
    reads.shown(request, user, "office.list-candidates", queryString.isEmpty() ? null : queryString,
        listed.stream().distinct().toList());
    String base = "/office/kandidaten" + (queryString.isEmpty() ? "" : "?" + queryString);
    Map<String, Object> model = new HashMap<>();
    model.put("q", query);
    model.put("status", shown.param());
    model.put("page", page);
    model.put("queryString", queryString);
    model.put("pager", Pager.of(base, after, start, page.lines().size(), page.next(), page.total()));
    model.put("noShows", noShows);
    model.put("workSignals", fromWork);
    model.put("signalWeeks", nl.trede.domain.contact.WorkplaceSignals.OPEN_WEEKS);
    return views.page(request, user, OfficeViews.Section.CANDIDATES, "candidates", model);
  }

  /** The search and the filter as a link's query, so a filtered list can be bookmarked and exported. */
  private static String queryString(String query, CandidateList.Status status) {
    List<String> parts = new java.util.ArrayList<>();
    if (!query.isEmpty()) {
      parts.add("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
    if (!status.param().isEmpty()) {
      parts.add("status=" + status.param());
    }
    return String.join("&", parts);
  }

  @Get("/export.{format}")
  public HttpResponse<?> export(HttpRequest<?> request, Authentication authentication,
      @PathVariable String format, @Nullable @QueryValue String q, @Nullable @QueryValue String status) {
    OfficeUser user = OfficeUser.of(authentication);
    String query = q == null ? "" : q.trim();
    CandidateList.Status shown = CandidateList.Status.of(status);
    return exports.export(request, user, Exports.format(format), "kandidaten", text.get("nav.candidates"),
        queryString(query, shown), (sink, files) -> list.export(user, query, shown, today(), sink, files));
  }

  @Get("/{id}")
  public HttpResponse<?> file(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @QueryValue String result) {
    OfficeUser user = OfficeUser.of(authentication);
    Optional<CandidateFile.View> view = isUuid(id) ? files.view(user, id, today()) : Optional.empty();
    // Every look at a file is in the audit log, also one that was refused (DOMAIN §7).
    reads.shown(request, user, "office.view-candidate", "candidate", isUuid(id) ? id : null,
        view.isPresent() ? "ok" : "refused", null, view.isPresent() ? List.of(id) : List.of());
    if (view.isEmpty()) {
      throw OfficeRefusal.notFound();
    }
    LocalDate today = today();
    CandidateFile.View v = view.get();
    Map<String, Object> model = new HashMap<>();
    model.put("file", v);
    model.put("c", v.candidate());
    model.put("age", v.candidate().dateOfBirth() == null ? null
        : Period.between(v.candidate().dateOfBirth(), today).getYears());
    model.put("monthsOnBenefit", v.candidate().benefitStartDate() == null ? null
        : Period.between(v.candidate().benefitStartDate(), today).toTotalMonths());
    model.put("today", today);
    model.put("closed", v.closedOn(today));
    model.put("referrals", referrals.ofFile(user, id));
    model.put("obligations", obligations.ofFile(user, id));
    model.put("sessions", sessions.ofFile(user, id));
    model.put("assessments", assessments.ofFile(user, id));
    model.put("broadIntake", broadIntakes.ofFile(user, id));
    model.put("noShows", obligations.noShows(user, id));
    model.put("workSignals", signals.open(user, id));
    model.put("dimensions", options.dimensionsByKey(user.tenantId()));
    model.put("offRung", options.offRung(user.tenantId(), v.candidate().classification(), v.rung()));
    model.put("result", result == null ? "" : result);
    return views.page(request, user, OfficeViews.Section.CANDIDATES, "candidate", model);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayFormat.ZONE));
  }

  private static boolean isUuid(String id) {
    try {
      UUID.fromString(id);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
