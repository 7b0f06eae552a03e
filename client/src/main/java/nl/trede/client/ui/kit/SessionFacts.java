package nl.trede.client.ui.kit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.SessionKind;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import nl.trede.sync.RecordType;

/**
 * The group sessions on this device with the invitations of the files it holds (issue 18), read
 * once for a screen: the sessions list, a session's page, the agenda and a candidate's page say
 * the same "3 uitgenodigd · 2 aanwezig" and the same day and time. Invitations of files the device
 * does not hold never reach it, so every count is of the user's own files.
 */
public final class SessionFacts {
  private final Messages messages;
  private final MunicipalityConfig config;
  private final List<GroupSession> sessions;
  private final Map<UUID, List<SessionAttendance>> invitations;

  private SessionFacts(Messages messages, MunicipalityConfig config, List<GroupSession> sessions,
      Map<UUID, List<SessionAttendance>> invitations) {
    this.messages = messages;
    this.config = config;
    this.sessions = sessions;
    this.invitations = invitations;
  }

  public static SessionFacts of(FieldContext context) {
    List<SessionAttendance> all = context.store().all(RecordType.SESSION_ATTENDANCE);
    return new SessionFacts(context.messages(), context.config().orElse(null),
        context.store().all(RecordType.GROUP_SESSION),
        all.stream().collect(Collectors.groupingBy(SessionAttendance::sessionId)));
  }

  public List<GroupSession> sessions() {
    return sessions;
  }

  public Optional<GroupSession> session(UUID id) {
    return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The municipality's kinds of session, as configured; none before the first sync. */
  public List<SessionKind> kinds() {
    return config == null ? List.of() : config.sessionKinds();
  }

  public Optional<SessionKind> kind(String key) {
    return config == null || key == null ? Optional.empty() : config.sessionKind(key);
  }

  /** The kind's label; its key when the configuration no longer names it. */
  public String kindLabel(String key) {
    return kind(key).map(SessionKind::label).orElse(key == null ? messages.get("common.unknown") : key);
  }

  /**
   * Whether presence is recorded per person: a kind the configuration no longer knows is treated as
   * the server treats it (by name).
   */
  public boolean byName(GroupSession session) {
    return kind(session.kind()).map(SessionKind::recordsWhoCame).orElse(true);
  }

  /** What the session's kind has its attendees sign (002 §3.3.8), as the kind labels it; empty for none. */
  public Optional<String> declarationLabel(GroupSession session) {
    return kind(session.kind()).map(SessionKind::declaration).map(SessionKind.Declaration::label);
  }

  /** The invitations of the files on this device, in no particular order. */
  public List<SessionAttendance> invited(UUID sessionId) {
    return invitations.getOrDefault(sessionId, List.of());
  }

  /** The invitations of one file, with their sessions, the latest session first. */
  public List<Invitation> ofCandidate(UUID candidateId) {
    List<Invitation> found = new ArrayList<>();
    invitations.values().stream().flatMap(List::stream).filter(a -> candidateId.equals(a.candidateId()))
        .forEach(a -> session(a.sessionId()).ifPresent(s -> found.add(new Invitation(s, a))));
    found.sort(Comparator.comparing((Invitation i) -> i.session().date(), Comparator.nullsLast(Comparator.reverseOrder())));
    return found;
  }

  /** One invitation with the session it is to. */
  public record Invitation(GroupSession session, SessionAttendance attendance) {}

  /** "dinsdag 3 dec. · 14:00", or without the time when none was given. */
  public String when(GroupSession s) {
    String day = messages.day(s.date());
    return s.startTime() == null ? day : messages.get("sessions.dayAndTime", day, s.startTime().toString());
  }

  /**
   * What the day brings or brought in numbers: "3 uitgenodigd · 2 aanwezig" for the user's own
   * files (presence once the day has come), and the numbers of the day when given. A kind counted
   * without names says nothing of the invited: only the numbers of the day (Wijchen, 004 Bijlage 2).
   * Empty when there is nothing to say.
   */
  public String counts(GroupSession s, LocalDate today) {
    List<String> parts = new ArrayList<>();
    List<SessionAttendance> invited = invited(s.id());
    if (byName(s) && !invited.isEmpty()) {
      parts.add(messages.get("sessions.invited", invited.size()));
      if (s.hasTakenPlace(today)) {
        parts.add(messages.get("sessions.attended", invited.stream().filter(a -> a.presence() == Presence.ATTENDED)
            .count()));
      }
    }
    if (s.visitors() != null) {
      parts.add(messages.get("sessions.visitors", s.visitors()));
    }
    if (s.interested() != null) {
      parts.add(messages.get("sessions.interested", s.interested()));
    }
    return String.join(" · ", parts);
  }
}
