package nl.trede.server.office.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.Csrf;
import nl.trede.server.office.view.FieldErrors;
import nl.trede.server.office.view.FormData;

/**
 * Nieuw dossier (intake): person, inflow, benefit or none, classification, case manager and
 * coaches. Before a file is made the municipality's files with the same date of birth and family
 * name are shown; the user opens one of them or goes on. The form carries the new file's id from
 * the moment it is shown, as a device makes its record's id: sending it twice makes one file.
 */
@Controller("/office/kandidaten/nieuw")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class IntakeController {
  private final FileRegistration registration;
  private final FileEditor files;
  private final FilePages pages;
  private final ConsoleReads reads;

  public IntakeController(FileRegistration registration, FileEditor files, FilePages pages, ConsoleReads reads) {
    this.registration = registration;
    this.files = files;
    this.pages = pages;
    this.reads = reads;
  }

  @Get
  public HttpResponse<?> form(HttpRequest<?> request, Authentication authentication) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = new FormData().add("recordId", Ids.newId().toString()).add("benefit", "yes")
        .add("inflow.date", pages.today().toString());
    if (user.role() == Role.CASE_MANAGER) {
      // The registering case manager carries the file unless they choose another (issue 13).
      form.add("caseManagerId", user.userId());
    }
    return show(request, user, form, FieldErrors.none(), null);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> register(HttpRequest<?> request, Authentication authentication, @Nullable @Body String body) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get("_csrf"));
    UUID id = FilePages.isUuid(form.value("recordId")) ? UUID.fromString(form.get("recordId")) : Ids.newId();
    form = withId(form, id);
    if (files.current(user, id.toString()).isPresent()) {
      // The same form sent twice (a double click, a reload): the file it made is there.
      return HttpResponse.seeOther(URI.create("/office/kandidaten/" + id + "?result=registered"));
    }
    CandidateForm.Read read = CandidateForm.read(form, FileRegistration.blank(id), FormSection.INTAKE);
    Candidate candidate = read.candidate();
    List<nl.trede.domain.Violation> violations = CandidateForm.allProblems(read,
        candidate == null ? List.of() : registration.check(user, candidate));
    if (!violations.isEmpty()) {
      return show(request, user, form, pages.errors(violations, read.rename(), FormSection.INTAKE), null);
    }
    if (!"1".equals(form.get("confirmed"))) {
      FileRegistration.Duplicates duplicates = registration.duplicates(user, candidate);
      if (!duplicates.isEmpty()) {
        reads.shown(request, user, "office.check-duplicates", null,
            duplicates.reachable().stream().map(FileRegistration.Match::id).toList());
        return show(request, user, form, FieldErrors.none(), duplicates);
      }
    }
    FileRegistration.Outcome outcome = registration.register(user, candidate, RemoteAddress.of(request));
    if (outcome instanceof FileRegistration.Refused refused) {
      return show(request, user, form, pages.errors(refused.violations(), read.rename(), FormSection.INTAKE), null);
    }
    return HttpResponse.seeOther(URI.create("/office/kandidaten/" + id + "?result=registered"));
  }

  private HttpResponse<?> show(HttpRequest<?> request, OfficeUser user, FormData form, FieldErrors errors,
      FileRegistration.Duplicates duplicates) {
    UUID id = UUID.fromString(form.value("recordId"));
    return pages.form(request, user, "file-form", FileRegistration.blank(id), 0, form, errors,
        Map.of("intake", true, "duplicates", duplicates == null ? new FileRegistration.Duplicates(List.of(), 0)
            : duplicates));
  }

  /** The form with this id for the new file, whatever it said. */
  private static FormData withId(FormData form, UUID id) {
    FormData copy = new FormData().add("recordId", id.toString());
    form.names().stream().filter(n -> !n.equals("recordId"))
        .forEach(n -> form.allRaw(n).forEach(v -> copy.add(n, v)));
    return copy;
  }
}
