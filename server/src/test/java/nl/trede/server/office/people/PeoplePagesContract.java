package nl.trede.server.office.people;

import static nl.trede.server.support.PeoplePages.create;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.domain.Ids;
import nl.trede.server.accounts.DeviceBindingRepository;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.audit.AuditEvent;
import nl.trede.server.support.ApiClient.Answer;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ConsoleContract;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.support.PeoplePages;
import nl.trede.server.support.PeoplePages.Made;
import org.junit.jupiter.api.Test;

/**
 * Gebruikers, the admin's people and devices pages (issue 13), through the real pages and the
 * device API: a new user and the password they must replace (in the console and in the app), a
 * reset, a device revoked (refused at once with {@code device-revoked}, also at a later login), a
 * user deactivated (every device refused with {@code user-deactivated}) and reactivated (old tokens
 * stay dead). Run on SQLite and PostgreSQL by its subclasses.
 */
public abstract class PeoplePagesContract extends ConsoleContract {
  static final String ROOT = PeoplePages.ROOT;
  private static final Pattern TEMPORARY = PeoplePages.TEMPORARY;

  @Inject
  UserRepository users;

  @Inject
  DeviceBindingRepository devices;

  protected Session appUser(Made made, String newPassword) {
    return PeoplePages.appUser(api, made, newPassword);
  }

  @Test
  void anAdminMakesAUserWhoMustChooseTheirOwnPasswordInTheApp() {
    OfficeClient admin = loggedIn("admin1");
    Made made = create(admin, "PARTICIPATION_COACH");

    assertThat(admin.get(ROOT).text()).contains("data-username=\"" + made.username() + "\"")
        .contains("Moet een wachtwoord kiezen");
    UUID device = Ids.newId();
    Answer first = api.loginAnswer(made.username(), made.password(), device, "1.0.0");
    assertThat(first.status()).isEqualTo(403);
    assertThat(first.body().get("type").asText()).endsWith("/password-change-required");
    assertThat(first.body().has("token")).isFalse();
    Answer tooShort = api.changePassword(made.username(), made.password(), "kort", device);
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.body().get("errors").get(0).get("field").asText()).isEqualTo("newPassword");
    assertThat(tooShort.body().get("errors").get(0).get("rule").asText()).isEqualTo("min-length");
    Answer same = api.changePassword(made.username(), made.password(), made.password(), device);
    assertThat(same.body().get("errors").get(0).get("rule").asText()).isEqualTo("same-as-current");

    Session session = appUser(made, "mijn eigen wachtwoord");

    assertThat(api.raw(HttpRequest.GET("/api/sync/pull?limit=1"), session, true).status()).isEqualTo(200);
    assertThat(api.loginAnswer(made.username(), made.password(), Ids.newId(), null).status())
        .as("the temporary password is gone").isEqualTo(401);
    assertThat(api.loginAnswer(made.username(), "mijn eigen wachtwoord", Ids.newId(), null).status()).isEqualTo(200);
    assertThat(admin.get(ROOT + "/" + made.id()).text()).doesNotContain("Moet een wachtwoord kiezen");
    assertThat(users.findById(made.id()).orElseThrow().tenantId()).as("the admin's municipality").isEqualTo("overbetuwe");
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).extracting(AuditEvent::action, AuditEvent::recordId)
        .contains(org.assertj.core.groups.Tuple.tuple("admin.create-user", made.id()),
            org.assertj.core.groups.Tuple.tuple("password-change", made.id()));
  }

  @Test
  void anAdminGivesAColleagueAWorkPhoneByTheDomainsPhoneRuleAndAWrongOneIsRefusedOnTheField() {
    OfficeClient admin = loggedIn("admin1");
    String username = "bellen-" + ConsoleContract.suffix();
    Map<String, String> form = Map.of("displayName", "Klantmanager " + username, "username", username,
        "role", "CASE_MANAGER", "workPhone", "bel mij maar");

    Page refused = admin.post(ROOT, admin.withCsrf(form));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("id=\"error-workPhone\"")
        .contains("Vul een telefoonnummer in: 8 tot 20 cijfers").contains("value=\"bel mij maar\"");
    assertThat(users.findByUsername(username)).as("nothing made").isEmpty();

    Page made = admin.post(ROOT, admin.withCsrf(Map.of("displayName", "Klantmanager " + username,
        "username", username, "role", "CASE_MANAGER", "workPhone", " 06-12345678 ")));

    assertThat(made.status()).as(made.text()).isEqualTo(200);
    String id = users.findByUsername(username).orElseThrow().id();
    assertThat(users.findById(id).orElseThrow().workPhone()).isEqualTo("06-12345678");
    assertThat(admin.get(ROOT).text()).contains("06-12345678");

    Page changed = admin.post(ROOT + "/" + id + "/werktelefoon",
        admin.withCsrf(Map.of("workPhone", "+31 (0)6 8765 4321")));
    assertThat(changed.status()).isEqualTo(303);
    assertThat(changed.location()).endsWith("?result=work-phone-saved");
    assertThat(admin.get(changed.location()).text()).contains("+31 (0)6 8765 4321")
        .contains("Het werktelefoonnummer is opgeslagen.");
    Page wrong = admin.post(ROOT + "/" + id + "/werktelefoon", admin.withCsrf(Map.of("workPhone", "0612")));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.text()).contains("id=\"error-workPhone\"").contains("value=\"0612\"");
    assertThat(users.findById(id).orElseThrow().workPhone()).as("kept").isEqualTo("+31 (0)6 8765 4321");
    admin.post(ROOT + "/" + id + "/werktelefoon", admin.withCsrf(Map.of("workPhone", "  ")));
    assertThat(users.findById(id).orElseThrow().workPhone()).as("cleared").isNull();
    assertThat(admin.get(ROOT + "/" + id).text()).contains("Geen nummer bekend");

    List<AuditEvent> audit = auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> id.equals(e.recordId())).toList();
    assertThat(audit).extracting(AuditEvent::action)
        .containsExactly("admin.create-user", "admin.change-work-phone", "admin.change-work-phone");
    assertThat(audit).allSatisfy(e -> assertThat(String.valueOf(e.detail())).doesNotContain("8765", "12345678"));
  }

  @Test
  void aNewConsoleUserChoosesAPasswordBeforeAnythingOpens() {
    OfficeClient admin = loggedIn("admin1");
    Made made = create(admin, "OFFICE");
    OfficeClient browser = browser();

    Page login = browser.login(made.username(), made.password());
    assertThat(login.location()).isEqualTo("/office/login/wachtwoord");
    assertThat(browser.sessionToken()).as("no session before the new password").isNull();
    assertThat(browser.get("/office/kandidaten").status()).isEqualTo(303);
    Page mismatch = browser.post("/office/login/wachtwoord", Map.of("password", "een goed wachtwoord",
        "repeat", "een ander wachtwoord"));
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.text()).contains("id=\"error-repeat\"").contains("niet gelijk");
    Page temporary = browser.post("/office/login/wachtwoord", Map.of("password", made.password(),
        "repeat", made.password()));
    assertThat(temporary.text()).contains("id=\"error-password\"").contains("ander wachtwoord dan het tijdelijke");

    Page done = browser.post("/office/login/wachtwoord", Map.of("password", "een goed wachtwoord",
        "repeat", "een goed wachtwoord"));

    assertThat(done.status()).isEqualTo(303);
    assertThat(browser.get("/office/kandidaten").status()).isEqualTo(200);
    assertThat(browser().login(made.username(), "een goed wachtwoord").status()).isEqualTo(303);
  }

  @Test
  void aResetAsksForANewPasswordAndLeavesTheDevicesSyncing() {
    OfficeClient admin = loggedIn("admin1");
    Made made = create(admin, "JOBCOACH");
    Session phone = appUser(made, "eerste wachtwoord");

    Page reset = admin.post(ROOT + "/" + made.id() + "/wachtwoord", admin.withCsrf(Map.of()));

    Matcher password = TEMPORARY.matcher(reset.text());
    assertThat(password.find()).isTrue();
    assertThat(api.loginAnswer(made.username(), "eerste wachtwoord", Ids.newId(), null).status()).isEqualTo(401);
    assertThat(api.loginAnswer(made.username(), password.group(1), Ids.newId(), null).status()).isEqualTo(403);
    assertThat(api.raw(HttpRequest.GET("/api/sync/pull?limit=1"), phone, true).status())
        .as("a forgotten password is not a lost phone").isEqualTo(200);
  }

  @Test
  void aRevokedDeviceIsRefusedAtOnceSaysWhyAndCannotLogInAgain() {
    OfficeClient admin = loggedIn("admin1");
    Made made = create(admin, "PARTICIPATION_COACH");
    Session phone = appUser(made, "wachtwoord van de coach");
    Session tablet = api.login(made.username(), "wachtwoord van de coach", Ids.newId(), "0.9.0");
    assertThat(api.pullAnswer(phone, "1.2.3").status()).isEqualTo(200);

    String page = admin.get(ROOT + "/" + made.id()).text();
    assertThat(page).contains("data-device=\"" + phone.deviceId() + "\"").contains("Testtoestel").contains("1.2.3")
        .contains("0.9.0");
    Page revoked = admin.post(ROOT + "/" + made.id() + "/toestellen/" + phone.deviceId() + "/intrekken",
        admin.withCsrf(Map.of()));

    assertThat(revoked.status()).isEqualTo(303);
    Answer refused = api.pullAnswer(phone, "1.2.3");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body().get("type").asText()).isEqualTo("https://trede.nl/problems/device-revoked");
    assertThat(refused.contentType()).startsWith("application/problem+json");
    Answer again = api.loginAnswer(made.username(), "wachtwoord van de coach", phone.deviceId(), null);
    assertThat(again.status()).isEqualTo(401);
    assertThat(again.body().get("type").asText()).endsWith("/device-revoked");
    assertThat(api.pullAnswer(tablet, null).status()).as("the user's other device").isEqualTo(200);
    assertThat(admin.get(revoked.location()).text()).contains("Het toestel is ingetrokken").contains("Ingetrokken ");
    assertThat(devices.findById(phone.deviceId().toString()).orElseThrow().revokedBy()).isEqualTo(user("admin1").toString());
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("admin.revoke-device");
      assertThat(e.recordId()).isEqualTo(phone.deviceId().toString());
      assertThat(e.userId()).isEqualTo(user("admin1").toString());
    });
  }

  @Test
  void aDeactivatedUsersDevicesAreAllRefusedAndReactivationDoesNotRevivePastTokens() {
    OfficeClient admin = loggedIn("admin1");
    Made made = create(admin, "CASE_MANAGER");
    Session phone = appUser(made, "wachtwoord klantmanager");
    Session tablet = api.login(made.username(), "wachtwoord klantmanager", Ids.newId(), null);
    OfficeClient console = browser();
    assertThat(console.login(made.username(), "wachtwoord klantmanager").status()).isEqualTo(303);

    assertThat(admin.post(ROOT + "/" + made.id() + "/uitschakelen", admin.withCsrf(Map.of())).status()).isEqualTo(303);

    for (Session device : List.of(phone, tablet)) {
      Answer refused = api.pullAnswer(device, null);
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.body().get("type").asText()).endsWith("/user-deactivated");
    }
    assertThat(console.get("/office/kandidaten").status()).as("the console session ends too").isEqualTo(303);
    assertThat(api.loginAnswer(made.username(), "wachtwoord klantmanager", Ids.newId(), null).body().get("type").asText())
        .endsWith("/user-deactivated");
    assertThat(api.loginAnswer(made.username(), "fout wachtwoord!", Ids.newId(), null).body().get("type").asText())
        .as("only who knows the password learns it").endsWith("/bad-credentials");

    assertThat(admin.post(ROOT + "/" + made.id() + "/inschakelen", admin.withCsrf(Map.of())).status()).isEqualTo(303);

    assertThat(api.pullAnswer(phone, null).status()).as("reactivation brings no token back").isEqualTo(401);
    Session fresh = api.login(made.username(), "wachtwoord klantmanager", Ids.newId(), null);
    assertThat(api.pullAnswer(fresh, null).status()).isEqualTo(200);
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).extracting(AuditEvent::action)
        .contains("admin.deactivate-user", "admin.reactivate-user");
  }

  @Test
  void anAdminCannotSwitchThemselvesOffAndMakesNoInvalidUser() {
    OfficeClient admin = loggedIn("admin1");
    String self = user("admin1").toString();

    Page own = admin.post(ROOT + "/" + self + "/uitschakelen", admin.withCsrf(Map.of()));
    Page invalid = admin.post(ROOT, admin.withCsrf(Map.of("displayName", "", "username", "Coach1", "role", "")));
    Page taken = admin.post(ROOT, admin.withCsrf(Map.of("displayName", "Dubbel", "username", "coach1",
        "role", "PARTICIPATION_COACH")));

    assertThat(own.location()).endsWith("?result=own-account");
    assertThat(users.findById(self).orElseThrow().active()).isTrue();
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.text()).contains("id=\"error-displayName\"").contains("id=\"error-role\"")
        .contains("id=\"error-username\"");
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.text()).contains("al in gebruik");
  }

  @Test
  void onlyAnAdminReachesThePagesAndOnlyTheirOwnMunicipalitysPeople() {
    OfficeClient office = loggedIn("office1");
    OfficeClient admin = loggedIn("admin1");
    String dalfsen = user("coach-dalfsen").toString();

    assertThat(office.get(ROOT).status()).isEqualTo(403);
    assertThat(office.post(ROOT, office.withCsrf(Map.of("displayName", "X", "username", "x-" + suffix(),
        "role", "ADMIN"))).status()).isEqualTo(403);
    assertThat(admin.get(ROOT).text()).doesNotContain(dalfsen);
    assertThat(admin.get(ROOT + "/" + dalfsen).status()).isEqualTo(404);
    assertThat(admin.post(ROOT + "/" + dalfsen + "/uitschakelen", admin.withCsrf(Map.of())).status()).isEqualTo(404);
    assertThat(users.findById(dalfsen).orElseThrow().active()).isTrue();
    assertThat(admin.post(ROOT + "/" + user("coach1") + "/uitschakelen", Map.of()).status())
        .as("without the form token").isEqualTo(403);
  }
}
