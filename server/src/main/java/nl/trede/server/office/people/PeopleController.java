package nl.trede.server.office.people;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.server.accounts.Devices;
import nl.trede.server.accounts.People;
import nl.trede.server.accounts.User;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.Csrf;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.view.FormData;
import nl.trede.server.office.view.OfficeViews;

/**
 * Gebruikers: the admin's page of their municipality's people and devices (issue 13): make a user,
 * reset a password, switch a user off and on, see and revoke a user's devices. Changes are
 * post/redirect/get, except the two that show a temporary password: that is shown once, in the
 * answer to the POST, and never stored in a URL.
 */
@Controller(PeopleController.ROOT)
@Secured({"ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class PeopleController {
  static final String ROOT = "/office/beheer/gebruikers";

  private final People people;
  private final Devices devices;
  private final OfficeViews views;

  public PeopleController(People people, Devices devices, OfficeViews views) {
    this.people = people;
    this.devices = devices;
    this.views = views;
  }

  @Get
  public HttpResponse<?> list(HttpRequest<?> request, Authentication authentication) {
    OfficeUser admin = OfficeUser.of(authentication);
    return views.page(request, admin, OfficeViews.Section.PEOPLE, "people", Map.of("people", people.of(admin.caller())));
  }

  @Get("/nieuw")
  public HttpResponse<?> form(HttpRequest<?> request, Authentication authentication) {
    OfficeUser admin = OfficeUser.of(authentication);
    return views.page(request, admin, OfficeViews.Section.PEOPLE, "person-new",
        formModel("", "", null, "", List.of()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Nullable @Body String body) {
    OfficeUser admin = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(admin, form.get(Csrf.FIELD));
    String username = form.get("username");
    String displayName = form.get("displayName");
    String role = form.get("role");
    String workPhone = form.get("workPhone");
    Role chosen = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
    return people.create(admin.caller(), username, displayName, chosen, workPhone, RemoteAddress.of(request)).match(
        created -> passwordPage(request, admin, created.created(), true),
        invalid -> views.page(HttpStatus.BAD_REQUEST, request, admin, OfficeViews.Section.PEOPLE, "person-new",
            formModel(username, displayName, role, workPhone, invalid.violations())));
  }

  @Get("/{id}")
  public HttpResponse<?> person(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @QueryValue String result) {
    OfficeUser admin = OfficeUser.of(authentication);
    User user = people.find(admin.caller(), id).orElseThrow(OfficeRefusal::notFound);
    return personPage(HttpStatus.OK, request, admin, user, result, user.workPhone(), List.of());
  }

  /** The work number, set, changed or (blank) cleared; a wrong one comes back with the field's error. */
  @Post(value = "/{id}/werktelefoon", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> changeWorkPhone(HttpRequest<?> request, Authentication authentication,
      @PathVariable String id, @Nullable @Body String body) {
    OfficeUser admin = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(admin, form.get(Csrf.FIELD));
    String workPhone = form.get("workPhone");
    User user = people.find(admin.caller(), id).orElseThrow(OfficeRefusal::notFound);
    List<Violation> refused = people.changeWorkPhone(admin.caller(), user, workPhone, RemoteAddress.of(request));
    return refused.isEmpty() ? back(id, "work-phone-saved")
        : personPage(HttpStatus.BAD_REQUEST, request, admin, user, null, workPhone, refused);
  }

  private HttpResponse<?> personPage(HttpStatus status, HttpRequest<?> request, OfficeUser admin, User user,
      String result, String workPhone, List<Violation> violations) {
    Map<String, Object> model = new HashMap<>();
    model.put("person", user);
    model.put("self", user.id().equals(admin.userId()));
    model.put("devices", devices.of(user));
    model.put("result", result == null ? "" : result);
    model.put("workPhone", workPhone == null ? "" : workPhone);
    model.put("errors", firstRuleByField(violations));
    return views.page(status, request, admin, OfficeViews.Section.PEOPLE, "person", model);
  }

  @Post(value = "/{id}/wachtwoord", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> resetPassword(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    OfficeUser admin = OfficeUser.of(authentication);
    Csrf.require(admin, FormData.parse(body).get(Csrf.FIELD));
    People.WithPassword reset = people.resetPassword(admin.caller(), id, RemoteAddress.of(request))
        .orElseThrow(OfficeRefusal::notFound);
    return passwordPage(request, admin, reset, false);
  }

  @Post(value = "/{id}/uitschakelen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> deactivate(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    OfficeUser admin = OfficeUser.of(authentication);
    Csrf.require(admin, FormData.parse(body).get(Csrf.FIELD));
    return switched(id, "deactivated", people.deactivate(admin.caller(), id, RemoteAddress.of(request)));
  }

  @Post(value = "/{id}/inschakelen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> reactivate(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @Nullable @Body String body) {
    OfficeUser admin = OfficeUser.of(authentication);
    Csrf.require(admin, FormData.parse(body).get(Csrf.FIELD));
    return switched(id, "reactivated", people.reactivate(admin.caller(), id, RemoteAddress.of(request)));
  }

  @Post(value = "/{id}/toestellen/{deviceId}/intrekken", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> revoke(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
      @PathVariable String deviceId, @Nullable @Body String body) {
    OfficeUser admin = OfficeUser.of(authentication);
    Csrf.require(admin, FormData.parse(body).get(Csrf.FIELD));
    User user = people.find(admin.caller(), id).orElseThrow(OfficeRefusal::notFound);
    boolean revoked = devices.revoke(admin.caller(), user, deviceId, RemoteAddress.of(request));
    return back(id, revoked ? "revoked" : "already-revoked");
  }

  private static HttpResponse<?> switched(String id, String done, People.Switch result) {
    return switch (result) {
      case DONE -> back(id, done);
      case ALREADY -> back(id, "unchanged");
      case OWN_ACCOUNT -> back(id, "own-account");
      case NOT_FOUND -> throw OfficeRefusal.notFound();
    };
  }

  private static HttpResponse<?> back(String id, String result) {
    return HttpResponse.seeOther(URI.create(ROOT + "/" + id + "?result=" + result));
  }

  private HttpResponse<?> passwordPage(HttpRequest<?> request, OfficeUser admin, People.WithPassword made,
      boolean created) {
    return views.page(request, admin, OfficeViews.Section.PEOPLE, "person-password", Map.of(
        "person", made.user(), "password", made.temporaryPassword(), "created", created));
  }

  private static Map<String, Object> formModel(String username, String displayName, String role, String workPhone,
      List<Violation> violations) {
    Map<String, Object> model = new HashMap<>();
    model.put("username", username == null ? "" : username);
    model.put("displayName", displayName == null ? "" : displayName);
    model.put("role", role == null ? "" : role);
    model.put("workPhone", workPhone == null ? "" : workPhone);
    model.put("roles", Role.values());
    model.put("errors", firstRuleByField(violations));
    return model;
  }

  /** One message per field: the first rule it broke. */
  private static Map<String, String> firstRuleByField(List<Violation> violations) {
    return violations.stream().collect(Collectors.toMap(Violation::field, Violation::rule, (first, later) -> first));
  }
}
