package nl.trede.server.office.session;

import static org.assertj.core.api.Assertions.assertThat;
import io.micronaut.http.client.HttpClient;
import java.util.List;
import java.util.Map;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import org.junit.jupiter.api.Test;
import nl.trede.server.support.ConsoleContract;

/**
 * Logging in to the console and its refusals: sessions, cookies, roles, form tokens.
 * Over real HTTP against a real database, as a browser uses it; run once per database by its
 * subclasses.
 */
abstract class ConsoleLoginContract extends ConsoleContract {
  @Test
  void aVisitorWithoutLoginIsSentToTheLoginPageAndBackAfterwards() {
    OfficeClient browser = browser();

    Page refused = browser.get("/office/kandidaten?q=jong");
    Page form = browser.get(refused.location());
    Page login = browser.post("/office/login", Map.of("username", "office1", "password", "trede-demo",
        "next", "/office/kandidaten?q=jong"));

    assertThat(refused.status()).isEqualTo(303);
    assertThat(refused.location()).isEqualTo("/office/login?next=%2Foffice%2Fkandidaten%3Fq%3Djong");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.text()).contains("Inloggen").contains("value=\"/office/kandidaten?q=jong\"");
    assertThat(login.status()).isEqualTo(303);
    assertThat(login.location()).isEqualTo("/office/kandidaten?q=jong");
  }

  @Test
  void aLoginNeverRedirectsToAnotherSite() {
    Page login = browser().post("/office/login", Map.of("username", "office1", "password", "trede-demo",
        "next", "//evil.example/office/x"));

    assertThat(login.location()).isEqualTo("/office/bezoekverslagen");
  }

  @Test
  void theSessionCookieIsHttpOnlySameSiteStrictAndOnlyForTheConsole() {
    Page login = browser().login("office1");

    String cookie = login.all("Set-Cookie").stream().filter(c -> c.startsWith("trede_office=")).findFirst()
        .orElseThrow();
    assertThat(cookie.toLowerCase()).contains("httponly").contains("samesite=strict").contains("path=/office")
        .doesNotContain("max-age").doesNotContain("expires");
    // Served over plain http here; behind TLS (or a proxy saying so) the cookie is Secure.
    assertThat(cookie.toLowerCase()).doesNotContain("secure");
  }

  @Test
  void theCookieIsSecureWhenTheConsoleIsReachedOverHttps() throws Exception {
    java.net.http.HttpResponse<String> login = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.getURL() + "/office/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", server.getURL().toString()).header("X-Forwarded-Proto", "https")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=office1&password=trede-demo")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c.toLowerCase()).contains("secure"));
  }

  @Test
  void aWrongPasswordIsRefusedInDutchWithoutSayingWhichPartWasWrong() {
    OfficeClient browser = browser();

    Page wrongPassword = browser.login("office1", "verkeerd");
    Page unknownUser = browser.login("niemand", "trede-demo");

    for (Page page : List.of(wrongPassword, unknownUser)) {
      assertThat(page.status()).isEqualTo(401);
      assertThat(page.text()).contains("Gebruikersnaam of wachtwoord klopt niet.");
      assertThat(page.all("Set-Cookie")).isEmpty();
    }
    assertThat(browser.sessionToken()).isNull();
  }

  @Test
  void fieldRolesAreRefusedWithADutchExplanationAndNoSession() {
    for (String username : List.of("coach1", "jobcoach1", "jobhunter1")) {
      Page refused = browser().login(username);

      assertThat(refused.status()).as(username).isEqualTo(403);
      assertThat(refused.text()).contains("Geen toegang").contains("werkt u in de Trede-app");
      assertThat(refused.all("Set-Cookie")).as(username).isEmpty();
    }
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("office.login");
      assertThat(e.userId()).isEqualTo(user("coach1").toString());
      assertThat(e.outcome()).isEqualTo("refused-role");
    });
  }

  @Test
  void aDeviceTokenDoesNotOpenTheConsoleAndASessionIsNoDeviceToken() {
    Session device = api.login("office1");
    OfficeClient browser = loggedIn("office1");

    Page withDeviceToken = browser().get("/office/kandidaten", "Authorization", "Bearer " + device.token());
    Page syncWithSession = browser().get("/api/sync/pull", "Authorization", "Bearer " + browser.sessionToken());

    assertThat(withDeviceToken.status()).isEqualTo(403);
    assertThat(syncWithSession.status()).isEqualTo(401);
  }

  @Test
  void loggingOutEndsTheSession() {
    OfficeClient browser = loggedIn("office1");
    String token = browser.sessionToken();

    Page out = browser.post("/office/logout", browser.withCsrf(Map.of()));
    OfficeClient stolen = browser();
    stolen.useSession(token);

    assertThat(out.status()).isEqualTo(303);
    assertThat(out.location()).isEqualTo("/office/login?uitgelogd=1");
    assertThat(out.all("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("trede_office=;").containsIgnoringCase("max-age=0"));
    assertThat(stolen.get("/office/kandidaten").status()).isEqualTo(303);
  }

  @Test
  void aStateChangingRequestNeedsTheFormTokenAndAConsoleOrigin() {
    OfficeClient browser = loggedIn("office1");
    String csrf = browser.csrf();

    Page noToken = browser.post("/office/logout", Map.of());
    Page wrongToken = browser.post("/office/logout", Map.of("_csrf", "x" + csrf));
    // Another site on this machine: Micronaut's own CORS guard lets localhost origins through.
    Page otherSite = browser.postFrom("/office/logout", Map.of("_csrf", csrf), "http://localhost:1");
    Page noOrigin = browser.postFrom("/office/logout", Map.of("_csrf", csrf), null);
    // A remote site is already stopped by that guard, before the console sees it.
    Page remoteSite = browser.postFrom("/office/logout", Map.of("_csrf", csrf), "https://evil.example");

    for (Page page : List.of(noToken, wrongToken, otherSite, noOrigin)) {
      assertThat(page.status()).isEqualTo(403);
      assertThat(page.text()).contains("Verzoek geweigerd");
    }
    assertThat(remoteSite.status()).isEqualTo(403);
    assertThat(browser.get("/office/kandidaten").status()).as("still logged in").isEqualTo(200);
  }
}
