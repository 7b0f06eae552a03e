package nl.trede.client.ui.session;

import static nl.trede.client.support.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.SessionsOnTheDevice;
import nl.trede.client.ui.agenda.AgendaPresenter;
import nl.trede.client.ui.candidate.CandidatePresenter;
import nl.trede.client.ui.candidate.RecordingActions;
import nl.trede.config.SessionKind;
import nl.trede.domain.Ids;
import nl.trede.domain.Violations;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance.Presence;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the phone, a candidate marked aanwezig at a contact moment in groepsverband has had a contact
 * (002 §4.4, decision 0064): the agenda no longer lists them as late and their page says when the
 * next contact is due and why. Anna was last spoken to 20 days ago, when they agreed to speak again
 * 6 days ago: she is late. Her plan says every 14 days.
 */
class GroupContactOnThePhoneTest extends SessionsOnTheDevice {
  private static final SessionKind GROUP_CONTACT = new SessionKind("groepscontact", "Contactmoment in groepsverband",
      SessionKind.Attendance.BY_NAME, null, null, "002 §4.4", true, null);

  @BeforeEach
  void aMunicipalityWhoseGroupContactCountsAndAnnaLate() {
    Contact spoken = new Contact(Ids.newId(), anna.id(), null, Fixtures.COACH, LocationType.HOME,
        TODAY.minusDays(20).atTime(10, 0).atZone(Violations.ZONE).toInstant(), 45, null, "Gesprek", null,
        TODAY.minusDays(6), false, false, null);
    pulled(Fixtures.change(RecordType.CONFIGURATION, Fixtures.withSessionKinds(GROUP_CONTACT), 2),
        Fixtures.change(RecordType.CONTACT, spoken, 1));
  }

  /** Who the agenda lists under Te laat. */
  private List<String> late() {
    return agenda(new ArrayList<>()).days().stream().filter(AgendaPresenter.Day::overdue).flatMap(d -> d.rows().stream())
        .map(AgendaPresenter.Row::name).toList();
  }

  private CandidatePresenter annasPage() {
    CandidatePresenter page = new CandidatePresenter(context, anna.id(), new RecordingActions(new ArrayList<>()));
    page.refresh();
    return page;
  }

  @Test
  void aCandidateMarkedAanwezigAtAGroupContactIsNoLongerLate() {
    GroupSession group = session("groepscontact", "Groepsgesprek werkzoekenden", -2, null, false);
    GroupSession training = session("aan-het-werk", "Training Aan het werk", -1, null, false);
    invited(group, anna, null, false);
    invited(training, anna, Presence.ATTENDED, false);
    assertThat(late()).as("invited, and at a training: not yet a contact").contains(anna.displayName());

    SessionPresenter page = sessionPage(group);
    page.presence(page.invitees().get(0), Presence.ATTENDED);

    assertThat(page.error().get()).isNull();
    assertThat(late()).doesNotContain(anna.displayName());
    CandidatePresenter annas = annasPage();
    assertThat(annas.overdue().get()).isFalse();
    assertThat(annas.nextContact().get()).as("8 March plus the plan's 14 days: the date agreed had passed")
        .contains(context.messages().date(TODAY.minusDays(2).plusDays(14)), "plan: elke 14 dagen",
            "laatste contact in groepsverband op " + context.messages().date(TODAY.minusDays(2)));

    page.presence(page.invitees().get(0), Presence.ATTENDED);
    assertThat(late()).as("the tap taken back, so is the contact").contains(anna.displayName());
  }
}
