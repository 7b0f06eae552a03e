package nl.trede.server.office.session;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import nl.trede.server.accounts.AccountService;
import nl.trede.server.accounts.Tenant;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.twofactor.TwoFactor;
import nl.trede.server.office.view.QrCode;

/**
 * What the page that sets up the authenticator app shows, during a login or from the settings:
 * the secret as text (for typing in), as the otpauth URI and as its QR code.
 */
@Singleton
class SetupPage {
  private final TwoFactor twoFactor;
  private final AccountService accounts;

  SetupPage(TwoFactor twoFactor, AccountService accounts) {
    this.twoFactor = twoFactor;
    this.accounts = accounts;
  }

  Map<String, Object> model(User user, String action, boolean failed) {
    String tenant = accounts.tenant(user.tenantId()).map(Tenant::name).orElse("");
    TwoFactor.Offer offer = twoFactor.offer(user, tenant);
    Map<String, Object> model = new HashMap<>();
    // In groups of four, as authenticator apps show secrets typed in by hand.
    model.put("secret", offer.secret().replaceAll("(.{4})(?!$)", "$1 "));
    model.put("uri", offer.uri());
    model.put("qr", QrCode.svgDataUri(offer.uri()));
    model.put("action", action);
    model.put("failed", failed);
    return model;
  }
}
