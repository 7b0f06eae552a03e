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
import java.util.List;
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

  public Session login(String serverUrl, String username, char[] password) throws LoginException {
    if (username == null || username.isBlank() || password == null || password.length == 0) {
      throw new LoginException(Reason.MISSING_INPUT, null);
    }
    Path file = storeFileOf(username);
    boolean known = LocalStore.exists(file);
    LocalStore store;
    try {
      Files.createDirectories(dataDir);
      store = LocalStore.open(file, password, clock, iterations);
    } catch (WrongPasswordException e) {
      throw new LoginException(Reason.WRONG_CREDENTIALS, e);
    } catch (IOException e) {
      throw new LoginException(Reason.SERVER_ERROR, e);
    }
    StoredSession stored = store.session().orElse(null);
    if (known && stored != null && stored.token() != null) {
      LOG.log(Level.INFO, "offline login user={0}", stored.userId());
      return new Session(store, stored, clients.apply(stored.serverUrl()), false);
    }
    String server = stored != null && (serverUrl == null || serverUrl.isBlank()) ? stored.serverUrl() : serverUrl;
    SyncClient client = clients.apply(server);
    try {
      LoginResult result = client.login(username.strip(), new String(password), store.deviceId(), deviceName);
      StoredSession session = new StoredSession(client.serverUrl(), username.strip(),
          UUID.fromString(result.userId()), result.displayName(), result.role(), result.tenantId(),
          result.tenantName(), result.token());
      store.saveSession(session);
      LOG.log(Level.INFO, "online login user={0} device={1}", session.userId(), store.deviceId());
      return new Session(store, session, client, true);
    } catch (SyncException e) {
      boolean offlineUsable = stored != null && e.retryable();
      if (offlineUsable) {
        // The store opened with this password, so it is the user: work offline, sync later.
        return new Session(store, stored, client, false);
      }
      store.close();
      if (!known) {
        // Never keep a store keyed by a password the server did not accept.
        deleteStore(file);
      }
      throw new LoginException(switch (e.kind()) {
        case BAD_CREDENTIALS, UNAUTHORIZED -> Reason.WRONG_CREDENTIALS;
        case NETWORK -> Reason.FIRST_LOGIN_NEEDS_NETWORK;
        case UNSUPPORTED_PROTOCOL -> Reason.UNSUPPORTED_PROTOCOL;
        case REFUSED, SERVER_ERROR -> Reason.SERVER_ERROR;
      }, e);
    }
  }

  private static void deleteStore(Path file) {
    for (Path path : List.of(file, PasswordKey.saltFileOf(file),
        file.resolveSibling(file.getFileName() + "-journal"),
        file.resolveSibling(file.getFileName() + "-wal"),
        file.resolveSibling(file.getFileName() + "-shm"))) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "could not remove an unused store file", e);
      }
    }
  }
}
