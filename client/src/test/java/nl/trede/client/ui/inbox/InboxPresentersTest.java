package nl.trede.client.ui.inbox;

import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.Colleague;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Aanmeldingen" on a participation coach's phone: the referrals sent to the coaches' team, as
 * their devices pull them (without the file), answered offline through the store's one write path.
 */
class InboxPresentersTest extends OneFileOnTheDevice {
  private static final UUID CARLA = UUID.fromString("00000000-0000-0000-0000-00000000c0a2");

  private final List<UUID> declined = new ArrayList<>();
  private int answered;
  private InboxPresenter inbox;

  private final UUID elsewhere = Ids.newId();
  private Referral longestWaiting;
  private Referral waiting;

  private static Referral sent(UUID candidateId, String target, LocalDate on, String goal) {
    return new Referral(Ids.newId(), candidateId, FATIMA, target, null, goal, ReferralStatus.SENT, on, null, null, null,
        null);
  }

  @BeforeEach
  void referralsOnTheDevice() {
    loggedInAs(Role.PARTICIPATION_COACH);
    longestWaiting = sent(elsewhere, "participatiecoaches", TODAY.minusDays(5), "Vrijwilligerswerk in de buurt");
    waiting = sent(Ids.newId(), "participatiecoaches", TODAY.minusDays(1), "Meedoen: een dagbesteding vinden");
    Referral mine = new Referral(Ids.newId(), anna.id(), FATIMA, "participatiecoaches", COACH, "Taalcafé", 
        ReferralStatus.ACCEPTED, TODAY.minusDays(20), TODAY.minusDays(19), null, null, null);
    Referral longGone = new Referral(Ids.newId(), anna.id(), FATIMA, "participatiecoaches", COACH, "Oud",
        ReferralStatus.SIGNED_OFF, TODAY.minusDays(90), TODAY.minusDays(89), null, TODAY.minusDays(60), "Doel bereikt");
    Referral otherTeam = sent(Ids.newId(), "jobcoach-overbetuwe", TODAY.minusDays(2), "Begeleiding bij plaatsing");
    Referral provider = sent(anna.id(), "forte-welzijn", TODAY.minusDays(3), "Taalhuis");
    store.storePullPage(page("c2", change(RecordType.CONFIGURATION, Fixtures.overbetuweWithTeams(), 1),
        change(RecordType.REFERRAL, waiting, 1), change(RecordType.REFERRAL, longestWaiting, 1),
        change(RecordType.REFERRAL, mine, 2), change(RecordType.REFERRAL, longGone, 3),
        change(RecordType.REFERRAL, otherTeam, 1), change(RecordType.REFERRAL, provider, 1)));
    inbox = new InboxPresenter(context, new InboxPresenter.Actions() {
      @Override
      public void openCandidate(UUID candidateId) {}

      @Override
      public void decline(UUID referralId) {
        declined.add(referralId);
      }

      @Override
      public void answered() {
        answered++;
      }
    });
    inbox.refresh();
  }

  private Referral stored(UUID id) {
    return store.<Referral>all(RecordType.REFERRAL).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void whatWaitsForTheTeamComesFirstLongestWaitingOnTopWithWhatTheReferralSays() {
    assertThat(InboxPresenter.waitingCount(context)).isEqualTo(2);
    assertThat(inbox.summary().get()).startsWith("2 aanmeldingen wachten op iemand van uw team.");
    assertThat(inbox.waiting()).extracting(InboxPresenter.Row::referralId)
        .containsExactly(longestWaiting.id(), waiting.id());
    InboxPresenter.Row first = inbox.waiting().get(0);
    assertThat(first.candidate()).as("the file is not on the device yet").isEqualTo("Naam volgt bij aannemen");
    assertThat(first.goal()).isEqualTo("Doel: Vrijwilligerswerk in de buurt");
    assertThat(first.sent()).isEqualTo("Aangemeld door Fatima El Amrani op 5 mrt. 2026, voor Participatiecoaches");
    assertThat(first.status()).isEqualTo("Wacht op iemand van het team");
    assertThat(first.mayTakeOn()).isTrue();
    assertThat(first.mayDecline()).isTrue();
    assertThat(first.fileHere()).isFalse();

    // Taken on by this coach, with the file here; the one signed off two months ago is gone, and
    // what was sent to another team or a provider is not this team's.
    assertThat(inbox.earlier()).singleElement().satisfies(r -> {
      assertThat(r.candidate()).isEqualTo("Anna Jansen");
      assertThat(r.status()).isEqualTo("Aangenomen door u op 19 feb. 2026");
      assertThat(r.fileHere()).isTrue();
      assertThat(r.mayTakeOn()).isFalse();
    });
  }

  @Test
  void takingOneOnIsSavedOfflineForTheUserAndOnlyTheAnswerTravels() {
    assertThat(inbox.takeOn(inbox.waiting().get(0))).isTrue();

    Referral taken = stored(longestWaiting.id());
    assertThat(taken.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(taken.receiverId()).isEqualTo(COACH);
    assertThat(taken.answeredOn()).isEqualTo(TODAY);
    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> {
      assertThat(e.mutation().baseVersion()).isEqualTo(1);
      assertThat(e.mutation().fields().fieldNames()).toIterable()
          .containsExactlyInAnyOrder("status", "receiverId", "answeredOn");
    });
    assertThat(answered).isEqualTo(1);
    assertThat(InboxPresenter.waitingCount(context)).isEqualTo(1);
    assertThat(inbox.earlier().get(0)).satisfies(r -> {
      assertThat(r.referralId()).isEqualTo(longestWaiting.id());
      assertThat(r.status()).isEqualTo("Aangenomen door u op 10 mrt. 2026");
      assertThat(r.note()).isEqualTo("Uw antwoord is nog niet verstuurd; dat gebeurt bij de volgende synchronisatie.");
    });
  }

  @Test
  void decliningAsksWhyAndSendsTheAnswer() {
    inbox.decline(inbox.waiting().get(1));
    assertThat(declined).containsExactly(waiting.id());
    DeclinePresenter form = new DeclinePresenter(context, waiting.id(), saved::incrementAndGet);
    assertThat(form.about())
        .isEqualTo("Van Fatima El Amrani voor Participatiecoaches, 9 mrt. 2026: Meedoen: een dagbesteding vinden");

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("answer"))
        .isEqualTo("Schrijf op waarom u de aanmelding afwijst: dat leest de klantmanager.");
    form.answer().set("Past beter bij de jobcoach: er is al een plaatsing in zicht");
    assertThat(form.save()).isTrue();

    Referral answer = stored(waiting.id());
    assertThat(answer.status()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(answer.receiverId()).isNull();
    assertThat(answer.answer()).isEqualTo("Past beter bij de jobcoach: er is al een plaatsing in zicht");
    assertThat(store.pendingOutbox(5).get(0).mutation().fields().fieldNames()).toIterable()
        .containsExactlyInAnyOrder("status", "answeredOn", "answer");
    inbox.refresh();
    assertThat(inbox.earlier().get(0).status())
        .isEqualTo("Afgewezen op 10 mrt. 2026: Past beter bij de jobcoach: er is al een plaatsing in zicht");
  }

  @Test
  void whenAColleagueTookItOnFirstTheRefusalSaysSoAndTheCardShowsWhoDid() {
    store.saveColleagues(List.of(new Colleague(CARLA, "Carla Bakker", Role.PARTICIPATION_COACH),
        new Colleague(FATIMA, "Fatima El Amrani", Role.CASE_MANAGER)));
    inbox.takeOn(inbox.waiting().get(0));
    // What the server answers the push and the next pull: Carla took it on before this device synced.
    UUID mutation = store.pendingOutbox(1).get(0).mutation().id();
    store.storePushResults(List.of(new MutationResult.Rejected(mutation, longestWaiting.id(),
        List.of(new Violation("receiverId", "role", "a coach takes a referral on for themselves, once")))));
    Referral carlas = new Referral(longestWaiting.id(), elsewhere, FATIMA, "participatiecoaches", CARLA,
        longestWaiting.goal(), ReferralStatus.ACCEPTED, longestWaiting.sentOn(), TODAY, null, null, null);
    store.storePullPage(page("c3", change(RecordType.REFERRAL, carlas, 2)));
    inbox.refresh();

    assertThat(store.find(longestWaiting.id()).orElseThrow().syncState()).isEqualTo(SyncState.REJECTED);
    InboxPresenter.Row row = inbox.earlier().stream().filter(r -> r.referralId().equals(longestWaiting.id()))
        .findFirst().orElseThrow();
    assertThat(row.status()).isEqualTo("Aangenomen door Carla Bakker op 10 mrt. 2026");
    assertThat(row.note()).isEqualTo("Uw antwoord is niet aangenomen: Een collega heeft deze aanmelding al aangenomen.");
    assertThat(row.problem()).isTrue();
    assertThat(row.mayTakeOn()).isFalse();
  }

  @Test
  void aCoachMayNotTakeOnForSomeoneElseNorChangeWhatTheReferralAsks() {
    Referral r = stored(waiting.id());
    var opened = store.<Referral>edit(RecordType.REFERRAL, r.id()).orElseThrow();
    Referral forCarla = new Referral(r.id(), r.candidateId(), r.referredBy(), r.target(), CARLA, "Iets anders",
        ReferralStatus.ACCEPTED, r.sentOn(), TODAY, null, null, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.update(opened, forCarla))
        .isInstanceOf(nl.trede.domain.ValidationException.class)
        .satisfies(e -> assertThat(((nl.trede.domain.ValidationException) e).violations())
            .extracting(Violation::field).containsExactlyInAnyOrder("goal", "receiverId"));
    assertThat(store.pendingCount()).isZero();
  }
}
