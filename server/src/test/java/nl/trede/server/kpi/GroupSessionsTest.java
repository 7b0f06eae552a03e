package nl.trede.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.trede.config.SessionKind;
import nl.trede.config.SessionKind.Attendance;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import nl.trede.server.kpi.GroupSessions.Counts;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/kpis.md, "Groepsbijeenkomsten", computed by hand: the first quarter of
 * 2026 with two trainings, a market counted by headcount, a training called off and one outside the
 * period.
 */
class GroupSessionsTest {
  static final SessionKind TRAINING = new SessionKind("aan-het-werk", "Training Aan het werk", Attendance.BY_NAME,
      null, null, "001 §2.1.3");
  static final SessionKind MARKET = new SessionKind("vrijwilligersmarkt", "Vrijwilligersmarkt", Attendance.HEADCOUNT,
      null, null, "004 Bijlage 2");
  static final SessionKind WORKSHOP = new SessionKind("werkfit", "Workshop Werkfit", Attendance.BY_NAME, null, null,
      "003 §3");
  static final UUID COACH = UUID.randomUUID();

  static GroupSession session(String kind, LocalDate day, Integer visitors, Integer interested, boolean cancelled) {
    return new GroupSession(UUID.randomUUID(), kind, kind + " " + day, day, LocalTime.NOON, null, null, COACH,
        visitors, interested, null, cancelled);
  }

  static SessionAttendance invited(GroupSession s, Presence presence, boolean followUp) {
    UUID candidate = UUID.randomUUID();
    return new SessionAttendance(SessionAttendance.idFor(s.id(), candidate), s.id(), candidate, COACH, null, presence,
        followUp, null);
  }

  @Test
  void theFiguresOfTheWorkedExampleMatchTheHandComputation() {
    GroupSession january = session("aan-het-werk", LocalDate.of(2026, 1, 20), null, null, false);
    GroupSession march = session("aan-het-werk", LocalDate.of(2026, 3, 31), null, null, false);
    GroupSession market = session("vrijwilligersmarkt", LocalDate.of(2026, 2, 14), 400, 115, false);
    GroupSession calledOff = session("aan-het-werk", LocalDate.of(2026, 2, 3), null, null, true);
    GroupSession april = session("aan-het-werk", LocalDate.of(2026, 4, 1), null, null, false);
    List<SessionAttendance> invitations = List.of(
        // January: 6 invited; 4 came, 1 did not show, 1 sent word; 2 want a follow-up.
        invited(january, Presence.ATTENDED, true), invited(january, Presence.ATTENDED, false),
        invited(january, Presence.ATTENDED, false), invited(january, Presence.ATTENDED, true),
        invited(january, Presence.NO_SHOW, false), invited(january, Presence.EXCUSED, false),
        // March: 3 invited; 1 came, 1 did not show, 1 not recorded.
        invited(march, Presence.ATTENDED, false), invited(march, Presence.NO_SHOW, false), invited(march, null, false),
        // The market: 5 invited by name, nobody's presence kept, 2 asked for a follow-up themselves.
        invited(market, null, true), invited(market, null, false), invited(market, null, true),
        invited(market, null, false), invited(market, null, false),
        // Called off and April: not counted.
        invited(calledOff, null, false), invited(april, Presence.ATTENDED, true));

    GroupSessions.Result r = GroupSessions.compute(List.of(TRAINING, MARKET, WORKSHOP),
        List.of(january, march, market, calledOff, april), invitations, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 3, 31));

    assertThat(r.perKind()).extracting(p -> p.kind().key())
        .containsExactly("aan-het-werk", "vrijwilligersmarkt", "werkfit");
    assertThat(r.perKind().get(0).counts()).isEqualTo(new Counts(2, 1, 9, 5, 2, 1, 1, 2, 0, 0));
    assertThat(r.perKind().get(0).counts().cameShare()).isEqualTo(5.0 / 7);
    assertThat(r.perKind().get(1).counts()).isEqualTo(new Counts(1, 0, 5, 0, 0, 0, 5, 2, 400, 115));
    assertThat(r.perKind().get(1).counts().cameShare()).as("no presence is kept at a market").isNull();
    assertThat(r.perKind().get(2).counts()).isEqualTo(new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(r.total()).isEqualTo(new Counts(3, 1, 14, 5, 2, 1, 6, 4, 400, 115));
    assertThat(r.lines()).extracting(l -> l.session().date()).as("newest first, the called-off one listed")
        .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 3),
            LocalDate.of(2026, 1, 20));
  }
}
