package nl.trede.server.office.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.Csrf;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.view.FieldErrors;
import nl.trede.server.office.view.FormData;

/**
 * The file's own pages besides reading it: Dossier bewerken (everything the record holds but who
 * carries it and whether it is closed), Klantmanager en coaches (the caseload moves with it),
 * Dossier afsluiten (uitstroom: date and reason) and reopening. Each form stands on the version it
 * showed and sends only what the user changed ({@link FileEditor}).
 */
@Controller("/office/kandidaten/{id}")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class FileEditController {
  private static final List<FormSection> ASSIGN = List.of(FormSection.TEAM);
  private static final List<FormSection> CLOSE = List.of(FormSection.EXIT);

  private final FileEditor editor;
  private final FilePages pages;

  public FileEditController(FileEditor editor, FilePages pages) {
    this.editor = editor;
    this.pages = pages;
  }

  /** A form page: its template, what it edits, what the audit log calls saving it, the result shown after. */
  private enum Page {
    EDIT("file-form", FormSection.EDIT, "office.edit-file", "saved"),
    ASSIGN("file-assign", FileEditController.ASSIGN, "office.assign-file", "assigned"),
    CLOSE("file-close", FileEditController.CLOSE, "office.close-file", "closed");

    final String template;
    final List<FormSection> sections;
    final String action;
    final String result;

    Page(String template, List<FormSection> sections, String action, String result) {
      this.template = template;
      this.sections = sections;
      this.action = action;
      this.result = result;
    }
  }

  @Get("/bewerken")
  public HttpResponse<?> edit(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
    return open(request, authentication, id, Page.EDIT);
  }

  @Post(value = "/bewerken", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> saveEdit(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    return save(request, authentication, id, body, Page.EDIT);
  }

  @Get("/toewijzen")
  public HttpResponse<?> assign(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
    return open(request, authentication, id, Page.ASSIGN);
  }

  @Post(value = "/toewijzen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> saveAssign(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    return save(request, authentication, id, body, Page.ASSIGN);
  }

  @Get("/afsluiten")
  public HttpResponse<?> close(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
    return open(request, authentication, id, Page.CLOSE);
  }

  @Post(value = "/afsluiten", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> saveClose(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    return save(request, authentication, id, body, Page.CLOSE);
  }

  /** Reopening: the exit is taken off, on the version the page showed; the file's history keeps it. */
  @Post(value = "/heropenen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> reopen(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get("_csrf"));
    SaveOutcome outcome = editor.save(user, id, FilePages.version(form), new FormData(), CLOSE, "office.reopen-file",
        RemoteAddress.of(request));
    if (outcome instanceof SaveOutcome.Refused) {
      // Nothing of the page's own to correct: the file says what is in the way.
      return HttpResponse.seeOther(java.net.URI.create("/office/kandidaten/" + id + "?result=refused"));
    }
    return pages.answer(outcome, id, CLOSE, null, "reopened");
  }

  private HttpResponse<?> open(HttpRequest<?> request, Authentication authentication, String id, Page page) {
    OfficeUser user = OfficeUser.of(authentication);
    FileEditor.Shown shown = (FilePages.isUuid(id) ? editor.current(user, id) : java.util.Optional.<FileEditor.Shown>empty())
        .orElseThrow(OfficeRefusal::notFound);
    FormData form = CandidateForm.show(shown.candidate());
    if (page == Page.CLOSE && shown.candidate().exit() == null) {
      form.add("exit.date", pages.today().toString());
    }
    return pages.form(request, user, page.template, shown.candidate(), shown.version(), form, FieldErrors.none(),
        Map.of());
  }

  private HttpResponse<?> save(HttpRequest<?> request, Authentication authentication, String id, String body,
      Page page) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get("_csrf"));
    if (!FilePages.isUuid(id)) {
      throw OfficeRefusal.notFound();
    }
    long version = FilePages.version(form);
    SaveOutcome outcome = editor.save(user, id, version, form, page.sections, page.action, RemoteAddress.of(request));
    return pages.answer(outcome, id, page.sections, errors -> {
      FileEditor.Shown shown = editor.current(user, id).orElseThrow(OfficeRefusal::notFound);
      return pages.form(request, user, page.template, shown.candidate(), version, form, errors, Map.of());
    }, page.result);
  }
}
