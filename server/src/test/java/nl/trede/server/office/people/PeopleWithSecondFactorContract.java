package nl.trede.server.office.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.support.MutableClock;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.support.PeoplePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The admin pages with the installation's default, a second factor for office and admin users: an
 * admin who logged in with their authenticator app makes an office user, who at the first login
 * chooses a password, then sets up the app, then is in; and switches a user off. Codes come from
 * the secret the set-up page shows, on the server's clock (each subclass declares it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PeopleWithSecondFactorContract implements TestPropertyProvider {
  final MutableClock clock = MutableClock.startingNow();

  @Inject
  EmbeddedServer server;

  @Inject
  UserRepository users;

  private OfficeClient browser() {
    return new OfficeClient(server.getURL().toString());
  }

  private OfficeClient enrolled(OfficeClient browser) {
    return PeoplePages.enrolled(browser, clock);
  }

  @Test
  void aNewOfficeUserChoosesAPasswordThenSetsUpTheAppThenIsIn() {
    OfficeClient admin = browser();
    assertThat(admin.login("admin1").location()).isEqualTo("/office/login/instellen");
    enrolled(admin);
    PeoplePages.Made made = PeoplePages.create(admin, "OFFICE");

    OfficeClient newcomer = browser();
    assertThat(newcomer.login(made.username(), made.password()).location()).isEqualTo("/office/login/wachtwoord");
    Page chosen = PeoplePages.choosePassword(newcomer, "lang genoeg wachtwoord");
    assertThat(chosen.location()).as("the second factor follows the new password").isEqualTo("/office/login/instellen");
    assertThat(newcomer.sessionToken()).isNull();
    enrolled(newcomer);

    assertThat(newcomer.get("/office/kandidaten").status()).isEqualTo(200);
    assertThat(users.findById(made.id()).orElseThrow().passwordChangeRequired()).isFalse();

    Page off = admin.post(PeoplePages.ROOT + "/" + made.id() + "/uitschakelen", admin.withCsrf(Map.of()));
    assertThat(off.status()).isEqualTo(303);
    assertThat(newcomer.get("/office/kandidaten").status()).isEqualTo(303);
  }
}
