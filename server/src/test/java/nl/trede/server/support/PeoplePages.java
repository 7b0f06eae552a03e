package nl.trede.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.domain.Ids;
import nl.trede.server.accounts.twofactor.Totp;
import nl.trede.server.support.OfficeClient.Page;

/**
 * The admin's Gebruikers pages and a first login, as a person goes through them: a new colleague
 * with the temporary password shown once, the own password chosen, the authenticator app set up.
 */
public final class PeoplePages {
  public static final String ROOT = "/office/beheer/gebruikers";
  public static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password\">([a-z0-9-]+)</code>");
  private static final Pattern PERSON = Pattern.compile("/office/beheer/gebruikers/([0-9a-f-]{36})");

  private PeoplePages() {}

  /** A user made through the page, with the temporary password shown once. */
  public record Made(String id, String username, String password) {}

  public static Made create(OfficeClient admin, String role) {
    String username = "nieuw-" + ConsoleContract.suffix();
    Page shown = admin.post(ROOT, admin.withCsrf(Map.of("displayName", "Nieuwe Collega " + username,
        "username", username, "role", role)));
    assertThat(shown.status()).as(shown.text()).isEqualTo(200);
    Matcher password = TEMPORARY.matcher(shown.text());
    Matcher id = PERSON.matcher(shown.text());
    assertThat(password.find()).as("the temporary password, shown once").isTrue();
    assertThat(id.find()).isTrue();
    return new Made(id.group(1), username, password.group(1));
  }

  /** Logs in to the app with the temporary password, chooses a new one, and is logged in on the device. */
  public static ApiClient.Session appUser(ApiClient api, Made made, String newPassword) {
    UUID device = Ids.newId();
    ApiClient.Answer changed = api.changePassword(made.username(), made.password(), newPassword, device);
    assertThat(changed.status()).as(String.valueOf(changed.body())).isEqualTo(200);
    return new ApiClient.Session(changed.body().get("token").asText(), changed.body().get("userId").asText(), device);
  }

  /** Chooses a password at a first console login; the answer says where the login goes on. */
  public static Page choosePassword(OfficeClient browser, String password) {
    return browser.post("/office/login/wachtwoord", Map.of("password", password, "repeat", password));
  }

  /** Sets up the authenticator app through the set-up page, with a code on the server's clock. */
  public static OfficeClient enrolled(OfficeClient browser, Clock clock) {
    byte[] secret = OfficeClient.totpSecret(browser.get("/office/login/instellen"));
    Page codes = browser.post("/office/login/instellen",
        Map.of("code", new Totp().code(secret, Totp.step(clock.instant()))));
    assertThat(codes.status()).isEqualTo(200);
    return browser;
  }
}
