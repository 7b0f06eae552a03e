package nl.trede.server.accounts;

import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;
import nl.trede.domain.Role;
import nl.trede.server.http.ProblemException;
import nl.trede.server.http.RemoteAddress;
import nl.trede.sync.Protocol;

@Hidden
@Controller("/api/auth")
public class AuthController {
  private final AccountService accounts;

  public AuthController(AccountService accounts) {
    this.accounts = accounts;
  }

  public record LoginRequest(String username, String password, UUID deviceId, @Nullable String deviceName) {}

  /** A new password in place of one an admin set (after {@code password-change-required}). */
  public record PasswordChangeRequest(String username, String password, String newPassword, UUID deviceId,
      @Nullable String deviceName) {}

  public record LoginResponse(String token, String userId, String displayName, Role role,
      String tenantId, String tenantName) {}

  public record Me(String userId, String displayName, Role role, String tenantId, String tenantName) {}

  @Secured(SecurityRule.IS_ANONYMOUS)
  @Post("/login")
  public LoginResponse login(@Body LoginRequest request, HttpRequest<?> http) {
    requireDevice(request.username(), request.deviceId());
    return answer(accounts.login(request.username(), request.password(), device(http, request.deviceId(),
        request.deviceName())));
  }

  /**
   * Sets the user's own password in place of the one an admin gave them, and logs the device in
   * with it: the answer is a login's.
   */
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Post("/password")
  public LoginResponse changePassword(@Body PasswordChangeRequest request, HttpRequest<?> http) {
    requireDevice(request.username(), request.deviceId());
    return answer(accounts.changePassword(request.username(), request.password(), request.newPassword(),
        device(http, request.deviceId(), request.deviceName())));
  }

  private static void requireDevice(String username, UUID deviceId) {
    if (username == null || username.isBlank()) {
      throw ProblemException.badRequest("username", "required", "username is required");
    }
    if (deviceId == null) {
      throw ProblemException.badRequest("deviceId", "required", "deviceId is required");
    }
  }

  private static AccountService.DeviceLogin device(HttpRequest<?> http, UUID deviceId, String deviceName) {
    return new AccountService.DeviceLogin(deviceId, deviceName,
        http.getHeaders().get(Protocol.APP_VERSION_HEADER), RemoteAddress.of(http));
  }

  private static LoginResponse answer(AccountService.Session session) {
    return new LoginResponse(session.token(), session.user().id(), session.user().displayName(),
        session.user().role(), session.tenant().id(), session.tenant().name());
  }

  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Get("/me")
  public Me me(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    User user = accounts.user(caller.userId()).orElseThrow();
    Tenant tenant = accounts.tenant(caller.tenantId()).orElseThrow();
    return new Me(user.id(), user.displayName(), user.role(), tenant.id(), tenant.name());
  }

  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Post("/logout")
  @Status(HttpStatus.NO_CONTENT)
  public void logout(@Header("Authorization") String authorization) {
    accounts.logout(authorization.substring("Bearer ".length()));
  }
}
