package nl.trede.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;

/**
 * When a group session is a contact moment with a candidate (002 §4.4: "Contactmomenten kunnen we
 * zowel individueel als in groepsverband organiseren"; decision 0064): the one rule the field app and
 * the server read before they ask {@link ContactPolicy#due} when the next contact is due. A session
 * counts for a candidate when
 * <ul>
 *   <li>its kind is one the municipality marks {@link SessionKind#countsAsContact} (a kind the
 *       configuration no longer names counts for nothing: no rule says it ever did);</li>
 *   <li>it was not called off ({@link GroupSession#cancelled}), and</li>
 *   <li>the candidate's invitation records them <em>aanwezig</em>: a no-show, a notice beforehand or
 *       presence not recorded is no contact, as a no-show at a conversation is none.</li>
 * </ul>
 * The day that counts is the session's day. What it does to the due date is {@link ContactPolicy#due}'s.
 */
public final class GroupContacts {
  private GroupContacts() {}

  /** The kinds whose attended sessions count; empty when none does, so a reader can skip the invitations. */
  public static Set<String> kinds(MunicipalityConfig config) {
    return config == null ? Set.of() : config.sessionKinds().stream().filter(SessionKind::countsAsContact)
        .map(SessionKind::key).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether this invitation to this session is a contact moment with its candidate. */
  public static boolean counts(MunicipalityConfig config, GroupSession session, SessionAttendance invitation) {
    return counts(kinds(config), session, invitation);
  }

  private static boolean counts(Set<String> kinds, GroupSession session, SessionAttendance invitation) {
    return session != null && invitation != null && session.id().equals(invitation.sessionId())
        && invitation.presence() == SessionAttendance.Presence.ATTENDED && !session.cancelled()
        && session.date() != null && kinds.contains(session.kind());
  }

  /**
   * Per candidate, the days of the group contacts they attended, from the sessions and invitations
   * at hand (an invitation whose session is not among them counts for nothing).
   */
  public static Map<UUID, List<LocalDate>> daysByCandidate(MunicipalityConfig config,
      Collection<GroupSession> sessions, Collection<SessionAttendance> invitations) {
    Set<String> kinds = kinds(config);
    Map<UUID, List<LocalDate>> days = new HashMap<>();
    if (kinds.isEmpty()) {
      return days;
    }
    Map<UUID, GroupSession> byId = new HashMap<>();
    sessions.forEach(s -> byId.put(s.id(), s));
    for (SessionAttendance invitation : invitations) {
      GroupSession session = byId.get(invitation.sessionId());
      if (counts(kinds, session, invitation)) {
        days.computeIfAbsent(invitation.candidateId(), k -> new ArrayList<>()).add(session.date());
      }
    }
    return days;
  }
}
