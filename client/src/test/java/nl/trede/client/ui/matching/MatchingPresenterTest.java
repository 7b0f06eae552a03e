package nl.trede.client.ui.matching;

import nl.trede.client.support.RecordingDevice;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import nl.trede.client.matching.MatchingClient;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.sync.SyncException;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Requirement;
import nl.trede.matching.CandidateMatch;
import nl.trede.matching.VacancyMatches;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingPresenterTest {
  @TempDir
  Path dir;

  private static final Executor NOW = Runnable::run;
  private LocalStore store;

  @BeforeEach
  void open() {
    store = openStore(dir);
    store.saveSession(Fixtures.session(Role.CASE_MANAGER));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private FieldContext context(Role role) {
    return new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(role), RecordingDevice.opening());
  }

  @Test
  void offlineItSaysPlainlyThatMatchingNeedsTheNetworkAndWhy() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    MatchingPresenter presenter = new MatchingPresenter(context(Role.JOBHUNTER),
        new MatchingClient("http://127.0.0.1:" + closed), Ids.newId(), NOW, NOW);

    presenter.load();

    assertThat(presenter.failed().get()).isTrue();
    assertThat(presenter.busy().get()).isFalse();
    assertThat(presenter.status().get()).startsWith("Geen verbinding. Mogelijke kandidaten zijn alleen online te zien");
    assertThat(presenter.rows()).isEmpty();
  }

  @Test
  void matchesShowTheirFitAndWhomToCallAndACaseManagerSeesOwnCandidatesByName() {
    Candidate own = Fixtures.candidate("Eigen", "Kandidaat", Map.of(), Set.of(), TODAY.minusYears(30));
    store.storePullPage(page("c1", change(RecordType.CANDIDATE, own, 1)));
    CandidateMatch mine = new CandidateMatch("K-AAAA-0001", 5, new BigDecimal("32"), "B1", Set.of(Requirement.VCA),
        Set.of(Requirement.VCA), Set.of(Requirement.FORKLIFT_CERTIFICATE), true, true, true, "Fatima El Amrani",
        "06-10000006", own.id());
    CandidateMatch anonymous = new CandidateMatch("K-BBBB-0002", 4, null, null, Set.of(), Set.of(), Set.of(), false,
        false, false, null, null, null);
    MatchingClient answer = new MatchingClient("http://unused") {
      @Override
      public VacancyMatches candidatesFor(String token, UUID vacancyId) {
        return new VacancyMatches(vacancyId, "Orderpicker", 12, List.of(mine, anonymous));
      }
    };
    MatchingPresenter presenter = new MatchingPresenter(context(Role.CASE_MANAGER), answer, Ids.newId(), NOW, NOW);

    presenter.load();

    assertThat(presenter.status().get()).isEqualTo("2 beste van 12 kandidaten vanaf trede 3");
    MatchingPresenter.Row first = presenter.rows().get(0);
    assertThat(first.name()).isEqualTo("Eigen Kandidaat");
    assertThat(first.profile()).isEqualTo("Trede 5 · 32 uur per week beschikbaar · Taal B1");
    assertThat(first.fit()).isEqualTo("Voldoet aan: VCA, genoeg uren");
    assertThat(first.missing()).isEqualTo("Mist: Heftruckcertificaat");
    assertThat(first.contact()).isEqualTo("Contact via klantmanager Fatima El Amrani");
    assertThat(first.call()).isEqualTo("Bel Fatima El Amrani (06-10000006)");
    assertThat(first.registerFit()).isTrue();
    MatchingPresenter.Row second = presenter.rows().get(1);
    assertThat(second.name()).isNull();
    assertThat(second.reference()).isEqualTo("K-BBBB-0002");
    assertThat(second.contact()).isEqualTo("Geen klantmanager bekend; vraag het team");
    assertThat(second.call()).isNull();
  }

  private MatchingPresenter answering(RecordingDevice device, CandidateMatch... matches) {
    MatchingClient answer = new MatchingClient("http://unused") {
      @Override
      public VacancyMatches candidatesFor(String token, UUID vacancyId) {
        return new VacancyMatches(vacancyId, "Orderpicker", 12, List.of(matches));
      }
    };
    MatchingPresenter presenter = new MatchingPresenter(new FieldContext(store, Messages.dutch(), CLOCK,
        Fixtures.session(Role.JOBHUNTER), device), answer, Ids.newId(), NOW, NOW);
    presenter.load();
    return presenter;
  }

  private static CandidateMatch managedBy(String name, String phone) {
    return new CandidateMatch("K-CCCC-0003", 4, null, null, Set.of(), Set.of(), Set.of(), false, false, false, name,
        phone, null);
  }

  @Test
  void theCallGoesToTheCaseManagersNumberAndWhereTheDeviceCannotCallTheNumberIsGivenToDialByHand() {
    RecordingDevice phone = RecordingDevice.opening();
    MatchingPresenter presenter = answering(phone, managedBy("Fatima El Amrani", "+31 (0)6 1000 0006"));

    assertThat(presenter.call(presenter.rows().get(0))).isEmpty();
    assertThat(phone.opened()).containsExactly(java.net.URI.create("tel:+31610000006"));

    RecordingDevice laptop = RecordingDevice.unable();
    MatchingPresenter atTheDesk = answering(laptop, managedBy("Fatima El Amrani", "06-10000006"));
    assertThat(atTheDesk.call(atTheDesk.rows().get(0))).hasValueSatisfying(byHand -> {
      assertThat(byHand.hint()).isEqualTo("Bellen kan niet vanaf dit apparaat; het nummer is:");
      assertThat(byHand.text()).isEqualTo("06-10000006");
    });
  }

  @Test
  void withoutANumberTheCardSaysSoAndOffersNoCall() {
    RecordingDevice phone = RecordingDevice.opening();
    MatchingPresenter presenter = answering(phone, managedBy("Fatima El Amrani", null));

    MatchingPresenter.Row row = presenter.rows().get(0);
    assertThat(row.contact()).isEqualTo("Geen telefoonnummer van Fatima El Amrani bekend; bel het team");
    assertThat(row.call()).isNull();
    assertThat(presenter.call(row)).isEmpty();
    assertThat(phone.opened()).isEmpty();
  }

  @Test
  void aRefusalIsExplainedNotShownAsAnEmptyList() {
    MatchingClient refusing = new MatchingClient("http://unused") {
      @Override
      public VacancyMatches candidatesFor(String token, UUID vacancyId) throws SyncException {
        throw new SyncException(SyncException.Kind.REFUSED, "403", null, null);
      }
    };
    MatchingPresenter presenter = new MatchingPresenter(context(Role.JOBHUNTER), refusing, Ids.newId(), NOW, NOW);

    presenter.load();

    assertThat(presenter.status().get()).startsWith("De server weigert deze vraag.");
  }
}
