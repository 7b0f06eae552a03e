package nl.trede.client.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Colleague;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Employer;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordType;

/**
 * The device's encrypted copy of its user's records and the outbox of changes for the server, as
 * the screens and the login see it: it opens the file and hands each call to the part that does
 * the work, and holds no logic of its own.
 *
 * <ul>
 *   <li>{@link EncryptedDatabase}: opening and migrating the encrypted file;</li>
 *   <li>{@link RecordSaver}: saving (create, edit and update, delete, resolving conflicts);</li>
 *   <li>{@link Outbox}: what waits for the server, and the server's answers to a push;</li>
 *   <li>{@link PulledPageWriter}: writing a pulled page, with {@link LeftFiles} for the files that
 *       leave the caseload;</li>
 *   <li>{@link FieldQueries}: what the screens read;</li>
 *   <li>{@link DeviceMeta}: device id, session and token, cursor, last sync;</li>
 *   <li>{@link StoreConnection}: the one connection and the one lock they all share.</li>
 * </ul>
 * The sync engine sees the store only as {@link StoreForSync}: the outbox, the page writer and the
 * account.
 */
public final class LocalStore implements StoreForSync, AutoCloseable {
  private final StoreConnection db;
  private final DeviceMeta meta;
  private final Outbox outbox;
  private final PulledPageWriter pages;
  private final RecordSaver saves;
  private final FieldQueries queries;
  private final LeftFiles leftFiles;
  private final SentJournal journal;

  private LocalStore(StoreConnection db) {
    this.db = db;
    RecordRows rows = new RecordRows(db);
    this.meta = new DeviceMeta(db);
    this.leftFiles = new LeftFiles(db, rows);
    this.journal = new SentJournal(db, meta);
    this.outbox = new Outbox(db, rows, leftFiles, journal);
    this.pages = new PulledPageWriter(db, rows, leftFiles, meta);
    this.queries = new FieldQueries(db, rows);
    this.saves = new RecordSaver(db, rows, outbox, leftFiles, meta, queries);
  }

  /** Whether a store was created at this path before (by an earlier login on this device). */
  public static boolean exists(Path databaseFile) {
    return EncryptedDatabase.exists(databaseFile);
  }

  /**
   * Wipes a closed store from the device: the encrypted database and its salt, write-ahead log,
   * shared memory and journal, not only the token (an admin revoked the device or deactivated the
   * user; sync-protocol.md). True when no file of it is left.
   */
  public static boolean deleteFiles(Path databaseFile) {
    return EncryptedDatabase.delete(databaseFile);
  }

  /** Puts a closed store in another's place (a store made anew replacing one of an earlier password). */
  public static void moveFiles(Path from, Path to) {
    EncryptedDatabase.move(from, to);
  }

  public static LocalStore open(Path databaseFile, char[] password, Clock clock) {
    return open(databaseFile, password, clock, PasswordKey.DEFAULT_ITERATIONS);
  }

  /**
   * Opens the store, creating it (with a fresh salt) when it does not exist yet.
   *
   * @param iterations the PBKDF2 work factor for a new store; an existing one keeps its own
   * @throws WrongPasswordException when an existing store does not open with this password
   */
  public static LocalStore open(Path databaseFile, char[] password, Clock clock, int iterations) {
    StoreConnection db = new StoreConnection(EncryptedDatabase.open(databaseFile, password, iterations), clock);
    try {
      return new LocalStore(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public PulledPageWriter pages() {
    return pages;
  }

  @Override
  public DeviceMeta account() {
    return meta;
  }

  @Override
  public SentJournal sent() {
    return journal;
  }

  public RecordSaver saves() {
    return saves;
  }

  public FieldQueries queries() {
    return queries;
  }

  // ---------------------------------------------------------------- what the screens call most

  public UUID deviceId() {
    return meta.deviceId();
  }

  public <T extends DomainRecord> T create(RecordType type, T record) {
    return saves.create(type, record);
  }

  /** Several new records, all or none (RecordSaver#createAll). */
  public <T extends DomainRecord> List<T> createAll(RecordType type, List<T> records) {
    return saves.createAll(type, records);
  }

  public <T extends DomainRecord> Optional<Editing<T>> edit(RecordType type, UUID id) {
    return saves.edit(type, id);
  }

  public <T extends DomainRecord> T update(Editing<T> opened, T edited) {
    return saves.update(opened, edited);
  }

  public void delete(RecordType type, UUID id) {
    saves.delete(type, id);
  }

  public DomainRecord resolveConflicts(RecordType type, UUID recordId, Map<String, JsonNode> chosen) {
    return saves.resolveConflicts(type, recordId, chosen);
  }

  public List<LeftFile> leftFiles() {
    return leftFiles.leftFiles();
  }

  public void forgetLeftFile(UUID candidateId) {
    leftFiles.forget(candidateId);
  }

  public Optional<StoredRecord> find(UUID id) {
    return queries.find(id);
  }

  public List<StoredRecord> records() {
    return queries.records();
  }

  public Optional<Candidate> candidate(UUID id) {
    return queries.candidate(id);
  }

  public Optional<Integer> currentRung(UUID candidateId) {
    return queries.currentRung(candidateId);
  }

  public List<TimelineEntry> timeline(UUID candidateId) {
    return queries.timeline(candidateId);
  }

  public List<Employer> employers() {
    return queries.employers();
  }

  public Optional<MunicipalityConfig> configuration() {
    return queries.configuration();
  }

  /** The municipality's users who carry files, as last listed by the server. */
  public List<Colleague> colleagues() {
    return meta.colleagues();
  }

  public void saveColleagues(List<Colleague> colleagues) {
    meta.saveColleagues(colleagues);
  }

  public <T extends DomainRecord> List<T> all(RecordType type) {
    return queries.all(type);
  }

  public <T extends DomainRecord> List<T> inFile(UUID candidateId, RecordType type) {
    return queries.inFile(candidateId, type);
  }

  public List<StoredRecord> history(UUID candidateId) {
    return queries.history(candidateId);
  }

  public List<CaseloadFile> caseloadFiles() {
    return queries.caseloadFiles();
  }

  /** Per candidate, the contacts in force since then: the caseload's workplace signals (decision 0068). */
  public Map<UUID, List<nl.trede.domain.contact.Contact>> recentContacts(Instant since) {
    return queries.recentContacts(since);
  }

  /** The days of the group contacts this candidate attended that count as contacts (decision 0064). */
  public List<java.time.LocalDate> groupContacts(UUID candidateId) {
    return queries.groupContacts(candidateId);
  }

  public List<ProblemRecord> problems() {
    return queries.problems();
  }

  public List<FieldConflict> conflicts(UUID recordId) {
    return queries.conflicts(recordId);
  }

  public int pendingCount() {
    return outbox.pendingCount();
  }

  public Attention attention() {
    return outbox.attention();
  }

  public int problemCount() {
    return outbox.problemCount();
  }

  /** Changes the server does not have, waiting or refused (Outbox#unsentCount). */
  public int unsentCount() {
    return outbox.unsentCount();
  }

  public Optional<StoredSession> session() {
    return meta.session();
  }

  public void saveSession(StoredSession session) {
    meta.saveSession(session);
  }

  public void forgetToken() {
    meta.forgetToken();
  }

  public Optional<ServerRestore> lastRestore() {
    return meta.lastRestore();
  }

  public Optional<Instant> lastSync() {
    return meta.lastSync();
  }

  public void markSynced(Instant at) {
    meta.markSynced(at);
  }

  // ---------------------------------------------------------------- what the sync engine calls

  public Optional<String> pullCursor() {
    return pages.pullCursor();
  }

  public void storePullPage(PullPage page) {
    pages.storePullPage(page);
  }

  public List<OutboxEntry> pendingOutbox(int limit) {
    return outbox.pendingOutbox(limit);
  }

  public void recordPushFailure(List<UUID> mutationIds, String error) {
    outbox.recordPushFailure(mutationIds, error);
  }

  public void storePushResults(List<MutationResult> results) {
    outbox.storePushResults(results);
  }

  /** False after {@link #close()}: a screen still listening to a finished sync leaves it alone. */
  public boolean isOpen() {
    return db.isOpen();
  }

  @Override
  public void close() {
    db.close();
  }
}
