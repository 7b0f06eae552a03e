package nl.trede.client.ui.syncstatus;

import nl.trede.client.support.RecordingDevice;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.contact;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync page tells the coach what became of their work on a file that left their caseload. */
class SyncStatusPresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private SyncEngine engine;
  private SyncStatusPresenter page;
  private Candidate anna;

  @BeforeEach
  void open() {
    store = openStore(dir);
    store.saveSession(Fixtures.session(Role.PARTICIPATION_COACH));
    anna = candidate("Anna", "Jansen");
    store.storePullPage(page("c1", change(RecordType.CANDIDATE, anna, 1)));
    engine = new SyncEngine(store, new SyncClient("http://127.0.0.1:9"), CLOCK, Backoff.standard(),
        SyncEngine.Settings.standard());
    page = new SyncStatusPresenter(new FieldContext(store, Messages.dutch(), CLOCK, store.session().orElseThrow(), RecordingDevice.opening()),
        engine, Runnable::run, new SyncStatusPresenter.Actions() {
          @Override
          public void resolve(UUID recordId) {}

          @Override
          public void openCandidate(UUID candidateId) {}
        });
  }

  @AfterEach
  void close() {
    engine.close();
    store.close();
  }

  @Test
  void refusedWorkOnAFileThatLeftIsShownWithItsContentAndGoesOnlyOnASecondTap() {
    Contact visit = store.create(RecordType.CONTACT, contact(anna.id(), NOW.minus(1, ChronoUnit.HOURS), "Gesprek over werk"));
    store.storePushResults(List.of(new MutationResult.Rejected(store.pendingOutbox(1).get(0).mutation().id(),
        visit.id(), List.of(new Violation("candidateId", "unknown-reference", "candidate does not exist")))));
    store.storePullPage(new PullPage(List.of(), "c2", false, List.of(anna.id())));

    page.refresh();

    assertThat(page.leftFiles()).singleElement().satisfies(f -> {
      assertThat(f.title()).isEqualTo("Anna Jansen staat niet meer in uw caseload");
      assertThat(f.detail()).contains("van dit toestel gehaald", "omdat u niet meer aan dit dossier werkt");
      assertThat(f.work()).singleElement().satisfies(line -> assertThat(line)
          .startsWith("Contactmoment ").contains(": Gesprek over werk").endsWith(" — niet verzonden"));
      assertThat(f.settled()).isFalse();
    });

    SyncStatusPresenter.LeftFile file = page.leftFiles().get(0);
    page.forget(file);
    assertThat(page.confirmingDiscard().get()).as("asks first").isEqualTo(anna.id());
    assertThat(store.leftFiles()).hasSize(1);

    page.forget(file);
    assertThat(page.leftFiles()).isEmpty();
    assertThat(store.leftFiles()).isEmpty();
    assertThat(store.problemCount()).isZero();
  }

  @Test
  void aFieldEditThatWasNotSentReadsInTheMunicipalitysWordsNotAsData() {
    store.storePullPage(page("c2", change(RecordType.CONFIGURATION, nl.trede.client.support.Fixtures.overbetuwe(), 1)));
    var opened = store.<Candidate>edit(RecordType.CANDIDATE, anna.id()).orElseThrow();
    Candidate c = opened.record();
    store.update(opened, new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), "06-70707070",
        c.address(), c.caseManagerId(), c.coachIds(), c.benefitStartDate(), c.flags(), java.util.Map.of("spoor", "meedoen"),
        c.wageValuePercent(), c.exemptions(), c.participation(), c.plan(), c.inflow(), c.exit(), c.certificates(),
        c.languageLevel(), c.availableHoursPerWeek()));
    store.storePullPage(new PullPage(List.of(), "c3", false, List.of(anna.id())));

    page.refresh();

    assertThat(page.leftFiles()).singleElement().satisfies(f -> assertThat(f.work()).singleElement()
        .satisfies(line -> assertThat(line).startsWith("Wijziging van Kandidaat: ")
            .contains("Telefoon – 06-70707070", "Indeling – Spoor: Focus op meedoen")
            .endsWith(" — wacht op verzending")));
  }

  @Test
  void historyTakenInAfterTheHandoverIsReadAndConfirmedInOneTap() {
    Contact visit = store.create(RecordType.CONTACT, contact(anna.id(), NOW.minus(1, ChronoUnit.HOURS), "Gesprek"));
    store.storePushResults(List.of(new MutationResult.Applied(store.pendingOutbox(1).get(0).mutation().id(),
        visit.id(), 1, true)));
    store.storePullPage(new PullPage(List.of(), "c2", false, List.of(anna.id())));

    page.refresh();

    assertThat(page.leftFiles()).singleElement().satisfies(f -> {
      assertThat(f.detail()).contains("1 vastlegging van u is na de overdracht nog aan het dossier toegevoegd.");
      assertThat(f.work()).isEmpty();
      assertThat(f.settled()).isTrue();
    });
    page.forget(page.leftFiles().get(0));
    assertThat(page.leftFiles()).isEmpty();
  }
}
