package nl.trede.client.login;

import static nl.trede.client.support.FakeSyncServer.json;
import static nl.trede.client.support.FakeSyncServer.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.PasswordKey;
import nl.trede.client.store.WrongPasswordException;
import nl.trede.client.support.FakeSyncServer;
import nl.trede.client.support.Fixtures;
import nl.trede.client.sync.LoginResult;
import nl.trede.client.sync.SyncClient;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a login does with the user's store on the device when the server ends its hold on it, asks
 * for a password of the user's own, or accepts a password that is not the store's (docs/field-app.md).
 */
class LoginServiceTest {
  private static final LoginResult ANNA = Fixtures.LOGGED_IN;

  @TempDir
  Path dir;

  private FakeSyncServer server;
  private LoginService logins;

  @BeforeEach
  void start() throws Exception {
    server = new FakeSyncServer();
    logins = new LoginService(dir, Fixtures.CLOCK, SyncClient::new, Fixtures.FAST_ITERATIONS, "test");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Every file a store may have on disk, as a device that used it does. */
  private List<Path> filesOf(String username) {
    Path db = logins.storeFileOf(username);
    return List.of(db, PasswordKey.saltFileOf(db), db.resolveSibling(db.getFileName() + "-wal"),
        db.resolveSibling(db.getFileName() + "-shm"));
  }

  private void loggedInOnceAndOut(String username, String password) throws Exception {
    server.on("/api/auth/login", r -> json(ANNA));
    logins.login(server.url(), username, password.toCharArray()).store().close();
    for (Path file : filesOf(username)) {
      if (!Files.exists(file)) {
        // SQLite removes its log files at a clean close; a phone killed mid-sync leaves them.
        Files.writeString(file, "left by a killed app");
      }
    }
  }

  @Test
  void aLoginAnsweredDeviceRevokedWipesTheUsersStoreAndLeavesOthers() throws Exception {
    loggedInOnceAndOut("coach1", "wachtwoord-een");
    loggedInOnceAndOut("coach2", "wachtwoord-twee");
    server.on("/api/auth/login", r -> problem(401, "device-revoked", "revoked"));
    // The store opens with the password but holds no token (an earlier 401): the login asks the server.
    // It holds two changes the server never got: the user is told how many went with the wipe.
    try (LocalStore store = LocalStore.open(logins.storeFileOf("coach1"), "wachtwoord-een".toCharArray(),
        Fixtures.CLOCK, Fixtures.FAST_ITERATIONS)) {
      store.forgetToken();
      Candidate anna = Fixtures.candidate("Anna", "Jansen");
      store.storePullPage(Fixtures.page(null, Fixtures.change(RecordType.CANDIDATE, anna, 1)));
      store.create(RecordType.CONTACT, Fixtures.contact(anna.id(), Fixtures.NOW, "Huisbezoek"));
      store.create(RecordType.CONTACT, Fixtures.contact(anna.id(), Fixtures.NOW, "Gesprek"));
    }

    LoginException e = catchThrowableOfType(() -> logins.login(server.url(), "coach1", "wachtwoord-een".toCharArray()),
        LoginException.class);

    assertThat(e.reason()).isEqualTo(LoginException.Reason.DEVICE_REVOKED);
    assertThat(e.unsentWiped()).isEqualTo(2);
    assertThat(filesOf("coach1")).allSatisfy(f -> assertThat(f).doesNotExist());
    assertThat(logins.storeFileOf("coach2")).exists();
  }

  @Test
  void aWipeRemovesTheDatabaseItsSaltAndItsLogFiles() throws Exception {
    loggedInOnceAndOut("coach1", "wachtwoord-een");

    assertThat(logins.wipe("coach1", 0)).isTrue();

    assertThat(filesOf("coach1")).allSatisfy(f -> assertThat(f).doesNotExist());
  }

  @Test
  void aPasswordSetByAnAdminLeavesNoStoreAndTheChosenOneKeysTheStore() throws Exception {
    server.on("/api/auth/login", r -> problem(403, "password-change-required", "choose one"))
        .on("/api/auth/password", r -> json(ANNA));

    LoginException asked = catchThrowableOfType(() -> logins.login(server.url(), "nieuw", "abcd-efgh-jkmn".toCharArray()),
        LoginException.class);
    assertThat(asked.reason()).isEqualTo(LoginException.Reason.PASSWORD_CHANGE_REQUIRED);
    assertThat(logins.storeFileOf("nieuw")).as("no store keyed by the temporary password").doesNotExist();

    Session session = logins.changePassword(server.url(), "nieuw", "abcd-efgh-jkmn".toCharArray(),
        "mijn eigen wachtwoord".toCharArray());
    session.store().close();

    assertThat(server.requests("/api/auth/password").get(0).body()).contains("\"newPassword\":\"mijn eigen wachtwoord\"")
        .contains("\"password\":\"abcd-efgh-jkmn\"");
    LocalStore.open(logins.storeFileOf("nieuw"), "mijn eigen wachtwoord".toCharArray(), Fixtures.CLOCK,
        Fixtures.FAST_ITERATIONS).close();
    assertThat(catchThrowableOfType(() -> LocalStore.open(logins.storeFileOf("nieuw"), "abcd-efgh-jkmn".toCharArray(),
        Fixtures.CLOCK, Fixtures.FAST_ITERATIONS), WrongPasswordException.class)).isNotNull();
  }

  @Test
  void aStoreOfAnEarlierPasswordIsReplacedOnlyWhenTheUserSaysSoAndTheServerAcceptsTheNewOne() throws Exception {
    loggedInOnceAndOut("coach1", "vergeten wachtwoord");
    UUID oldDevice;
    try (LocalStore old = LocalStore.open(logins.storeFileOf("coach1"), "vergeten wachtwoord".toCharArray(),
        Fixtures.CLOCK, Fixtures.FAST_ITERATIONS)) {
      oldDevice = old.deviceId();
    }

    LoginException locked = catchThrowableOfType(() -> logins.login(server.url(), "coach1", "nieuw wachtwoord".toCharArray()),
        LoginException.class);
    assertThat(locked.reason()).isEqualTo(LoginException.Reason.STORE_DOES_NOT_OPEN);
    assertThat(server.requests("/api/auth/login")).as("not asked: nothing is decided yet").hasSize(1);

    server.on("/api/auth/login", r -> problem(401, "bad-credentials", "no"));
    LoginException typo = catchThrowableOfType(() -> logins.login(server.url(), "coach1", "nieuw wachtwoord".toCharArray(),
        true), LoginException.class);
    assertThat(typo.reason()).isEqualTo(LoginException.Reason.WRONG_CREDENTIALS);
    LocalStore.open(logins.storeFileOf("coach1"), "vergeten wachtwoord".toCharArray(), Fixtures.CLOCK,
        Fixtures.FAST_ITERATIONS).close();

    server.on("/api/auth/login", r -> json(ANNA));
    Session fresh = logins.login(server.url(), "coach1", "nieuw wachtwoord".toCharArray(), true);

    assertThat(fresh.online()).isTrue();
    assertThat(fresh.store().deviceId()).as("a new store, a new device").isNotEqualTo(oldDevice);
    assertThat(fresh.user().token()).isEqualTo("token-1");
    fresh.store().close();
    assertThat(catchThrowableOfType(() -> LocalStore.open(logins.storeFileOf("coach1"),
        "vergeten wachtwoord".toCharArray(), Fixtures.CLOCK, Fixtures.FAST_ITERATIONS), WrongPasswordException.class))
        .isNotNull();
    assertThat(logins.login(server.url(), "coach1", "nieuw wachtwoord".toCharArray()).online())
        .as("from now on the new password opens it, offline too").isFalse();
  }
}
