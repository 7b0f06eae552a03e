package nl.trede.client.support;

import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.trede.client.ui.agenda.AgendaPresenter;
import nl.trede.client.ui.session.SessionPresenter;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeEach;

/**
 * The coach's device with Anna's file and Bert's, and a configuration with a training recorded by
 * name and a market counted without names ({@link Fixtures#withSessionKinds()}): sessions and
 * invitations arrive as a sync brings them.
 */
public abstract class SessionsOnTheDevice extends OneFileOnTheDevice {
  private final AtomicInteger pages = new AtomicInteger();
  protected Candidate bert;

  @BeforeEach
  void withKindsAndASecondFile() {
    bert = Fixtures.candidate("Bert", "Smit");
    pulled(change(RecordType.CONFIGURATION, Fixtures.withSessionKinds(), 1), change(RecordType.CANDIDATE, bert, 1));
  }

  protected void pulled(nl.trede.sync.RecordChange... changes) {
    store.storePullPage(page("s" + pages.incrementAndGet(), changes));
  }

  /** A session of this kind so many days from today, pulled from the server. */
  protected GroupSession session(String kind, String title, int daysFromToday, LocalTime at, boolean cancelled) {
    GroupSession s = new GroupSession(Ids.newId(), kind, title, TODAY.plusDays(daysFromToday), at, "Werkplein Elst",
        null, Fixtures.COACH, null, null, null, cancelled);
    pulled(change(RecordType.GROUP_SESSION, s, 1));
    return s;
  }

  /** The session's page, shown: each tap that saves counts in {@link #saved}. */
  protected SessionPresenter sessionPage(GroupSession s) {
    SessionPresenter page = new SessionPresenter(context, s.id(), new SessionPresenter.Actions() {
      @Override
      public void edit(UUID sessionId) {}

      @Override
      public void invite(UUID sessionId) {}

      @Override
      public void openCandidate(UUID candidateId) {}

      @Override
      public void saved() {
        SessionsOnTheDevice.this.saved.incrementAndGet();
      }
    });
    page.refresh();
    return page;
  }

  /** The agenda, shown: a tap on a session adds its id to {@code opened}. */
  protected AgendaPresenter agenda(List<UUID> opened) {
    AgendaPresenter agenda = new AgendaPresenter(context, new AgendaPresenter.Actions() {
      @Override
      public void open(UUID candidateId) {}

      @Override
      public void recordContact(UUID candidateId, boolean aftercare) {}

      @Override
      public void recordNoShow(UUID candidateId) {}

      @Override
      public void openSession(UUID sessionId) {
        opened.add(sessionId);
      }
    }, "note");
    agenda.refresh();
    return agenda;
  }

  /** This candidate's invitation to the session, pulled from the server. */
  protected SessionAttendance invited(GroupSession s, Candidate c, Presence presence, boolean followUp) {
    SessionAttendance a = new SessionAttendance(SessionAttendance.idFor(s.id(), c.id()), s.id(), c.id(),
        Fixtures.COACH, TODAY.minusDays(20), presence, followUp, null);
    pulled(change(RecordType.SESSION_ATTENDANCE, a, 1));
    return a;
  }
}
