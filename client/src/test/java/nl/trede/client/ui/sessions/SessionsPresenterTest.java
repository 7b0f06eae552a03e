package nl.trede.client.ui.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.UUID;
import nl.trede.client.support.SessionsOnTheDevice;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance.Presence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Bijeenkomsten": what comes next on top, then what was held, with the user's own invited counted. */
class SessionsPresenterTest extends SessionsOnTheDevice {
  private SessionsPresenter sessions;

  @BeforeEach
  void presenter() {
    sessions = new SessionsPresenter(context, new SessionsPresenter.Actions() {
      @Override
      public void open(UUID sessionId) {}

      @Override
      public void plan() {}
    });
  }

  @Test
  void withoutSessionsTheListSaysHowToPlanOne() {
    sessions.refresh();
    assertThat(sessions.coming()).isEmpty();
    assertThat(sessions.emptyText().get()).startsWith("Nog geen bijeenkomsten. Plan een training");
  }

  @Test
  void comingSessionsSoonestFirstThenHeldOnesLatestFirstCancelledMarked() {
    GroupSession later = session("aan-het-werk", "Training Aan het werk", 3, null, false);
    GroupSession afternoon = session("aan-het-werk", "Middag", 0, LocalTime.of(14, 0), false);
    GroupSession morning = session("aan-het-werk", "Ochtend", 0, LocalTime.of(9, 30), false);
    GroupSession lastWeek = session("aan-het-werk", "Vorige week", -7, null, false);
    GroupSession cancelled = session("aan-het-werk", "Afgelast", -2, null, true);

    sessions.refresh();

    assertThat(sessions.coming()).extracting(SessionsPresenter.Row::sessionId)
        .containsExactly(morning.id(), afternoon.id(), later.id());
    assertThat(sessions.held()).extracting(SessionsPresenter.Row::sessionId)
        .containsExactly(cancelled.id(), lastWeek.id());
    assertThat(sessions.held().get(0).cancelled()).isTrue();
    assertThat(sessions.coming().get(0)).satisfies(row -> {
      assertThat(row.when()).isEqualTo("dinsdag 10 mrt. · 09:30");
      assertThat(row.kind()).isEqualTo("Training Aan het werk");
      assertThat(row.place()).isEqualTo("Werkplein Elst");
    });
    assertThat(sessions.emptyText().get()).isNull();
  }

  @Test
  void aTrainingCountsTheUsersInvitedAndWhoCameAMarketOnlyTheNumbersOfTheDay() {
    GroupSession next = session("aan-het-werk", "Training Aan het werk", 2, null, false);
    GroupSession held = session("aan-het-werk", "Training Aan het werk", -1, null, false);
    GroupSession market = session("vrijwilligersmarkt", "Vrijwilligersmarkt", -1, null, false);
    invited(next, anna, null, false);
    invited(held, anna, Presence.ATTENDED, false);
    invited(held, bert, Presence.NO_SHOW, true);
    invited(market, anna, null, true);
    pulled(nl.trede.client.support.Fixtures.change(nl.trede.sync.RecordType.GROUP_SESSION,
        new GroupSession(market.id(), market.kind(), market.title(), market.date(), null, null, null,
            market.organisedBy(), 400, 115, null, false), 2));

    sessions.refresh();

    assertThat(sessions.coming()).singleElement().extracting(SessionsPresenter.Row::counts)
        .isEqualTo("1 uitgenodigd");
    assertThat(sessions.held()).extracting(SessionsPresenter.Row::counts)
        .containsExactlyInAnyOrder("2 uitgenodigd · 1 aanwezig", "400 bezoekers · 115 belangstellenden");
  }
}
