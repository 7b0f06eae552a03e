package nl.trede.config;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;

/**
 * Group sessions and invitations against the municipality's session kinds: the rules that need the
 * configuration or the session, beside each record's own checks. The device and the server ask the
 * same, so a coach at the door of a training sees the refusal the server would give.
 */
public final class SessionRules {
  private SessionRules() {}

  /**
   * A session of a kind the municipality holds; its kind never changes once planned, because the
   * invitations were recorded (or deliberately not recorded) by that kind's rule.
   *
   * @param config {@code null} for a municipality without a configuration: it holds no kind of session
   * @param before the session as stored; {@code null} when it is planned now
   */
  public static List<Violation> checkSession(MunicipalityConfig config, GroupSession before, GroupSession after) {
    List<Violation> v = new ArrayList<>();
    if (before != null && !Objects.equals(before.kind(), after.kind())) {
      v.add(new Violation("kind", "immutable", "a session keeps its kind; another kind is another session"));
    } else if (before == null && after.kind() != null && config == null) {
      v.add(new Violation("kind", "unknown-session-kind", "this municipality names no kinds of session"));
    } else if (before == null && after.kind() != null && config.sessionKind(after.kind()).isEmpty()) {
      v.add(new Violation("kind", "unknown-session-kind", "'" + after.kind() + "' is not a kind of session "
          + config.name() + " holds; known: " + config.sessionKinds().stream().map(SessionKind::key).toList()));
    }
    return v;
  }

  /**
   * An invitation to a session that exists, stays with its session and candidate, and records
   * presence only once the session has taken place and only where the municipality records who
   * came: Wijchen's markets do not, "om … niet de indruk van controle te wekken" (004 Bijlage 2).
   * A signature is recorded only where the kind has one signed, and only for who came.
   *
   * @param session the session invited to, as the device or server has it
   * @param before the invitation as stored; {@code null} when it is made now
   */
  public static List<Violation> checkAttendance(MunicipalityConfig config, GroupSession session,
      SessionAttendance before, SessionAttendance after, Clock clock) {
    List<Violation> v = new ArrayList<>();
    if (before != null && (!Objects.equals(before.sessionId(), after.sessionId())
        || !Objects.equals(before.candidateId(), after.candidateId()))) {
      v.add(new Violation("sessionId", "immutable", "an invitation stays with its session and candidate"));
    }
    Optional<SessionKind> kind = config == null ? Optional.empty() : config.sessionKind(session.kind());
    checkPresence(config, session, kind, before, after, clock, v);
    checkDeclaration(kind, before, after, v);
    return v;
  }

  private static void checkPresence(MunicipalityConfig config, GroupSession session, Optional<SessionKind> kind,
      SessionAttendance before, SessionAttendance after, Clock clock, List<Violation> v) {
    if (after.presence() == null || before != null && after.presence() == before.presence()) {
      return;
    }
    boolean byName = kind.map(SessionKind::recordsWhoCame).orElse(true);
    LocalDate today = new Violations(clock).today(); // a day of clock drift allowed, as for every date
    if (!byName) {
      v.add(new Violation("presence", "headcount-only", kind.get().label()
          + ": " + config.name() + " counts who came without recording names"));
    } else if (session.cancelled()) {
      v.add(new Violation("presence", "session-cancelled", "the session did not take place"));
    } else if (session.date().isAfter(today.plusDays(1))) {
      v.add(new Violation("presence", "not-yet-held", "presence is recorded once the session has taken place"));
    }
  }

  /**
   * Signed or not, only where the kind has its attendees sign something (Lansingerland's
   * participatieverklaring, 002 §3.3.8: "Tijdens deze bijeenkomsten ondertekenen de deelnemers een
   * document"), and only for who came: one cannot sign at a meeting one did not attend (ours, decision
   * 0064). Judged when the signature or the presence changes, so a kind that later drops its declaration
   * does not block a note on an old invitation.
   */
  private static void checkDeclaration(Optional<SessionKind> kind, SessionAttendance before,
      SessionAttendance after, List<Violation> v) {
    if (after.declarationSigned() == null || before != null
        && Objects.equals(before.declarationSigned(), after.declarationSigned()) && before.presence() == after.presence()) {
      return;
    }
    if (kind.map(SessionKind::declaration).isEmpty()) {
      v.add(new Violation("declarationSigned", "no-declaration", kind.map(SessionKind::label).orElse("this session")
          + " has its attendees sign nothing"));
    } else if (after.presence() != SessionAttendance.Presence.ATTENDED) {
      v.add(new Violation("declarationSigned", "requires-attended",
          "a declaration is signed at the session: record aanwezig first"));
    }
  }
}
