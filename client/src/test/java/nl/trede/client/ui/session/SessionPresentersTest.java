package nl.trede.client.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.trede.client.support.SessionsOnTheDevice;
import nl.trede.client.ui.candidate.CandidateSessions;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * A session's page and inviting: a tap records presence and a second takes it back; presence is
 * refused before the day as the server refuses it; inviting writes the new invitations together and
 * never a second one for whoever was invited already.
 */
class SessionPresentersTest extends SessionsOnTheDevice {
  private SessionPresenter page(GroupSession s) {
    return sessionPage(s);
  }

  private SessionAttendance stored(GroupSession s, UUID candidateId) {
    return store.<SessionAttendance>all(RecordType.SESSION_ATTENDANCE).stream()
        .filter(a -> a.id().equals(SessionAttendance.idFor(s.id(), candidateId))).findFirst().orElseThrow();
  }

  @Test
  void oneTapRecordsPresenceASecondTapTakesItBackAndTheNoteSavesOnlyWhenChanged() {
    GroupSession yesterday = session("aan-het-werk", "Training Aan het werk", -1, null, false);
    invited(yesterday, anna, null, false);
    SessionPresenter page = page(yesterday);
    assertThat(page.presenceOffered().get()).isTrue();
    assertThat(page.presenceWhy().get()).isNull();

    page.presence(page.invitees().get(0), Presence.ATTENDED);
    assertThat(stored(yesterday, anna.id()).presence()).isEqualTo(Presence.ATTENDED);
    assertThat(page.counts().get()).isEqualTo("1 uitgenodigd · 1 aanwezig");
    page.presence(page.invitees().get(0), Presence.ATTENDED);
    assertThat(stored(yesterday, anna.id()).presence()).isNull();
    page.wantsFollowUp(page.invitees().get(0), true);
    page.note(page.invitees().get(0), "  Belt zelf voor een gesprek ");
    page.note(page.invitees().get(0), "Belt zelf voor een gesprek");

    assertThat(stored(yesterday, anna.id())).satisfies(a -> {
      assertThat(a.wantsFollowUp()).isTrue();
      assertThat(a.note()).isEqualTo("Belt zelf voor een gesprek");
    });
    assertThat(saved).as("four taps saved, the unchanged note did not").hasValue(4);
    assertThat(page.error().get()).isNull();
  }

  @Test
  void presenceIsNotOfferedBeforeTheDayAndRefusedIfAskedForAsTheServerWould() {
    GroupSession nextWeek = session("aan-het-werk", "Training Aan het werk", 7, null, false);
    invited(nextWeek, anna, null, false);
    SessionPresenter page = page(nextWeek);
    assertThat(page.presenceOffered().get()).isFalse();
    assertThat(page.followUpOffered().get()).isFalse();
    assertThat(page.presenceWhy().get()).isEqualTo("Aanwezigheid vastleggen kan vanaf de dag zelf (dinsdag 17 mrt.).");

    page.presence(page.invitees().get(0), Presence.ATTENDED);

    assertThat(page.error().get()).isEqualTo(
        "Niet opgeslagen voor Anna Jansen: Aanwezigheid legt u vast vanaf de dag van de bijeenkomst.");
    assertThat(stored(nextWeek, anna.id()).presence()).isNull();
    assertThat(store.pendingCount()).isZero();
  }

  @Test
  void aMarketCountedWithoutNamesSaysWhyInsteadOfOfferingPresence() {
    GroupSession market = session("vrijwilligersmarkt", "Vrijwilligersmarkt", 0, null, false);
    invited(market, anna, null, false);
    GroupSession cancelled = session("aan-het-werk", "Training Aan het werk", -1, null, true);

    SessionPresenter page = page(market);
    assertThat(page.presenceOffered().get()).isFalse();
    assertThat(page.followUpOffered().get()).as("a follow-up is the candidate's own wish").isTrue();
    assertThat(page.presenceWhy().get()).isEqualTo(
        "Vrijwilligersmarkt: de gemeente telt bezoekers en legt niet per persoon vast wie er kwam.");
    page.presence(page.invitees().get(0), Presence.ATTENDED);
    assertThat(page.error().get()).endsWith("Bij deze soort bijeenkomst legt de gemeente niet vast wie er kwam.");
    assertThat(page(cancelled).presenceWhy().get()).isEqualTo("Afgelast: aanwezigheid wordt niet vastgelegd.");
  }

  @Test
  void invitingSavesTheNewOnesTogetherAndKeepsThoseInvitedAlready() {
    GroupSession training = session("aan-het-werk", "Training Aan het werk", 3, null, false);
    invited(training, anna, null, false);
    InvitePresenter invite = new InvitePresenter(context, training.id(), saved::incrementAndGet);
    assertThat(invite.shown()).extracting(InvitePresenter.Choice::name, InvitePresenter.Choice::invited)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Jansen", true),
            org.assertj.core.groups.Tuple.tuple("Bert Smit", false));
    invite.search().set("smi");
    assertThat(invite.shown()).extracting(InvitePresenter.Choice::name).containsExactly("Bert Smit");
    assertThat(invite.summary().get()).isEqualTo("Nog niemand gekozen");
    invite.shown().get(0).chosen().set(true);
    assertThat(invite.summary().get()).isEqualTo("1 kandidaat gekozen");

    assertThat(invite.save()).isTrue();

    assertThat(store.<SessionAttendance>all(RecordType.SESSION_ATTENDANCE)).extracting(SessionAttendance::candidateId)
        .containsExactlyInAnyOrder(anna.id(), bert.id());
    assertThat(store.pendingOutbox(10)).singleElement()
        .satisfies(e -> assertThat(e.mutation().recordId()).isEqualTo(SessionAttendance.idFor(training.id(), bert.id())));
    assertThat(saved).hasValue(1);
  }

  @Test
  void theCandidatesPageListsTheirSessionsLatestFirstWithPresenceAndFollowUp() {
    GroupSession held = session("aan-het-werk", "Training Aan het werk", -7, null, false);
    GroupSession next = session("aan-het-werk", "Training Actieplan", 7, null, false);
    invited(held, anna, Presence.NO_SHOW, true);
    invited(next, anna, null, false);
    invited(next, bert, null, false);
    CandidateSessions sessions = new CandidateSessions(context, anna.id(), id -> {});

    sessions.refresh();

    assertThat(sessions.lines()).extracting(CandidateSessions.Line::title, CandidateSessions.Line::details)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Uitgenodigd voor Training Actieplan · 17 mrt.", java.util.List.of()),
            org.assertj.core.groups.Tuple.tuple("Uitgenodigd voor Training Aan het werk · 3 mrt.",
                java.util.List.of("Niet verschenen", "Wil vervolg")));
  }

  /** Lansingerland's information meeting (002 §3.3.8): who came signed the participatieverklaring or not. */
  @Test
  void whoCameHasTheDeclarationToTickAndTakingPresenceBackTakesTheTickWithIt() {
    pulled(nl.trede.client.support.Fixtures.change(RecordType.CONFIGURATION,
        nl.trede.client.support.Fixtures.withSessionKinds(new nl.trede.config.SessionKind("informatiebijeenkomst",
            "Informatiebijeenkomst asielgerechtigden", nl.trede.config.SessionKind.Attendance.BY_NAME, null, null,
            "002 §3.3.8", false, new nl.trede.config.SessionKind.Declaration("Participatieverklaring ondertekend"))),
        2));
    GroupSession meeting = session("informatiebijeenkomst", "Informatiebijeenkomst", -1, null, false);
    GroupSession training = session("aan-het-werk", "Training Aan het werk", -1, null, false);
    invited(meeting, anna, Presence.ATTENDED, false);
    invited(meeting, bert, null, false);
    SessionPresenter page = page(meeting);
    SessionPresenter.Invitee annas = page.invitees().get(0);

    assertThat(page.declaration().get()).isEqualTo("Participatieverklaring ondertekend");
    assertThat(page(training).declaration().get()).as("nothing is signed at a training").isNull();
    assertThat(annas.maySign()).isTrue();
    assertThat(page.invitees().get(1).maySign()).isFalse();
    page.declarationSigned(annas, true);
    assertThat(stored(meeting, anna.id()).declarationSigned()).isTrue();
    page.declarationSigned(page.invitees().get(1), true);
    assertThat(page.error().get()).isEqualTo("Niet opgeslagen voor Bert Smit: Alleen wie aanwezig was kan de "
        + "verklaring hebben ondertekend: tik eerst op Aanwezig.");
    assertThat(stored(meeting, bert.id()).declarationSigned()).isNull();

    page.presence(page.invitees().get(0), Presence.ATTENDED);
    assertThat(stored(meeting, anna.id())).satisfies(a -> {
      assertThat(a.presence()).isNull();
      assertThat(a.declarationSigned()).as("no longer aanwezig, so nothing signed").isNull();
    });
    nl.trede.client.ui.candidate.CandidateSessions annasPage = new nl.trede.client.ui.candidate.CandidateSessions(
        context, anna.id(), id -> { });
    page.presence(page.invitees().get(0), Presence.ATTENDED);
    page.declarationSigned(page.invitees().get(0), false);
    annasPage.refresh();
    assertThat(annasPage.lines()).filteredOn(l -> l.sessionId().equals(meeting.id())).singleElement()
        .satisfies(l -> assertThat(l.details()).containsExactly("Aanwezig", "Participatieverklaring ondertekend: nee"));
  }
}
