package nl.trede.server.office.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.domain.Ids;
import nl.trede.server.accounts.twofactor.Totp;
import nl.trede.server.support.FromAddress;
import nl.trede.server.support.MutableClock;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console's two-factor login through its real pages, with the installation's default
 * ({@code trede.office.two-factor: required}): office and admin users set up an authenticator app
 * at their first login and give its code at every login after; case managers may. Codes are
 * computed from the secret the set-up page shows, on the server's clock. Run once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoFactorLoginContract implements TestPropertyProvider {
  private static final Pattern RECOVERY = Pattern.compile("<code>((?:[a-z2-7]{4}-){5}[a-z2-7]{4})</code>");

  private final MutableClock clock = MutableClock.startingNow();
  private final Totp totp = new Totp();

  @Inject
  EmbeddedServer server;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  private OfficeClient browser() {
    return new OfficeClient(server.getURL().toString());
  }

  /** What enrolment left: the secret, the recovery codes. */
  private record Enrolled(byte[] secret, List<String> recoveryCodes) {}

  private String code(byte[] secret) {
    return totp.code(secret, Totp.step(clock.instant()));
  }

  private final Map<String, Enrolled> enrolled = new java.util.HashMap<>();

  /**
   * An office or admin user with the authenticator app set up (through the pages, the first time),
   * two steps later, so the current code has not been used by an earlier test.
   */
  private Enrolled enrolled(String username) {
    Enrolled user = enrolled.computeIfAbsent(username, this::enrol);
    clock.advance(Totp.STEP.multipliedBy(2));
    return user;
  }

  /** Logs in a user without a second factor, sets one up through the pages, and logs out. */
  private Enrolled enrol(String username) {
    OfficeClient browser = browser();
    assertThat(browser.login(username).location()).isEqualTo("/office/login/instellen");
    byte[] secret = OfficeClient.totpSecret(browser.get("/office/login/instellen"));
    Page codes = browser.post("/office/login/instellen", Map.of("code", code(secret)));
    assertThat(codes.status()).isEqualTo(200);
    browser.post("/office/logout", browser.withCsrf(Map.of()));
    return new Enrolled(secret, recoveryCodes(codes));
  }

  private static List<String> recoveryCodes(Page page) {
    List<String> codes = new ArrayList<>();
    Matcher m = RECOVERY.matcher(page.text());
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  void anOfficeUserWithoutASecondFactorSetsOneUpAfterThePasswordBeforeSeeingAnything() {
    OfficeClient browser = browser();

    Page afterPassword = browser.post("/office/login", Map.of("username", "office1", "password", "trede-demo",
        "next", "/office/kandidaten"));
    Page anyPage = browser.get("/office/kandidaten");
    Page setup = browser.get("/office/login/instellen");
    byte[] secret = OfficeClient.totpSecret(setup);
    Page wrong = browser.post("/office/login/instellen", Map.of("code", "000000".equals(code(secret)) ? "111111" : "000000"));
    Page done = browser.post("/office/login/instellen", Map.of("code", code(secret)));

    assertThat(afterPassword.status()).isEqualTo(303);
    assertThat(afterPassword.location()).isEqualTo("/office/login/instellen");
    assertThat(afterPassword.all("Set-Cookie")).noneMatch(c -> c.startsWith("trede_office="))
        .anySatisfy(c -> assertThat(c.toLowerCase()).startsWith("trede_office_login=").contains("httponly")
            .contains("samesite=strict").contains("path=/office/login"));
    assertThat(anyPage.status()).as("no page before the second factor").isEqualTo(303);
    assertThat(anyPage.location()).startsWith("/office/login");
    assertThat(setup.text()).contains("otpauth://totp/Trede%20Gemeente%20Overbetuwe:office1?secret=")
        .contains("algorithm=SHA1&amp;digits=6&amp;period=30").contains("src=\"data:image/svg+xml;base64,");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.text()).contains("Deze code klopt niet");
    assertThat(done.status()).isEqualTo(200);
    assertThat(recoveryCodes(done)).hasSize(10).doesNotHaveDuplicates();
    assertThat(done.text()).contains("href=\"/office/kandidaten\"");
    assertThat(browser.get("/office/kandidaten").status()).as("logged in").isEqualTo(200);
  }

  @Test
  void theNextLoginAsksForTheCodeAndRefusesAWrongOrAlreadyUsedOne() {
    Enrolled admin = enrolled("admin1");
    OfficeClient browser = browser();

    Page afterPassword = browser.post("/office/login", Map.of("username", "admin1", "password", "trede-demo",
        "next", "/office/audit"));
    Page form = browser.get("/office/login/code");
    String current = code(admin.secret());
    Page right = browser.post("/office/login/code", Map.of("code", current));
    OfficeClient other = browser();
    other.login("admin1");
    Page reused = other.post("/office/login/code", Map.of("code", current));

    assertThat(afterPassword.location()).isEqualTo("/office/login/code");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.text()).contains("autocomplete=\"one-time-code\"");
    assertThat(right.status()).isEqualTo(303);
    assertThat(right.location()).isEqualTo("/office/audit");
    assertThat(browser.get("/office/audit").status()).isEqualTo(200);
    assertThat(reused.status()).as("a code works once (RFC 6238 §5.2)").isEqualTo(401);
    assertThat(other.get("/office/audit").status()).isEqualTo(303);
  }

  @Test
  void aCodeFromOneStepAgoOrAheadIsAcceptedButNotFromTwo() {
    Enrolled office = enrolled("office-dalfsen");
    long step = Totp.step(clock.instant());

    OfficeClient twoBehind = browser();
    twoBehind.login("office-dalfsen");
    Page refused = twoBehind.post("/office/login/code", Map.of("code", totp.code(office.secret(), step - 2)));
    OfficeClient oneAhead = browser();
    oneAhead.login("office-dalfsen");
    Page accepted = oneAhead.post("/office/login/code", Map.of("code", totp.code(office.secret(), step + 1)));

    assertThat(refused.status()).isEqualTo(401);
    assertThat(accepted.status()).isEqualTo(303);
  }

  @Test
  void aRecoveryCodeLetsInOnceWhenThePhoneIsLost() {
    Enrolled admin = enrolled("admin1");
    String recovery = admin.recoveryCodes().get(3);

    OfficeClient first = browser();
    first.login("admin1");
    Page in = first.post("/office/login/code", Map.of("code", recovery.toUpperCase().replace("-", " ")));
    OfficeClient second = browser();
    second.login("admin1");
    Page again = second.post("/office/login/code", Map.of("code", recovery));
    Page settings = first.get("/office/tweestapsverificatie");

    assertThat(in.status()).isEqualTo(303);
    assertThat(again.status()).isEqualTo(401);
    assertThat(settings.text()).contains("U heeft nog 9 ongebruikte herstelcodes.");
  }

  @Test
  void fiveWrongCodesEndTheLoginAndCountAsFailedLogins() {
    Enrolled office = enrolled("office-dalfsen");
    OfficeClient browser = browser();
    browser.login("office-dalfsen");
    String outsideTheWindow = totp.code(office.secret(), Totp.step(clock.instant()) - 5);

    // The password step counts until the login completes: the fifth failure (the fourth code)
    // starts the throttle's delays, which a patient guesser waits out.
    List<Integer> wrong = new ArrayList<>();
    while (wrong.size() < 5) {
      Page answer = browser.post("/office/login/code", Map.of("code", outsideTheWindow));
      if (answer.status() == 429) {
        clock.advance(Duration.ofSeconds(Long.parseLong(answer.header("Retry-After").orElseThrow())));
      } else {
        wrong.add(answer.status());
      }
    }
    Page rightTooLate = browser.post("/office/login/code", Map.of("code", code(office.secret())));
    Page passwordAgain = browser.login("office-dalfsen");

    assertThat(wrong).containsOnly(401);
    assertThat(rightTooLate.status()).isEqualTo(303);
    assertThat(rightTooLate.location()).isEqualTo("/office/login?verlopen=1");
    assertThat(passwordAgain.status()).as("the password step and five codes: six failures, 2 s to wait").isEqualTo(429);
    assertThat(passwordAgain.header("Retry-After")).hasValue("2");
    assertThat(browser.get("/office/bezoekverslagen").status()).isEqualTo(303);
    // The throttle forgets after an hour; the other tests start clean.
    clock.advance(Duration.ofHours(1).plusMinutes(1));
  }

  @Test
  void aCaseManagerLogsInWithThePasswordAloneUntilChoosingASecondFactor() {
    OfficeClient browser = browser();
    assertThat(browser.login("casemanager1").location()).isEqualTo("/office/bezoekverslagen");

    Page settings = browser.get("/office/tweestapsverificatie");
    byte[] secret = OfficeClient.totpSecret(settings);
    Page codes = browser.post("/office/tweestapsverificatie", browser.withCsrf(Map.of("code", code(secret))));
    clock.advance(Totp.STEP);
    OfficeClient later = browser();
    Page nextLogin = later.login("casemanager1");

    assertThat(settings.text()).contains("Voor klantmanagers is het een keuze");
    assertThat(codes.status()).isEqualTo(200);
    assertThat(recoveryCodes(codes)).hasSize(10);
    assertThat(nextLogin.location()).isEqualTo("/office/login/code");
    assertThat(later.post("/office/login/code", Map.of("code", code(secret))).status()).isEqualTo(303);
  }

  @Test
  void theLoginCookieOpensNoPageAndLapsesAfterFiveMinutes() {
    OfficeClient office = browser();
    office.post("/office/login", Map.of("username", "office1", "password", "trede-demo"));
    // The code page if office1 set up the app in an earlier test, else the set-up page.
    String page = office.get("/office/login/instellen").status() == 200 ? "/office/login/instellen" : "/office/login/code";

    Page consolePage = office.get("/office/bezoekverslagen");
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    Page lapsed = office.get(page);

    assertThat(consolePage.status()).isEqualTo(303);
    assertThat(lapsed.status()).isEqualTo(303);
    assertThat(lapsed.location()).isEqualTo("/office/login?verlopen=1");
  }

  @Test
  void theFieldAppLogsInWithThePasswordAloneForEveryRole() {
    FromAddress.Answer answer = FromAddress.postJson("127.0.0.1", server.getURL(), "/api/auth/login",
        "{\"username\":\"admin1\",\"password\":\"trede-demo\",\"deviceId\":\"" + Ids.newId() + "\"}");

    assertThat(answer.status()).isEqualTo(200);
  }
}
