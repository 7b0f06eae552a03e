package nl.trede.client.e2e;

import nl.trede.client.support.RecordingDevice;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.stage.Stage;
import nl.trede.client.login.Session;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.DemoServerUiTest;
import nl.trede.client.ui.inbox.InboxPresenter;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A warm handover to the participation coaches' team, end to end against the real server with its
 * Overbetuwe demo: the case manager refers a candidate from her device, a coach finds it in
 * "Aanmeldingen" on his phone (without the file), takes it on, syncs and then has the file with its
 * history; a colleague whose phone still showed it waiting is told plainly that someone was first.
 */
class ReferralInboxTest extends DemoServerUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void aCoachTakesOnAReferralToTheTeamGetsTheFileAndAColleagueIsToldSomeoneWasFirst(FxRobot robot)
      throws Exception {
    // The case manager refers a file that neither coach carries to the participation coaches.
    Session fatima = device("casemanager1");
    sync(fatima);
    Session carla = device("coach2");
    sync(carla);
    loggedIn(robot, "coach1");
    Candidate file = fatima.store().<Candidate>all(RecordType.CANDIDATE).stream()
        .filter(c -> c.exit() == null && carla.store().candidate(c.id()).isEmpty()
            && ui.store().candidate(c.id()).isEmpty()
            && !fatima.store().<Contact>inFile(c.id(), RecordType.CONTACT).isEmpty()
            && fatima.store().<Referral>inFile(c.id(), RecordType.REFERRAL).isEmpty())
        .findFirst().orElseThrow();
    Referral sent = fatima.store().create(RecordType.REFERRAL, new Referral(Ids.newId(), file.id(),
        fatima.user().userId(), "participatiecoaches", null, "Meedoen: vrijwilligerswerk in de buurt",
        ReferralStatus.SENT, today(), null, null, null, null));
    sync(fatima);
    sync(carla);
    assertThat(carla.store().find(sent.id())).as("the team's devices pull the referral").isPresent();
    assertThat(carla.store().candidate(file.id())).as("but not the file").isEmpty();

    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().find(sent.id())).isPresent();
    assertThat(ui.store().candidate(file.id())).isEmpty();
    assertThat(ui.text("#badge-inbox")).as("the count on Aanmeldingen").isEqualTo("1");
    assertThat(ui.visible("#badge-inbox")).isTrue();
    ui.tap("#nav-inbox");
    ui.waitFor(() -> "Aanmeldingen".equals(ui.title()));
    assertThat(ui.textsIn("#referral-" + sent.id())).containsSubsequence("Naam volgt bij aannemen",
        "Doel: Meedoen: vrijwilligerswerk in de buurt",
        "Aangemeld door Fatima El Amrani op " + Messages.dutch().date(today()) + ", voor Participatiecoaches",
        "Wacht op iemand van het team");

    ui.tap("#take-on-" + sent.id());
    assertThat(ui.textsIn("#referral-" + sent.id())).contains("Aangenomen door u op "
        + Messages.dutch().date(today()));
    assertThat(ui.visible("#badge-inbox")).isFalse();
    assertThat(ui.syncNow().lastError()).isNull();
    ui.waitFor(() -> ui.store().candidate(file.id()).isPresent());
    assertThat(ui.store().<Contact>inFile(file.id(), RecordType.CONTACT)).as("the file came with its history")
        .hasSameSizeAs(fatima.store().<Contact>inFile(file.id(), RecordType.CONTACT));
    assertThat(ui.store().find(sent.id()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
    ui.tap("#nav-inbox");
    ui.waitFor(() -> ui.textsIn("#referral-" + sent.id()).contains(file.displayName()));
    ui.tap("#referral-" + sent.id());
    ui.waitFor(() -> "Kandidaat".equals(ui.title()) && file.displayName().equals(ui.text("#candidate-name")));

    // What the server holds: the referral taken on by coach1, and coach1 among the file's coaches.
    sync(fatima);
    UUID anna = ui.controller().session().orElseThrow().user().userId();
    assertThat(fatima.store().candidate(file.id()).orElseThrow().coachIds()).contains(anna);
    Referral answered = fatima.store().<Referral>inFile(file.id(), RecordType.REFERRAL).get(0);
    assertThat(answered.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(answered.receiverId()).isEqualTo(anna);

    // coach2's phone still shows it waiting: taking it on is saved offline, the server refuses it.
    FieldContext onCarlasPhone = new FieldContext(carla.store(), Messages.dutch(), CLOCK, carla.user(), RecordingDevice.opening());
    InboxPresenter inbox = new InboxPresenter(onCarlasPhone, new InboxPresenter.Actions() {
      @Override
      public void openCandidate(UUID candidateId) {}

      @Override
      public void decline(UUID referralId) {}

      @Override
      public void answered() {}
    });
    inbox.refresh();
    assertThat(inbox.waiting()).extracting(InboxPresenter.Row::referralId).containsExactly(sent.id());
    assertThat(inbox.takeOn(inbox.waiting().get(0))).isTrue();
    sync(carla);
    inbox.refresh();
    assertThat(inbox.earlier()).singleElement().satisfies(row -> {
      assertThat(row.status()).isEqualTo("Aangenomen door Anna de Vries op " + Messages.dutch().date(today()));
      assertThat(row.note()).isEqualTo("Uw antwoord is niet aangenomen: Een collega heeft deze aanmelding al aangenomen.");
      assertThat(row.problem()).isTrue();
    });
    assertThat(carla.store().candidate(file.id())).as("the file stays with who took it on").isEmpty();
    assertThat(carla.store().problems()).extracting(p -> p.id()).contains(sent.id());
    fatima.store().close();
    carla.store().close();
  }
}
