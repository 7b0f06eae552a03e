package nl.trede.client.login;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import nl.trede.client.login.LoginException.Reason;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.PasswordKey;
import nl.trede.client.store.StoredSession;
import nl.trede.client.store.WrongPasswordException;
import nl.trede.client.sync.LoginResult;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncException;

/**
 * Logs a user in, online or offline.
 *
 * <p>Each user has their own encrypted store on the device, keyed by their password. The first
 * login on a device must reach the server (to learn who the user is and get a device token);
 * after that, opening the store with the password is the login, with or without network. The
 * server is asked again only when the device has no valid token.
 *
 * <p>When the server says an admin revoked the device or deactivated the user, the user's store is
 * wiped from the device, here at a login or by the app after a sync ({@link #wipe}). A password an
 * admin set opens nothing: the user chooses their own ({@link #changePassword}), and the store is
 * made with that one. A store of an earlier password (the user forgot it, an admin reset it) can be
 * replaced by a new one once the server accepts the new password ({@code startAfresh}).
 */
public final class LoginService {
  private static final System.Logger LOG = System.getLogger(LoginService.class.getName());

  private final Path dataDir;
  private final Clock clock;
  private final Function<String, SyncClient> clients;
  private final int iterations;
  private final String deviceName;

  public LoginService(Path dataDir, Clock clock, Function<String, SyncClient> clients, int iterations,
      String deviceName) {
    this.dataDir = dataDir;
    this.clock = clock;
    this.clients = clients;
    this.iterations = iterations;
    this.deviceName = deviceName;
  }

  public static LoginService standard(Path dataDir, Clock clock) {
    return new LoginService(dataDir, clock, SyncClient::new, PasswordKey.DEFAULT_ITERATIONS,
        System.getProperty("os.name", "device"));
  }

  /** Where a user's store lives; the name reveals nothing about who the user is. */
  public Path storeFileOf(String username) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return dataDir.resolve("trede-" + HexFormat.of().formatHex(digest, 0, 8) + ".db");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where a store made anew waits until the server accepted its user, beside the one it replaces. */
  private static Path staging(Path file) {
    return file.resolveSibling(file.getFileName() + ".new");
  }

  public Session login(String serverUrl, String username, char[] password) throws LoginException {
    return login(serverUrl, username, password, false);
  }

  /**
   * @param startAfresh the user's store on this device does not open with this password (it is of an
   *     earlier one) and the user chose to replace it: once the server accepts the password, the old
   *     store, with whatever it held that was not sent, is deleted
   */
  public Session login(String serverUrl, String username, char[] password, boolean startAfresh)
      throws LoginException {
    if (username == null || username.isBlank() || password == null || password.length == 0) {
      throw new LoginException(Reason.MISSING_INPUT, null);
    }
    Path file = storeFileOf(username);
    boolean known = LocalStore.exists(file);
    boolean replacing = known && startAfresh;
    Path target = replacing ? staging(file) : file;
    LocalStore store = open(target, password, replacing, known);
    StoredSession stored = replacing ? null : store.session().orElse(null);
    if (known && stored != null && stored.token() != null) {
      LOG.log(Level.INFO, "offline login user={0}", stored.userId());
      return new Session(store, stored, clients.apply(stored.serverUrl()), false);
    }
    String server = stored != null && (serverUrl == null || serverUrl.isBlank()) ? stored.serverUrl() : serverUrl;
    SyncClient client = clients.apply(server);
    try {
      LoginResult result = client.login(username.strip(), new String(password), store.deviceId(), deviceName);
      return established(store, target, file, password, client, username, result);
    } catch (SyncException e) {
      boolean offlineUsable = stored != null && e.retryable();
      if (offlineUsable) {
        // The store opened with this password, so it is the user: work offline, sync later.
        return new Session(store, stored, client, false);
      }
      // A store of an earlier password is wiped too when access ended, unopened: its count is unknown.
      int unsent = replacing ? LoginException.UNKNOWN : store.unsentCount();
      store.close();
      if (!known || replacing) {
        // Never keep a store keyed by a password the server did not accept.
        LocalStore.deleteFiles(target);
      }
      throw refused(e, file, unsent);
    }
  }

  /**
   * The user's own password in place of the one an admin set ({@link Reason#PASSWORD_CHANGE_REQUIRED}):
   * sent with the given one; the store is made with the new one, replacing any the user had here
   * (it was of an earlier password, or the login would not have reached the server).
   */
  public Session changePassword(String serverUrl, String username, char[] password, char[] newPassword)
      throws LoginException {
    if (username == null || username.isBlank() || password == null || password.length == 0
        || newPassword == null || newPassword.length == 0) {
      throw new LoginException(Reason.MISSING_INPUT, null);
    }
    Path file = storeFileOf(username);
    Path target = LocalStore.exists(file) ? staging(file) : file;
    LocalStore store = open(target, newPassword, true, false);
    SyncClient client = clients.apply(serverUrl);
    try {
      LoginResult result = client.changePassword(username.strip(), new String(password), new String(newPassword),
          store.deviceId(), deviceName);
      return established(store, target, file, newPassword, client, username, result);
    } catch (SyncException e) {
      store.close();
      LocalStore.deleteFiles(target);
      throw e.kind() == SyncException.Kind.REFUSED ? new LoginException(Reason.NEW_PASSWORD_REFUSED, e)
          : refused(e, file, target.equals(file) ? 0 : LoginException.UNKNOWN);
    }
  }

  /**
   * Wipes a user's store from this device, closed: after the server said an admin revoked the
   * device or deactivated the user. Other users' stores on the device stay.
   *
   * @param unsent how many changes the server does not have go with it, counted by the caller while
   *     the store was open (logged as a number, never what they were)
   */
  public boolean wipe(String username, int unsent) {
    return wipe(storeFileOf(username), unsent);
  }

  /** Only counts are logged: which user is the caller's to log, by id. */
  private static boolean wipe(Path file, int unsent) {
    boolean gone = LocalStore.deleteFiles(file) & LocalStore.deleteFiles(staging(file));
    LOG.log(gone ? Level.INFO : Level.ERROR, "store wiped={0} unsentLost={1}", gone, unsent);
    return gone;
  }

  /**
   * Opens (or makes) a store.
   *
   * @param fresh a store made for this login: any leftover of an earlier attempt is removed first
   */
  private LocalStore open(Path file, char[] password, boolean fresh, boolean known) throws LoginException {
    try {
      Files.createDirectories(dataDir);
      if (fresh) {
        LocalStore.deleteFiles(file);
      }
      return LocalStore.open(file, password, clock, iterations);
    } catch (WrongPasswordException e) {
      throw new LoginException(known ? Reason.STORE_DOES_NOT_OPEN : Reason.WRONG_CREDENTIALS, e);
    } catch (IOException e) {
      throw new LoginException(Reason.SERVER_ERROR, e);
    }
  }

  /**
   * The server accepted the user: keep the session in the store; a store made anew takes the place
   * of the one it replaces (closed, moved, opened again with the password).
   */
  private Session established(LocalStore store, Path target, Path file, char[] password, SyncClient client,
      String username, LoginResult result) throws LoginException {
    StoredSession session = new StoredSession(client.serverUrl(), username.strip(), UUID.fromString(result.userId()),
        result.displayName(), result.role(), result.tenantId(), result.tenantName(), result.token());
    store.saveSession(session);
    LocalStore opened = store;
    if (!target.equals(file)) {
      store.close();
      LocalStore.moveFiles(target, file);
      opened = open(file, password, false, true);
      LOG.log(Level.INFO, "store of an earlier password replaced user={0}", session.userId());
    }
    LOG.log(Level.INFO, "online login user={0} device={1}", session.userId(), opened.deviceId());
    return new Session(opened, session, client, true);
  }

  /**
   * Why the server refused a login. A revoked device or a deactivated user also wipes what the user
   * had on this device: the store is of no use any more and must not stay behind.
   *
   * @param unsent changes the server does not have in the user's store, lost if it is wiped
   */
  private LoginException refused(SyncException e, Path file, int unsent) {
    if (e.wipesDevice()) {
      wipe(file, unsent);
    }
    return new LoginException(switch (e.kind()) {
      case BAD_CREDENTIALS, UNAUTHORIZED -> Reason.WRONG_CREDENTIALS;
      case NETWORK -> Reason.FIRST_LOGIN_NEEDS_NETWORK;
      case UNSUPPORTED_PROTOCOL -> Reason.UNSUPPORTED_PROTOCOL;
      case PASSWORD_CHANGE_REQUIRED -> Reason.PASSWORD_CHANGE_REQUIRED;
      case DEVICE_REVOKED -> Reason.DEVICE_REVOKED;
      case USER_DEACTIVATED -> Reason.USER_DEACTIVATED;
      case REFUSED, SERVER_ERROR, SERVER_RESTORED -> Reason.SERVER_ERROR;
    }, e, e.wipesDevice() ? unsent : 0);
  }
}
