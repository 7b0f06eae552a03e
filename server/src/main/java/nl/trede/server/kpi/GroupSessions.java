package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.config.SessionKind;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;

/**
 * Group sessions and events over a period (issue 18; 001 §2.1.3 "Tot aan de zomerperiode 2018 zijn er
 * vijf trainingsgroepen geweest ... In totaal zijn hiervoor achtenzeventig mensen aangemeld"; 004
 * Bijlage 2: "Dit is een aandachtspunt voor de toekomst mits dit laagdrempelig en eenvoudig kan").
 * Definitions in docs/kpis.md, "Groepsbijeenkomsten".
 *
 * <ul>
 *   <li>A session counts when its day lies in the period; a cancelled one is counted apart and its
 *       invitations are not counted.</li>
 *   <li>Invitations are those of the files in scope: a case manager sees the invitations of their own
 *       caseload, the office all. A session itself names nobody and is counted for everyone.</li>
 *   <li>Presence is counted where it was recorded; {@code unrecorded} is an invitation to a held
 *       session without presence, which for a kind counted by headcount is every invitation.</li>
 *   <li>Came is the share of those who came among those whose presence is known and who did not send
 *       word beforehand: attended / (attended + no-show). Ours: an excused absence is not a no-show
 *       (002 §4.5 speaks of not appearing), so it is left out of the share.</li>
 * </ul>
 */
public final class GroupSessions {
  private GroupSessions() {}

  /** The counts of one session, or of all sessions of a kind, or of all. */
  public record Counts(int sessions, int cancelled, int invited, int attended, int noShow, int excused,
      int unrecorded, int followUps, int visitors, int interested) {
    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    Counts plus(Counts o) {
      return new Counts(sessions + o.sessions, cancelled + o.cancelled, invited + o.invited, attended + o.attended,
          noShow + o.noShow, excused + o.excused, unrecorded + o.unrecorded, followUps + o.followUps,
          visitors + o.visitors, interested + o.interested);
    }

    /** Attended / (attended + no-show); null when no presence of that kind was recorded. */
    public Double cameShare() {
      int known = attended + noShow;
      return known == 0 ? null : (double) attended / known;
    }
  }

  /** One session with its kind (null when the configuration no longer has the kind) and counts. */
  public record Line(GroupSession session, SessionKind kind, Counts counts) {}

  /**
   * Per kind of the configuration, in its order; kinds without sessions in the period included, and
   * after them a kind the configuration no longer has ({@code kind} null, {@code key} as stored).
   */
  public record PerKind(String key, SessionKind kind, Counts counts) {}

  public record Result(LocalDate from, LocalDate to, List<Line> lines, List<PerKind> perKind, Counts total) {}

  public static Result compute(List<SessionKind> kinds, Collection<GroupSession> sessions,
      Collection<SessionAttendance> invitations, LocalDate from, LocalDate to) {
    Map<UUID, List<SessionAttendance>> bySession = new HashMap<>();
    invitations.forEach(i -> bySession.computeIfAbsent(i.sessionId(), k -> new ArrayList<>()).add(i));
    Map<String, SessionKind> kindOf = new LinkedHashMap<>();
    kinds.forEach(k -> kindOf.put(k.key(), k));
    Map<String, Counts> perKindCounts = new LinkedHashMap<>();
    kinds.forEach(k -> perKindCounts.put(k.key(), Counts.NONE));
    List<Line> lines = new ArrayList<>();
    Counts total = Counts.NONE;
    for (GroupSession s : sessions) {
      if (s.date().isBefore(from) || s.date().isAfter(to)) {
        continue;
      }
      Counts counts = count(s, bySession.getOrDefault(s.id(), List.of()));
      lines.add(new Line(s, kindOf.get(s.kind()), counts));
      perKindCounts.merge(s.kind(), counts, Counts::plus);
      total = total.plus(counts);
    }
    lines.sort(Comparator.comparing((Line l) -> l.session().date()).reversed()
        .thenComparing(l -> l.session().title(), String.CASE_INSENSITIVE_ORDER));
    List<PerKind> perKind = new ArrayList<>();
    perKindCounts.forEach((key, counts) -> perKind.add(new PerKind(key, kindOf.get(key), counts)));
    return new Result(from, to, List.copyOf(lines), List.copyOf(perKind), total);
  }

  private static Counts count(GroupSession s, List<SessionAttendance> invited) {
    if (s.cancelled()) {
      return new Counts(0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    int attended = 0;
    int noShow = 0;
    int excused = 0;
    int unrecorded = 0;
    int followUps = 0;
    for (SessionAttendance a : invited) {
      if (a.presence() == Presence.ATTENDED) {
        attended++;
      } else if (a.presence() == Presence.NO_SHOW) {
        noShow++;
      } else if (a.presence() == Presence.EXCUSED) {
        excused++;
      } else {
        unrecorded++;
      }
      followUps += a.wantsFollowUp() ? 1 : 0;
    }
    return new Counts(1, 0, invited.size(), attended, noShow, excused, unrecorded, followUps,
        s.visitors() == null ? 0 : s.visitors(), s.interested() == null ? 0 : s.interested());
  }
}
