package nl.trede.server.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.SessionKind;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import nl.trede.server.accounts.Caller;
import nl.trede.sync.RecordType;

/**
 * The demo's group sessions (issue 18): for the first three kinds the municipality configures, one
 * held some weeks ago with invitations and who came, one ahead with invitations only; the first kind
 * also one called off. A kind counted by headcount (Wijchen's markets) gets the numbers of the day and
 * invitations without presence. Pushed in order: sessions, then the invitations that name them.
 */
final class DemoSessions {
  private static final String[] PLACES = {"Gemeentehuis, zaal 2", "Buurthuis De Kern", "Bibliotheek, leeszaal"};
  /** {@code coach1}'s open files among the demo's: 5 is closed. */
  private static final int[] COACH1_OPEN = {0, 1, 2, 3, 4, 6, 7, 8, 9, 10};
  private static final Presence[] CAME = {Presence.ATTENDED, Presence.ATTENDED, Presence.NO_SHOW, Presence.EXCUSED,
      Presence.ATTENDED};

  private DemoSessions() {}

  /** What one user pushes at once. */
  record Batch(Caller by, RecordType type, List<DomainRecord> records) {}

  /**
   * @param candidates the main demo's 36 files: 0–11 are {@code coach1}'s, 12–23 {@code coach2}'s;
   *     5 and 21 are closed, so nobody is invited from them
   */
  static List<Batch> of(MunicipalityConfig config, List<Candidate> candidates, Caller coach1, Caller coach2,
      Caller jobhunter, LocalDate today) {
    List<Batch> sessions = new ArrayList<>();
    List<Batch> invitations = new ArrayList<>();
    List<SessionKind> kinds = config.sessionKinds();
    for (int j = 0; j < Math.min(3, kinds.size()); j++) {
      SessionKind kind = kinds.get(j);
      Caller organiser = kind.recordsWhoCame() ? coach1 : jobhunter;
      GroupSession held = session(kind, organiser, today.minusDays(9 + 14L * j), j, true);
      GroupSession ahead = session(kind, organiser, today.plusDays(6 + 7L * j), j + 1, false);
      List<DomainRecord> planned = new ArrayList<>(List.of(held, ahead));
      if (j == 0) {
        planned.add(new GroupSession(Ids.newId(), kind.key(), kind.label(), today.minusDays(30), LocalTime.of(13, 30),
            PLACES[2], null, uuid(organiser), null, null, "Afgelast: de trainer was ziek.", true));
      }
      sessions.add(new Batch(organiser, RecordType.GROUP_SESSION, planned));
      List<DomainRecord> byCoach1 = new ArrayList<>();
      for (int n = 0; n < 5; n++) {
        byCoach1.add(invite(held, kind, candidates.get(COACH1_OPEN[(j + n) % COACH1_OPEN.length]), coach1, n));
      }
      byCoach1.add(invite(ahead, kind, candidates.get(COACH1_OPEN[(j + 5) % COACH1_OPEN.length]), coach1, -1));
      byCoach1.add(invite(ahead, kind, candidates.get(COACH1_OPEN[(j + 6) % COACH1_OPEN.length]), coach1, -1));
      invitations.add(new Batch(coach1, RecordType.SESSION_ATTENDANCE, byCoach1));
      invitations.add(new Batch(coach2, RecordType.SESSION_ATTENDANCE, List.of(
          invite(held, kind, candidates.get(12 + j), coach2, 0), invite(held, kind, candidates.get(13 + j), coach2, 2),
          invite(held, kind, candidates.get(14 + j), coach2, 4))));
    }
    sessions.addAll(invitations);
    return sessions;
  }

  private static GroupSession session(SessionKind kind, Caller organiser, LocalDate day, int place, boolean held) {
    boolean counted = held && !kind.recordsWhoCame();
    return new GroupSession(Ids.newId(), kind.key(), kind.label(), day, LocalTime.of(place % 2 == 0 ? 9 : 13, 30),
        PLACES[place % PLACES.length], kind.recordsWhoCame() ? null : "MeerVoormekaar", uuid(organiser),
        counted ? 40 + 10 * place : null, counted ? 12 + 3 * place : null,
        held ? "Goede opkomst; de groep wil een terugkomdag." : null, false);
  }

  /**
   * The {@code n}th invitation of a held session (presence by {@link #CAME}), or one ahead ({@code n} &lt; 0).
   * Where the kind has a declaration signed, the first who came signed it, the second did not, and the
   * third's is left for the user to tick.
   */
  private static SessionAttendance invite(GroupSession session, SessionKind kind, Candidate candidate, Caller by,
      int n) {
    Presence presence = n < 0 || !kind.recordsWhoCame() ? null : CAME[n % CAME.length];
    boolean followUp = n == 0 || n == 2;
    Boolean signed = kind.declaration() == null || presence != Presence.ATTENDED || n > 1 ? null : n == 0;
    return new SessionAttendance(SessionAttendance.idFor(session.id(), candidate.id()), session.id(), candidate.id(),
        uuid(by), session.date().minusDays(14), presence, followUp,
        followUp ? (n == 0 ? "Wil verder praten over vrijwilligerswerk." : "Belt zelf voor een vervolggesprek.") : null,
        signed);
  }

  private static UUID uuid(Caller caller) {
    return UUID.fromString(caller.userId());
  }
}
