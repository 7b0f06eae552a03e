package nl.trede.client.sync;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.trede.client.store.OutboxEntry;
import nl.trede.client.store.PageSink;
import nl.trede.client.store.PushQueue;
import nl.trede.client.store.SentWork;
import nl.trede.client.store.StoreForSync;
import nl.trede.client.store.SyncAccount;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;

/**
 * Moves the outbox to the server and the server's changes to the device, on its own thread.
 *
 * <p>One run pushes the outbox in batches, in the order the changes were made, then pulls pages
 * until the server has no more. Nothing is removed from the outbox before the server's answer is
 * stored; the pull cursor moves only with the page it belongs to. So a run cut off at any point
 * (no network, app killed) is simply repeated: the server answers a repeated push from its record
 * of applied mutations, and the pull resumes after the last page stored.
 *
 * <p>What the server acknowledged stays in the sent journal for a while. Every push names the
 * server database's epoch the device last saw, and every answer names the server's: when it
 * changed, the server was restored from a backup and may lack acknowledged work, so the journal
 * goes back into the outbox and out again, oldest first, before anything newer (decision 0047).
 */
public final class SyncEngine implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SyncEngine.class.getName());
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
  private static final int FIRST_PAGE = 1000;

  /**
   * How the engine paces itself.
   *
   * @param probe while the last run failed for want of network: how often to ask the server's
   *     health endpoint whether it can be reached again, to sync as soon as it can
   */
  public record Settings(Duration debounce, Duration period, int pageSize, int pushBatch, Duration probe) {
    /** Every 10 s: a returning network is noticed within seconds, for one tiny request each time. */
    public static final Duration STANDARD_PROBE = Duration.ofSeconds(10);

    public Settings(Duration debounce, Duration period, int pageSize, int pushBatch) {
      this(debounce, period, pageSize, pushBatch, STANDARD_PROBE);
    }

    public static Settings standard() {
      // Few, large pages: on a slow mobile link each round trip costs more than the bytes.
      return new Settings(Duration.ofSeconds(3), Duration.ofMinutes(5), Protocol.MAX_PAGE_SIZE,
          Protocol.MAX_MUTATIONS_PER_PUSH, STANDARD_PROBE);
    }
  }

  private final PushQueue outbox;
  private final PageSink pages;
  private final SyncAccount account;
  private final SentWork sent;
  private final SyncClient client;
  private final Clock clock;
  private final Backoff backoff;
  private final Settings settings;
  private final ScheduledExecutorService executor;
  private final ReentrantLock runLock = new ReentrantLock();
  private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();

  private volatile SyncStatus status;
  private int failures;
  private ScheduledFuture<?> debounced;
  private volatile ScheduledFuture<?> retry;
  private ScheduledFuture<?> periodic;
  private ScheduledFuture<?> probe;

  /** Sees of the store only the outbox, the page writer and the account. */
  public SyncEngine(StoreForSync store, SyncClient client, Clock clock, Backoff backoff, Settings settings) {
    this.outbox = store.outbox();
    this.pages = store.pages();
    this.account = store.account();
    this.sent = store.sent();
    this.client = client;
    this.clock = clock;
    this.backoff = backoff;
    this.settings = settings;
    this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "trede-sync");
      thread.setDaemon(true);
      return thread;
    });
    this.status = SyncStatus.initial(outbox.pendingCount(), outbox.attention(),
        account.lastSync().orElse(null));
  }

  public SyncStatus status() {
    return status;
  }

  /** Listeners are called on the sync thread; a UI hands the status to its own thread. */
  public void addListener(Consumer<SyncStatus> listener) {
    listeners.add(listener);
    listener.accept(status);
  }

  /** Starts the periodic sync and runs one now (after a login). */
  public synchronized void start() {
    if (periodic == null) {
      long period = settings.period().toMillis();
      periodic = executor.scheduleWithFixedDelay(this::runIfDue, period, period, TimeUnit.MILLISECONDS);
    }
    requestSync();
  }

  /** Runs as soon as possible, whatever the backoff says: the user asked. */
  public synchronized void requestSync() {
    cancel(retry);
    executor.execute(this::runQuietly);
  }

  /**
   * A save happened: sync shortly, once, however many saves follow in quick succession, so a
   * coach filling in three forms in a row causes one push.
   */
  public synchronized void requestSoon() {
    publish(withPending(status));
    cancel(debounced);
    debounced = executor.schedule(this::runIfDue, settings.debounce().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One full run on the calling thread; for tests and for callers already off the UI thread. */
  public SyncStatus syncNow() {
    runLock.lock();
    try {
      return runOnce();
    } finally {
      runLock.unlock();
    }
  }

  /**
   * Runs work on the store while no sync runs, so it never races a push of the same changes
   * (taking back a save that may be on its way). Waits for a running sync to end; call it off the
   * UI thread.
   */
  public <T> T betweenRuns(Supplier<T> work) {
    runLock.lock();
    try {
      return work.get();
    } finally {
      runLock.unlock();
    }
  }

  /** A periodic or debounced run: not while blocked, and not before a scheduled retry is due. */
  private void runIfDue() {
    ScheduledFuture<?> pendingRetry = retry;
    if (pendingRetry != null && !pendingRetry.isDone()) {
      return;
    }
    runUnlessBlocked();
  }

  private void runUnlessBlocked() {
    if (!status.blocked()) {
      runQuietly();
    }
  }

  private void runQuietly() {
    try {
      syncNow();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "sync run failed unexpectedly", e);
    }
  }

  private SyncStatus runOnce() {
    publish(new SyncStatus(outbox.pendingCount(), outbox.attention(), status.lastSuccess(), true,
        status.lastError(), null));
    SyncException.Kind error = null;
    Instant nextAttempt = null;
    try {
      String token = account.token().orElseThrow(
          () -> new SyncException(SyncException.Kind.UNAUTHORIZED, "not logged in online", null, null));
      pushOutbox(token);
      if (pullChanges(token)) {
        // The pull found the server restored: what went back into the outbox goes out now, and
        // the pages it changes come after it.
        pushOutbox(token);
        pullChanges(token);
      }
      account.markSynced(clock.instant());
      sent.prune();
      failures = 0;
      stopProbing();
    } catch (SyncException e) {
      error = e.kind();
      LOG.log(Level.WARNING, "sync failed kind={0} reason={1}", e.kind(), e.getMessage());
      if (e.kind() == SyncException.Kind.NETWORK) {
        startProbing();
      } else {
        stopProbing();
      }
      if (e.kind() == SyncException.Kind.UNAUTHORIZED || e.wipesDevice()) {
        // An ordinary 401 keeps everything but the token; a revoked device or deactivated user
        // also loses the store, which the app deletes once the engine has stopped (AppController).
        account.forgetToken();
      }
      if (e.retryable()) {
        nextAttempt = scheduleRetry();
      }
    } catch (RuntimeException e) {
      // A local failure (disk full, a bug): keep everything and try again later.
      LOG.log(Level.ERROR, "sync failed locally", e);
      error = SyncException.Kind.SERVER_ERROR;
      nextAttempt = scheduleRetry();
    }
    SyncStatus done = new SyncStatus(outbox.pendingCount(), outbox.attention(),
        account.lastSync().orElse(null), false, error, nextAttempt);
    publish(done);
    return done;
  }

  private void pushOutbox(String token) throws SyncException {
    while (true) {
      List<OutboxEntry> batch = outbox.pendingOutbox(settings.pushBatch());
      if (batch.isEmpty()) {
        return;
      }
      List<Mutation> mutations = batch.stream().map(OutboxEntry::mutation).toList();
      PushResponse response;
      try {
        response = client.push(token, new PushRequest(mutations, sent.serverEpoch().orElse(null)));
      } catch (SyncException e) {
        if (e.kind() == SyncException.Kind.SERVER_RESTORED && sent.serverEpoch().isPresent()) {
          // Nothing of the batch was applied. The journal goes back in front of it; the next
          // push names no epoch and adopts the one the restored server answers with.
          sent.resendAfterRestore(null);
          continue;
        }
        outbox.recordPushFailure(mutations.stream().map(Mutation::id).toList(), e.kind() + ": " + e.getMessage());
        throw e;
      }
      if (response.epoch() != null && sent.serverEpoch().isEmpty()) {
        sent.adoptEpoch(response.epoch());
      }
      List<MutationResult> results = response.results() == null ? List.of() : response.results();
      outbox.storePushResults(results);
      LOG.log(Level.INFO, "pushed mutations={0} applied={1} conflicts={2} rejected={3}", mutations.size(),
          count(results, MutationResult.Applied.class), count(results, MutationResult.Conflicted.class),
          count(results, MutationResult.Rejected.class));
      List<UUID> answered = results.stream().map(MutationResult::mutationId).toList();
      if (!answered.contains(mutations.get(0).id())) {
        // The server did not answer the oldest mutation; looping would resend it forever.
        throw new SyncException(SyncException.Kind.SERVER_ERROR, "push answer misses mutations", null, null);
      }
    }
  }

  /**
   * Pulls until the server has no more. The next page is asked for (with the cursor the server
   * gave) while this one is being stored: the server and the link work while the device writes.
   * The stored cursor still moves only with the page it belongs to, so a failure of either side
   * leaves the device exactly after the last page it stored.
   *
   * @return whether a page showed the server restored (its journal is pending again)
   */
  private boolean pullChanges(String token) throws SyncException {
    boolean restored = false;
    // A smaller first page: the device starts writing while the server prepares the next one,
    // instead of waiting for a full page first. An incremental sync fits in it anyway.
    PullPage page = client.pull(token, pages.pullCursor().orElse(null), Math.min(settings.pageSize(), FIRST_PAGE));
    while (true) {
      CompletableFuture<PullPage> next = page.hasMore()
          ? client.pullAsync(token, page.cursor(), settings.pageSize()) : null;
      try {
        // Before the page is stored: its records then keep the resent changes on top.
        restored |= noticeEpoch(page.epoch());
        pages.storePullPage(page);
      } catch (RuntimeException e) {
        if (next != null) {
          next.cancel(true);
        }
        throw e;
      }
      if (next == null) {
        return restored;
      }
      page = await(next);
    }
  }

  /**
   * The server's epoch as a page names it: adopted when the device knows none, and when it differs
   * from the one the device knows, the server was restored: the journal is resent. The cursor stays
   * valid: the restore moved the server's sequences past any cursor a device holds.
   */
  private boolean noticeEpoch(UUID epoch) {
    if (epoch == null) {
      return false;
    }
    Optional<UUID> known = sent.serverEpoch();
    if (known.isEmpty()) {
      sent.adoptEpoch(epoch);
      return false;
    }
    if (known.get().equals(epoch)) {
      return false;
    }
    sent.resendAfterRestore(epoch);
    return true;
  }

  private static PullPage await(CompletableFuture<PullPage> page) throws SyncException {
    try {
      return page.get();
    } catch (InterruptedException e) {
      page.cancel(true);
      Thread.currentThread().interrupt();
      throw new SyncException(SyncException.Kind.NETWORK, "interrupted", null, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SyncException failure) {
        throw failure;
      }
      throw new SyncException(SyncException.Kind.NETWORK, "no answer from the server", null, e.getCause());
    }
  }

  private Instant scheduleRetry() {
    failures++;
    Duration wait = backoff.delay(failures);
    synchronized (this) {
      cancel(retry);
      if (!executor.isShutdown()) {
        retry = executor.schedule(this::runUnlessBlocked, wait.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
    return clock.instant().plus(wait);
  }

  /**
   * No network: besides the backoff (which grows to minutes), ask the server's health endpoint
   * every {@link Settings#probe()} whether it answers again, and sync the moment it does. A
   * probe is one small GET with a short timeout; it stops as soon as a run gets through or fails
   * for another reason. (The platform's own connectivity events are not available to the app.)
   */
  private synchronized void startProbing() {
    if ((probe == null || probe.isDone()) && !executor.isShutdown()) {
      long every = settings.probe().toMillis();
      probe = executor.scheduleWithFixedDelay(this::probeOnce, every, every, TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void stopProbing() {
    cancel(probe);
    probe = null;
  }

  private void probeOnce() {
    if (status.blocked() || !client.reachable(PROBE_TIMEOUT)) {
      return;
    }
    LOG.log(Level.INFO, "server reachable again, syncing");
    requestSync();
  }

  private SyncStatus withPending(SyncStatus s) {
    return new SyncStatus(outbox.pendingCount(), outbox.attention(), s.lastSuccess(), s.running(),
        s.lastError(), s.nextAttempt());
  }

  private void publish(SyncStatus next) {
    status = next;
    for (Consumer<SyncStatus> listener : listeners) {
      try {
        listener.accept(next);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a sync status listener failed", e);
      }
    }
  }

  /** After a new login: the token is fresh, try at once. */
  public void resume() {
    failures = 0;
    publish(new SyncStatus(outbox.pendingCount(), outbox.attention(), status.lastSuccess(),
        status.running(), null, null));
    requestSync();
  }

  private static long count(List<MutationResult> results, Class<?> type) {
    return results.stream().filter(type::isInstance).count();
  }

  private static void cancel(ScheduledFuture<?> future) {
    if (future != null) {
      future.cancel(false);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
