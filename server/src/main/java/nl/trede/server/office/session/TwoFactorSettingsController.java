package nl.trede.server.office.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.server.accounts.AccountService;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.twofactor.TwoFactor;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.Csrf;
import nl.trede.server.office.access.OfficePaths;
import nl.trede.server.office.view.FormData;
import nl.trede.server.office.view.OfficeViews;

/**
 * Tweestapsverificatie: a logged-in console user sets up the authenticator app (a case manager may;
 * office and admin already had to at login), sees how many recovery codes are left, and makes new
 * ones with a current code.
 */
@Controller(TwoFactorSettingsController.PATH)
@Secured({"OFFICE", "CASE_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class TwoFactorSettingsController {
  public static final String PATH = OfficePaths.ROOT + "/tweestapsverificatie";

  private final TwoFactor twoFactor;
  private final AccountService accounts;
  private final SetupPage setup;
  private final AuditLog audit;
  private final OfficeViews views;

  public TwoFactorSettingsController(TwoFactor twoFactor, AccountService accounts, SetupPage setup,
      AuditLog audit, OfficeViews views) {
    this.twoFactor = twoFactor;
    this.accounts = accounts;
    this.setup = setup;
    this.audit = audit;
    this.views = views;
  }

  @Get
  public HttpResponse<?> show(HttpRequest<?> request, Authentication authentication) {
    OfficeUser user = OfficeUser.of(authentication);
    return page(request, user, HttpStatus.OK, false);
  }

  /** Setting the app up: the first code confirms the secret; the recovery codes are shown once. */
  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> enrol(HttpRequest<?> request, Authentication authentication, @Nullable @Body String body) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get(Csrf.FIELD));
    String code = form.get("code");
    Optional<List<String>> codes = twoFactor.confirm(user.userId(), code);
    String remote = RemoteAddress.of(request);
    if (codes.isEmpty()) {
      audit.record(user.tenantId(), user.userId(), "office.two-factor", null, null, "refused-code", remote);
      return page(request, user, HttpStatus.UNAUTHORIZED, true);
    }
    audit.record(user.tenantId(), user.userId(), "office.two-factor", null, null, "enrolled", remote);
    return codes(request, user, codes.get());
  }

  /** New recovery codes, for a current code from the app (or an unused recovery code). */
  @Post(value = "/herstelcodes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> newCodes(HttpRequest<?> request, Authentication authentication,
      @Nullable @Body String body) {
    OfficeUser user = OfficeUser.of(authentication);
    FormData form = FormData.parse(body);
    Csrf.require(user, form.get(Csrf.FIELD));
    String code = form.get("code");
    String remote = RemoteAddress.of(request);
    if (twoFactor.check(user.userId(), code).isEmpty()) {
      audit.record(user.tenantId(), user.userId(), "office.two-factor", null, null, "refused-code", remote);
      return page(request, user, HttpStatus.UNAUTHORIZED, true);
    }
    audit.record(user.tenantId(), user.userId(), "office.two-factor", null, null, "new-recovery-codes", remote);
    return codes(request, user, twoFactor.newRecoveryCodes(user.userId()));
  }

  private HttpResponse<?> page(HttpRequest<?> request, OfficeUser user, HttpStatus status, boolean failed) {
    TwoFactor.Status state = twoFactor.status(user.userId());
    Map<String, Object> model = new HashMap<>();
    if (!state.enrolled()) {
      User account = accounts.user(user.userId()).orElseThrow();
      model.putAll(setup.model(account, PATH, failed));
    }
    model.put("state", state);
    model.put("failed", failed);
    model.put("required", twoFactor.requiredFor(user.role()));
    return views.page(status, request, user, null, "two-factor", model);
  }

  private HttpResponse<?> codes(HttpRequest<?> request, OfficeUser user, List<String> codes) {
    return views.page(request, user, null, "recovery-codes", Map.of("codes", codes, "continueHref", PATH));
  }
}
