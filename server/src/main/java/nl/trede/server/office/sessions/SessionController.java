package nl.trede.server.office.sessions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.trede.config.MunicipalityConfig;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.Csrf;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.files.FilePages;
import nl.trede.server.office.files.FormOptions.Option;
import nl.trede.server.office.files.SaveOutcome;
import nl.trede.server.office.view.FieldErrors;
import nl.trede.server.office.view.FormData;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;

/**
 * Group sessions in the console (issue 18): one session with the invited candidates the user may see,
 * reached from its dashboard; planning one, and inviting a caseload group to it.
 */
@Controller("/office/bijeenkomsten")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class SessionController {
  private static final Set<String> FIELDS = Set.of("kind", "title", "date", "startTime", "place", "organiser", "note");

  private final SessionPages sessions;
  private final SessionWrites writes;
  private final InstalledConfiguration configurations;
  private final OfficeViews views;
  private final ConsoleReads reads;
  private final OfficeText text;

  public SessionController(SessionPages sessions, SessionWrites writes, InstalledConfiguration configurations,
      OfficeViews views, ConsoleReads reads, OfficeText text) {
    this.sessions = sessions;
    this.writes = writes;
    this.configurations = configurations;
    this.views = views;
    this.reads = reads;
    this.text = text;
  }

  @Get("/nieuw")
  public HttpResponse<?> planForm(HttpRequest<?> request, Authentication authentication) {
    return planPage(request, planner(authentication), new FormData(), FieldErrors.none());
  }

  @Post(value = "/nieuw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> plan(HttpRequest<?> request, Authentication authentication, @Nullable @Body String body) {
    OfficeUser user = planner(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get("_csrf"));
    SaveOutcome outcome = writes.plan(user, form, RemoteAddress.of(request));
    if (outcome instanceof SaveOutcome.Refused refused) {
      return planPage(request, user, form, FieldErrors.of(refused.violations(), text, FIELDS::contains, Map.of()));
    }
    String id = outcome instanceof SaveOutcome.Saved saved ? saved.recordId() : "";
    return HttpResponse.seeOther(URI.create("/office/bijeenkomsten/" + id + "?result=planned"));
  }

  @Get("/{id}")
  public HttpResponse<?> session(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @QueryValue String result, @Nullable @QueryValue String n, @Nullable @QueryValue String already) {
    OfficeUser user = OfficeUser.of(authentication);
    SessionPages.SessionView view = view(user, id);
    reads.shown(request, user, "office.view-session", null,
        view.invitations().stream().map(SessionPages.Invitation::candidateId).toList());
    Map<String, Object> model = new HashMap<>();
    model.put("s", view);
    model.put("result", result == null ? "" : result);
    model.put("n", n == null ? "0" : n);
    model.put("already", already == null ? "0" : already);
    model.put("mayInvite", user.role().ownsFiles() && !view.session().cancelled());
    model.put("groups", groups(user));
    return views.page(request, user, OfficeViews.Section.MONITORING, "session", model);
  }

  @Post(value = "/{id}/uitnodigen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> invite(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    OfficeUser user = planner(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get("_csrf"));
    view(user, id);
    SessionWrites.Invited invited = writes.invite(user, id, form.get("group"), RemoteAddress.of(request))
        .orElseThrow(OfficeRefusal::notFound);
    return HttpResponse.seeOther(URI.create("/office/bijeenkomsten/" + id + "?result=invited&n=" + invited.invited()
        + "&already=" + invited.already()));
  }

  private SessionPages.SessionView view(OfficeUser user, String id) {
    if (!FilePages.isUuid(id)) {
      throw OfficeRefusal.notFound();
    }
    return sessions.session(user, id).orElseThrow(OfficeRefusal::notFound);
  }

  /** Only who owns files (office, case manager, administrator) plans and invites; a coach does so in the app. */
  private static OfficeUser planner(Authentication authentication) {
    OfficeUser user = OfficeUser.of(authentication);
    if (!user.role().ownsFiles()) {
      throw OfficeRefusal.notFound();
    }
    return user;
  }

  private List<Option> groups(OfficeUser user) {
    List<Option> groups = new ArrayList<>();
    groups.add(new Option(SessionWrites.ALL_OPEN_FILES, text.get("session.invite.all")));
    configurations.of(user.tenantId()).map(MunicipalityConfig::caseloadGroups).orElse(List.of())
        .forEach(g -> groups.add(new Option(g.key(), g.label())));
    return groups;
  }

  private HttpResponse<?> planPage(HttpRequest<?> request, OfficeUser user, FormData form, FieldErrors errors) {
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("errors", errors);
    model.put("kinds", configurations.of(user.tenantId()).map(MunicipalityConfig::sessionKinds).orElse(List.of())
        .stream().map(k -> new Option(k.key(), k.label())).toList());
    return views.page(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY, request, user,
        OfficeViews.Section.MONITORING, "session-form", model);
  }
}
