package nl.trede.client.ui.login;

import static nl.trede.client.support.FakeSyncServer.json;
import static nl.trede.client.support.FakeSyncServer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.trede.client.login.LoginException;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.support.FakeSyncServer;
import nl.trede.client.support.Fixtures;
import nl.trede.client.sync.LoginResult;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.ui.kit.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login screen's steps without a scene: a password an admin set asks for the user's own (checked
 * here with the shared rule before the server is asked), a wiped store is explained, a store of an
 * earlier password offers a fresh start.
 */
class LoginPresenterTest {
  private static final LoginResult ANNA = Fixtures.LOGGED_IN;

  @TempDir
  Path dir;

  private FakeSyncServer server;
  private LoginPresenter presenter;
  private final List<Session> loggedIn = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new FakeSyncServer();
    LoginService service = new LoginService(dir, Fixtures.CLOCK, SyncClient::new, Fixtures.FAST_ITERATIONS, "test");
    presenter = new LoginPresenter(service, Messages.dutch(), Runnable::run, Runnable::run, loggedIn::add);
    presenter.server().set(server.url());
    presenter.username().set("anna");
  }

  @AfterEach
  void stop() {
    loggedIn.forEach(s -> s.store().close());
    server.close();
  }

  @Test
  void aPasswordSetByTheAdminAsksForTheUsersOwnCheckedBeforeItIsSent() throws Exception {
    server.on("/api/auth/login", r -> problem(403, "password-change-required", "choose"))
        .on("/api/auth/password", r -> json(ANNA));
    presenter.password().set("abcd-efgh-jkmn");

    presenter.login();
    assertThat(presenter.choosingPassword().get()).isTrue();
    assertThat(presenter.error().get()).isNull();

    presenter.newPassword().set("te kort");
    presenter.repeatPassword().set("te kort");
    presenter.savePassword();
    assertThat(presenter.error().get()).isEqualTo("Kies een wachtwoord van minstens 10 tekens.");
    presenter.newPassword().set("abcd-efgh-jkmn");
    presenter.repeatPassword().set("abcd-efgh-jkmn");
    presenter.savePassword();
    assertThat(presenter.error().get()).isEqualTo("Kies een ander wachtwoord dan het tijdelijke.");
    presenter.newPassword().set("een goed wachtwoord");
    presenter.repeatPassword().set("een ander wachtwoord");
    presenter.savePassword();
    assertThat(presenter.error().get()).isEqualTo("De twee wachtwoorden zijn niet gelijk.");
    assertThat(server.requests("/api/auth/password")).as("nothing sent that the rule refuses").isEmpty();

    presenter.repeatPassword().set("een goed wachtwoord");
    presenter.savePassword();

    assertThat(loggedIn).hasSize(1);
    assertThat(presenter.choosingPassword().get()).isFalse();
    assertThat(presenter.password().get()).isEmpty();
  }

  @Test
  void aWipedStoreIsExplainedWhereTheLoginStartsAgain() throws Exception {
    server.on("/api/auth/login", r -> problem(401, "user-deactivated", "gone"));
    presenter.password().set("een wachtwoord");

    presenter.login();

    assertThat(presenter.notice().get()).startsWith("Uw account is uitgeschakeld")
        .contains("Er ging geen werk verloren: alles was al verstuurd.");
    assertThat(presenter.error().get()).isNull();
    assertThat(presenter.password().get()).isEmpty();
    assertThat(loggedIn).isEmpty();
  }

  @Test
  void theNoticeSaysHowManyUnsentChangesWereWipedOrThatItIsNotKnown() {
    presenter.accessEnded("DEVICE_REVOKED", 3);
    assertThat(presenter.notice().get()).startsWith("De beheerder heeft dit toestel ingetrokken.")
        .contains("3 wijzigingen waren nog niet verstuurd en zijn ook verwijderd; de server heeft die niet.");
    presenter.accessEnded("USER_DEACTIVATED", 1);
    assertThat(presenter.notice().get()).contains("Eén wijziging was nog niet verstuurd");
    presenter.accessEnded("DEVICE_REVOKED", LoginException.UNKNOWN);
    assertThat(presenter.notice().get()).contains("Wat nog niet verstuurd was, is ook verwijderd.")
        .endsWith("Vraag het de beheerder van Trede in uw gemeente.");
  }

  @Test
  void aPasswordThatDoesNotOpenTheStoreOffersAFreshStart() throws Exception {
    server.on("/api/auth/login", r -> json(ANNA));
    presenter.password().set("het oude wachtwoord");
    presenter.login();
    loggedIn.remove(0).store().close();

    presenter.password().set("het nieuwe wachtwoord");
    presenter.login();
    assertThat(presenter.freshStartOffered().get()).isTrue();
    assertThat(presenter.error().get()).isEqualTo("Met dit wachtwoord gaan uw gegevens op dit toestel niet open.");

    presenter.startAfresh();

    assertThat(loggedIn).hasSize(1);
    assertThat(loggedIn.get(0).online()).isTrue();
    assertThat(presenter.freshStartOffered().get()).isFalse();
  }
}
