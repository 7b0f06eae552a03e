package nl.trede.server.office.referrals;

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
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.Csrf;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.files.FileEditor;
import nl.trede.server.office.files.FilePages;
import nl.trede.server.office.files.FormOptions;
import nl.trede.server.office.files.SaveOutcome;
import nl.trede.server.office.view.FieldErrors;
import nl.trede.server.office.view.FormData;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;

/**
 * Aanmeldingen: the inbox of referrals for the receiving side and the referrer, one referral with
 * its answer and sign-off, and sending one from a candidate's file (004 §2.2, §4.1).
 */
@Controller("/office")
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReferralController {
  private static final Set<String> SEND_FIELDS = Set.of("target", "goal");
  private static final Set<String> ANSWER_FIELDS = Set.of("receiverId", "answer", "signOffReason");

  private final Referrals referrals;
  private final FileEditor files;
  private final FormOptions options;
  private final OfficeViews views;
  private final ConsoleReads reads;
  private final OfficeText text;

  public ReferralController(Referrals referrals, FileEditor files, FormOptions options, OfficeViews views,
      ConsoleReads reads, OfficeText text) {
    this.referrals = referrals;
    this.files = files;
    this.options = options;
    this.views = views;
    this.reads = reads;
    this.text = text;
  }

  @Get("/aanmeldingen")
  public HttpResponse<?> inbox(HttpRequest<?> request, Authentication authentication,
      @Nullable @QueryValue String alle) {
    OfficeUser user = OfficeUser.of(authentication);
    boolean all = "1".equals(alle);
    List<Referrals.Line> lines = referrals.inbox(user, all);
    reads.shown(request, user, "office.list-referrals", all ? "alle=1" : null,
        lines.stream().map(Referrals.Line::candidateId).toList());
    Map<String, Object> model = new HashMap<>();
    model.put("lines", lines);
    model.put("all", all);
    return views.page(request, user, OfficeViews.Section.REFERRALS, "referrals", model);
  }

  @Get("/aanmeldingen/{id}")
  public HttpResponse<?> referral(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @QueryValue String result) {
    OfficeUser user = OfficeUser.of(authentication);
    Referrals.Line line = line(user, id);
    return show(request, user, line, new FormData(), FieldErrors.none(), result);
  }

  @Post(value = "/aanmeldingen/{id}/beantwoorden", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> answer(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get("_csrf"));
    Referrals.Line shown = line(user, id);
    boolean accept = "accept".equals(form.get("decision"));
    SaveOutcome outcome = referrals.answer(user, shown, FilePages.version(form), accept, form.get("receiverId"),
        form.get("answer"), RemoteAddress.of(request));
    return after(request, user, shown, form, outcome, accept ? "accepted" : "declined");
  }

  @Post(value = "/aanmeldingen/{id}/afmelden", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> signOff(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get("_csrf"));
    Referrals.Line shown = line(user, id);
    SaveOutcome outcome = referrals.signOff(user, shown, FilePages.version(form), form.get("signOffReason"),
        RemoteAddress.of(request));
    return after(request, user, shown, form, outcome, "signed-off");
  }

  /** @param target a target to start from, e.g. the UWV when the brede uitvraag signals a work limitation */
  @Get("/kandidaten/{id}/aanmelden")
  public HttpResponse<?> sendForm(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @QueryValue String target) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(target == null ? null
        : "target=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));
    return sendPage(request, user, id, form, FieldErrors.none());
  }

  @Post(value = "/kandidaten/{id}/aanmelden", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> send(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get("_csrf"));
    files.reachable(user, id);
    SaveOutcome outcome = referrals.send(user, id, form.get("target"), form.get("goal"), RemoteAddress.of(request));
    if (outcome instanceof SaveOutcome.NotFound) {
      throw OfficeRefusal.notFound();
    }
    if (outcome instanceof SaveOutcome.Refused refused) {
      return sendPage(request, user, id, form, FieldErrors.of(refused.violations(), text, SEND_FIELDS::contains,
          Map.of()));
    }
    return HttpResponse.seeOther(URI.create("/office/kandidaten/" + id + "?result=referred"));
  }

  private HttpResponse<?> sendPage(HttpRequest<?> request, OfficeUser user, String id, FormData form,
      FieldErrors errors) {
    FileEditor.Shown file = files.reachable(user, id);
    reads.shown(request, user, "office.view-candidate", "candidate", id, "ok", "form=referral-send", List.of(id));
    Map<String, Object> model = new HashMap<>();
    model.put("c", file.candidate());
    model.put("form", form);
    model.put("errors", errors);
    model.put("targets", options.of(user.tenantId()).referralTargets());
    return views.page(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY, request, user,
        OfficeViews.Section.CANDIDATES, "referral-send", model);
  }


  private Referrals.Line line(OfficeUser user, String id) {
    return (FilePages.isUuid(id) ? referrals.one(user, id) : java.util.Optional.<Referrals.Line>empty())
        .orElseThrow(OfficeRefusal::notFound);
  }

  private HttpResponse<?> after(HttpRequest<?> request, OfficeUser user, Referrals.Line shown, FormData form,
      SaveOutcome outcome, String result) {
    if (outcome instanceof SaveOutcome.NotFound) {
      throw OfficeRefusal.notFound();
    }
    if (outcome instanceof SaveOutcome.Refused refused) {
      return show(request, user, line(user, shown.id()), form,
          FieldErrors.of(refused.violations(), text, ANSWER_FIELDS::contains, Map.of()), null);
    }
    boolean conflict = outcome instanceof SaveOutcome.Saved saved && !saved.conflicts().isEmpty();
    return HttpResponse.seeOther(URI.create("/office/aanmeldingen/" + shown.id() + "?result="
        + (conflict ? "conflict" : result)));
  }

  private HttpResponse<?> show(HttpRequest<?> request, OfficeUser user, Referrals.Line line, FormData form,
      FieldErrors errors, String result) {
    reads.shown(request, user, "office.view-referral", "referral", line.id(), "ok", null, List.of(line.candidateId()));
    Map<String, Object> model = new HashMap<>();
    model.put("r", line);
    model.put("form", form);
    model.put("errors", errors);
    model.put("result", result == null ? "" : result);
    model.put("members", referrals.teamMembers(user, line.teamRole()));
    model.put("reachesFile", files.current(user, line.candidateId()).isPresent());
    return views.page(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY, request, user,
        OfficeViews.Section.REFERRALS, "referral", model);
  }
}
