package nl.trede.client.ui.syncbar;

import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.openStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import nl.trede.client.store.Attention;
import nl.trede.client.store.LocalStore;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncException;
import nl.trede.client.sync.SyncStatus;
import nl.trede.client.ui.kit.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strip at the bottom: online or not, what waits, when sync last worked, and what needs the user. */
class SyncBarPresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private SyncEngine engine;
  private SyncBarPresenter bar;

  @BeforeEach
  void bar() {
    store = openStore(dir);
    engine = new SyncEngine(store, new SyncClient("http://127.0.0.1:9"), CLOCK, Backoff.standard(),
        SyncEngine.Settings.standard());
    bar = new SyncBarPresenter(engine, Messages.dutch(), CLOCK, Runnable::run, () -> {}, () -> {});
  }

  @AfterEach
  void close() {
    engine.close();
    store.close();
  }

  @Test
  void todayOnlyTheTimeOtherDaysTheDate() {
    bar.show(new SyncStatus(0, Attention.NONE, NOW.minus(1, ChronoUnit.HOURS), false, null, null));
    assertThat(bar.connection().get()).isEqualTo("Online");
    assertThat(bar.pending().get()).isEqualTo("Alles is gesynchroniseerd");
    assertThat(bar.lastSync().get()).isEqualTo("Laatst gesynchroniseerd: 09:00");

    bar.show(new SyncStatus(3, Attention.NONE, NOW.minus(2, ChronoUnit.DAYS), false, SyncException.Kind.NETWORK,
        null));
    assertThat(bar.pending().get()).isEqualTo("3 wijzigingen wachten op verzending");
    assertThat(bar.lastSync().get()).isEqualTo("Laatst gesynchroniseerd: 8 mrt. 2026 10:00");
  }

  @Test
  void offlineEveryLineKeepsItsPlaceAndWhatNeedsTheUserSaysWhatItIs() {
    bar.show(new SyncStatus(1, new Attention(1, 2, 0), NOW, false, SyncException.Kind.NETWORK, null));

    assertThat(bar.connectionKind().get()).isEqualTo(SyncBarPresenter.Connection.OFFLINE);
    assertThat(bar.connection().get()).isEqualTo("Offline: geen verbinding. Uw werk staat veilig op dit toestel.");
    assertThat(bar.pending().get()).isEqualTo("1 wijziging wacht op verzending");
    assertThat(bar.lastSync().get()).isEqualTo("Laatst gesynchroniseerd: 10:00");
    assertThat(bar.attentionText().get()).isEqualTo("Bekijk: 1 conflict, 2 geweigerde wijzigingen");
    assertThat(bar.attention().get()).isTrue();
  }

  @Test
  void aFileThatLeftWithWorkIsNamedAsSuch() {
    bar.show(new SyncStatus(0, new Attention(0, 0, 1), NOW, false, null, null));

    assertThat(bar.attentionText().get()).isEqualTo("Bekijk: 1 overgedragen dossier met uw werk");
    bar.show(new SyncStatus(0, Attention.NONE, NOW, false, null, null));
    assertThat(bar.attentionText().get()).isNull();
    assertThat(bar.attention().get()).isFalse();
  }

  @Test
  void aRunningSyncSaysSo() {
    bar.show(new SyncStatus(1, Attention.NONE, null, true, null, null));

    assertThat(bar.running().get()).isTrue();
    assertThat(bar.connection().get()).isEqualTo("Bezig met synchroniseren…");
    assertThat(bar.lastSync().get()).isEqualTo("Nog niet gesynchroniseerd");
  }

  @Test
  void aSyncThatWaitsForTheUserSaysWhatToDo() {
    bar.show(new SyncStatus(2, Attention.NONE, NOW, false, SyncException.Kind.UNAUTHORIZED, null));

    assertThat(bar.connectionKind().get()).isEqualTo(SyncBarPresenter.Connection.BLOCKED);
    assertThat(bar.connection().get()).isEqualTo("Log opnieuw in om te synchroniseren");
    assertThat(bar.pending().get()).isEqualTo("2 wijzigingen wachten op verzending");
  }
}
