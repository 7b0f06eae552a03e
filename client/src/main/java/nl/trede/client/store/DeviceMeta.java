package nl.trede.client.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.Colleague;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;

/**
 * The small facts the device keeps beside the records (table {@code meta}): its id, the user's
 * session and token, the pull cursor and when sync last got through.
 */
public final class DeviceMeta implements SyncAccount {
  private static final String CURSOR = "pull.cursor";
  private static final String DEVICE = "device.id";
  private static final String SESSION = "session";
  private static final String LAST_SYNC = "sync.last";
  private static final String COLLEAGUES = "colleagues";
  private static final String SERVER_EPOCH = "server.epoch";
  private static final String LAST_RESTORE = "server.restore";

  private final StoreConnection db;
  private final UUID deviceId;

  DeviceMeta(StoreConnection db) {
    this.db = db;
    this.deviceId = loadOrCreateDeviceId();
  }

  /** Made once per store (so per installation and user) and kept: the server binds it to the user. */
  public UUID deviceId() {
    return deviceId;
  }

  public Optional<StoredSession> session() {
    synchronized (db) {
      return read(SESSION).map(text -> {
        try {
          return Json.MAPPER.readValue(text, StoredSession.class);
        } catch (JsonProcessingException e) {
          throw new StoreException("stored session does not parse", e);
        }
      });
    }
  }

  public void saveSession(StoredSession session) {
    set(SESSION, StoreConnection.json(session));
  }

  @Override
  public Optional<String> token() {
    return session().map(StoredSession::token);
  }

  @Override
  public void forgetToken() {
    synchronized (db) {
      session().ifPresent(s -> saveSession(s.withToken(null)));
    }
  }

  @Override
  public Optional<Instant> lastSync() {
    return read(LAST_SYNC).map(Instant::parse);
  }

  @Override
  public void markSynced(Instant at) {
    set(LAST_SYNC, at.toString());
  }

  /**
   * The municipality's users who carry files, as the server last listed them; empty before the
   * first list arrived. Kept so a case manager offline still picks coaches by name.
   */
  public List<Colleague> colleagues() {
    return read(COLLEAGUES).map(text -> {
      try {
        return List.of(Json.MAPPER.readValue(text, Colleague[].class));
      } catch (JsonProcessingException e) {
        throw new StoreException("stored colleagues do not parse", e);
      }
    }).orElse(List.of());
  }

  public void saveColleagues(List<Colleague> colleagues) {
    set(COLLEAGUES, StoreConnection.json(colleagues));
  }

  Optional<String> pullCursor() {
    return read(CURSOR);
  }

  /** Inside the transaction that stores the page the cursor follows. */
  void writeCursor(String cursor) throws SQLException {
    write(CURSOR, cursor);
  }

  /** The server database's epoch the device last saw (SentJournal). */
  Optional<UUID> serverEpoch() {
    return read(SERVER_EPOCH).filter(v -> !v.isEmpty()).map(UUID::fromString);
  }

  /** Inside the caller's transaction; null forgets it, and the next answer's is adopted. */
  void writeServerEpoch(UUID epoch) throws SQLException {
    write(SERVER_EPOCH, epoch == null ? "" : epoch.toString());
  }

  /** When this device last found the server restored, and how many changes it sent again; for the sync page. */
  public Optional<ServerRestore> lastRestore() {
    return read(LAST_RESTORE).map(text -> {
      try {
        return Json.MAPPER.readValue(text, ServerRestore.class);
      } catch (JsonProcessingException e) {
        throw new StoreException("stored restore note does not parse", e);
      }
    });
  }

  void writeLastRestore(ServerRestore restore) throws SQLException {
    write(LAST_RESTORE, StoreConnection.json(restore));
  }

  private UUID loadOrCreateDeviceId() {
    Optional<String> stored = read(DEVICE);
    if (stored.isPresent()) {
      return UUID.fromString(stored.get());
    }
    UUID id = Ids.newId();
    set(DEVICE, id.toString());
    return id;
  }

  private Optional<String> read(String key) {
    return db.query("SELECT value FROM meta WHERE key = ?", List.of(key), rs -> rs.getString(1)).stream()
        .findFirst();
  }

  private void set(String key, String value) {
    db.inTransaction(() -> write(key, value));
  }

  private void write(String key, String value) throws SQLException {
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        key, value);
  }
}
