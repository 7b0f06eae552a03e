package nl.trede.server.office.obligations;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.Csrf;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.files.FileEditor;
import nl.trede.server.office.files.FilePages;
import nl.trede.server.office.files.SaveOutcome;
import nl.trede.server.office.view.FieldErrors;
import nl.trede.server.office.view.FormData;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;

/**
 * Recording a maatregel or tegenprestatie from a candidate's file (002 §4.5), with the case
 * manager's justification (001 §2.1.3). Every console user is a file owner, whom the role table
 * lets decide one; sync refuses what the rules refuse, naming the field.
 */
@Controller("/office/kandidaten")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ObligationController {
  private static final Set<String> FIELDS = Set.of("kind", "percentage", "months", "activity", "hoursPerWeek",
      "fromDate", "untilDate", "justification");

  private final Obligations obligations;
  private final FileEditor files;
  private final InstalledConfiguration configurations;
  private final OfficeViews views;
  private final ConsoleReads reads;
  private final OfficeText text;

  public ObligationController(Obligations obligations, FileEditor files, InstalledConfiguration configurations,
      OfficeViews views, ConsoleReads reads, OfficeText text) {
    this.obligations = obligations;
    this.files = files;
    this.configurations = configurations;
    this.views = views;
    this.reads = reads;
    this.text = text;
  }

  @Get("/{id}/maatregel")
  public HttpResponse<?> form(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @QueryValue String contact) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = new FormData();
    if (contact != null && FilePages.isUuid(contact)) {
      form.add("reasonContactId", contact);
    }
    return page(request, user, id, form, FieldErrors.none());
  }

  @Post(value = "/{id}/maatregel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> record(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get("_csrf"));
    files.reachable(user, id);
    SaveOutcome outcome = obligations.record(user, id, form, RemoteAddress.of(request));
    if (outcome instanceof SaveOutcome.NotFound) {
      throw OfficeRefusal.notFound();
    }
    if (outcome instanceof SaveOutcome.Refused refused) {
      return page(request, user, id, form, FieldErrors.of(refused.violations(), text, FIELDS::contains, Map.of()));
    }
    return HttpResponse.seeOther(URI.create("/office/kandidaten/" + id + "?result=obligation"));
  }

  private HttpResponse<?> page(HttpRequest<?> request, OfficeUser user, String id, FormData form, FieldErrors errors) {
    FileEditor.Shown file = files.reachable(user, id);
    reads.shown(request, user, "office.view-candidate", "candidate", id, "ok", "form=obligation", List.of(id));
    Map<String, Object> model = new HashMap<>();
    model.put("c", file.candidate());
    model.put("form", form);
    model.put("errors", errors);
    model.put("kinds", List.of(ObligationKind.values()));
    model.put("rule", configurations.of(user.tenantId()).map(c -> c.obligations())
        .filter(o -> o != null && o.noTegenprestatieFor() != null)
        .map(o -> text.get("obligation.rule.no-tegenprestatie", o.source() == null ? "" : o.source())).orElse(null));
    return views.page(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY, request, user,
        OfficeViews.Section.CANDIDATES, "obligation-form", model);
  }
}
