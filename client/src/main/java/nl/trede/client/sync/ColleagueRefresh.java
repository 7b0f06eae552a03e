package nl.trede.client.sync;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import nl.trede.client.store.DeviceMeta;
import nl.trede.domain.Colleague;

/**
 * Keeps the device's list of colleagues who carry files (GET /api/colleagues) fresh enough: after
 * a sync run that got through, at most once per {@code every}, in the background. The list is
 * what a case manager picks coaches from on intake and reassignment, offline too, so it is kept in
 * the store; a failed fetch keeps the last list (a new colleague appears one sync later), and a
 * server without the endpoint changes nothing.
 */
public final class ColleagueRefresh implements Consumer<SyncStatus> {
  private static final System.Logger LOG = System.getLogger(ColleagueRefresh.class.getName());

  private final SyncClient client;
  private final DeviceMeta account;
  private final Clock clock;
  private final Executor background;
  private final Duration every;
  private final AtomicBoolean fetching = new AtomicBoolean();
  private volatile Instant lastAttempt;

  public ColleagueRefresh(SyncClient client, DeviceMeta account, Clock clock, Executor background, Duration every) {
    this.client = client;
    this.account = account;
    this.clock = clock;
    this.background = background;
    this.every = every;
  }

  @Override
  public void accept(SyncStatus status) {
    boolean gotThrough = !status.running() && status.lastError() == null && status.lastSuccess() != null;
    Instant now = clock.instant();
    if (!gotThrough || lastAttempt != null && now.isBefore(lastAttempt.plus(every))
        || !fetching.compareAndSet(false, true)) {
      return;
    }
    lastAttempt = now;
    background.execute(() -> {
      try {
        fetch();
      } finally {
        fetching.set(false);
      }
    });
  }

  private void fetch() {
    try {
      String token = account.token().orElse(null);
      if (token == null) {
        return;
      }
      List<Colleague> colleagues = client.colleagues(token);
      account.saveColleagues(colleagues);
      LOG.log(Level.INFO, "colleagues refreshed count={0}", colleagues.size());
    } catch (SyncException e) {
      LOG.log(Level.WARNING, "colleagues not refreshed kind={0}", e.kind());
    } catch (RuntimeException e) {
      // The store closed by a logout while the list travelled: nothing to keep it for.
      LOG.log(Level.WARNING, "colleagues not kept: {0}", e.getClass().getSimpleName());
    }
  }
}
