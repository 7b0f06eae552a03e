package nl.trede.server.office.sessions;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.SessionKind;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.RecordType;

/**
 * Group sessions as the console reads them (issue 18): one session with the invitations of the files
 * the user reaches, and a candidate's sessions for their file's page. A session names nobody and is
 * the whole municipality's; an invitation is in the candidate's file and shown only to who reaches it.
 */
@Singleton
public class SessionPages {
  private final QueryRunner db;
  private final InstalledConfiguration configurations;
  private final DisplayNames directory;
  private final OfficeText text;

  public SessionPages(QueryRunner db, InstalledConfiguration configurations, DisplayNames directory,
      OfficeText text) {
    this.db = db;
    this.configurations = configurations;
    this.directory = directory;
    this.text = text;
  }

  /**
   * A session as its page shows it.
   *
   * @param recordsWhoCame the kind records presence by name; false for a market counted by headcount
   * @param declarationLabel what the kind has its attendees sign ("Participatieverklaring ondertekend",
   *     002 §3.3.8): the page shows a column of it; null for a kind where nothing is signed
   */
  public record SessionView(GroupSession session, String kindLabel, String kindDescription, boolean recordsWhoCame,
      String organisedBy, List<Invitation> invitations, String declarationLabel) {}

  /**
   * One candidate's invitation, with the session's day and title for the candidate's page.
   *
   * @param declarationLabel the session kind's declaration, null where it has none
   * @param declarationSigned whether they signed it; null while not recorded
   */
  public record Invitation(String candidateId, String candidateName, String sessionId, String sessionTitle,
      LocalDate sessionDate, String kindLabel, String presence, boolean noShow, boolean wantsFollowUp, String note,
      String invitedBy, LocalDate invitedOn, String declarationLabel, Boolean declarationSigned) {}

  public Optional<SessionView> session(OfficeUser user, String sessionId) {
    Optional<GroupSession> found = sessions(user, "r.id = ?", sessionId).stream().findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    GroupSession session = found.get();
    Optional<SessionKind> kind = kind(user, session);
    Map<String, DisplayNames.Person> people = directory.users(user.tenantId());
    List<Invitation> invitations = invitations(user, "r.data LIKE ?", "%" + sessionId + "%", Map.of(sessionId, session))
        .stream().sorted(Comparator.comparing(Invitation::candidateName, String.CASE_INSENSITIVE_ORDER)).toList();
    DisplayNames.Person by = people.get(String.valueOf(session.organisedBy()));
    return Optional.of(new SessionView(session, kind.map(SessionKind::label).orElse(session.kind()),
        kind.map(SessionKind::description).orElse(null), kind.map(SessionKind::recordsWhoCame).orElse(true),
        by == null ? "?" : by.displayName(), invitations, declarationLabel(kind)));
  }

  /** The sessions a candidate was invited to, newest first. */
  public List<Invitation> ofFile(OfficeUser user, String candidateId) {
    return invitations(user, "r.candidate_id = ?", candidateId, null).stream()
        .sorted(Comparator.comparing(Invitation::sessionDate, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }

  private static String declarationLabel(Optional<SessionKind> kind) {
    return kind.map(SessionKind::declaration).map(SessionKind.Declaration::label).orElse(null);
  }

  private Optional<SessionKind> kind(OfficeUser user, GroupSession session) {
    return configurations.of(user.tenantId()).flatMap(c -> c.sessionKind(session.kind()));
  }

  private List<GroupSession> sessions(OfficeUser user, String condition, Object... parameters) {
    SqlQuery sql = new SqlQuery("SELECT r.data FROM sync_record r WHERE r.tenant_id = ? AND r.type = ?"
        + " AND r.deleted = ?", user.tenantId(), RecordType.GROUP_SESSION.wireName(), false);
    if (condition != null) {
      sql.and(condition, parameters);
    }
    return db.list(sql, rs -> StoredJson.read(rs.getString(1), GroupSession.class));
  }

  /**
   * The invitations matching the condition, of the files this user reaches; {@code sessions} by id, or
   * null for the sessions the invitations name (read in one query).
   * The session's page narrows by a text match first and then by the parsed session id, so a
   * candidate whose note happens to hold the id is not shown.
   */
  private List<Invitation> invitations(OfficeUser user, String condition, String parameter,
      Map<String, GroupSession> sessions) {
    SqlQuery sql = new SqlQuery("SELECT r.data FROM sync_record r WHERE r.tenant_id = ? AND r.type = ?"
        + " AND r.deleted = ?", user.tenantId(), RecordType.SESSION_ATTENDANCE.wireName(), false)
        .and(condition, parameter).and(user.scope().files("r.candidate_id"));
    List<SessionAttendance> rows = db.list(sql, rs -> StoredJson.read(rs.getString(1), SessionAttendance.class));
    if (rows.isEmpty()) {
      return List.of();
    }
    if (sessions == null) {
      Map<String, GroupSession> named = new HashMap<>();
      SqlQuery byId = new SqlQuery("SELECT r.data FROM sync_record r WHERE r.tenant_id = ? AND r.type = ?"
          + " AND r.deleted = ?", user.tenantId(), RecordType.GROUP_SESSION.wireName(), false)
          .andIn("r.id", rows.stream().map(a -> a.sessionId().toString()).distinct().toList());
      db.list(byId, rs -> StoredJson.read(rs.getString(1), GroupSession.class))
          .forEach(g -> named.put(g.id().toString(), g));
      sessions = named;
    }
    List<String> candidateIds = rows.stream().map(a -> a.candidateId().toString()).distinct().toList();
    Map<String, DisplayNames.Named> names = directory.names(user.tenantId(), candidateIds);
    Map<String, DisplayNames.Person> people = directory.users(user.tenantId());
    Optional<MunicipalityConfig> config = configurations.of(user.tenantId());
    List<Invitation> invitations = new ArrayList<>();
    for (SessionAttendance a : rows) {
      GroupSession s = sessions.get(a.sessionId().toString());
      if (s == null) {
        continue;
      }
      DisplayNames.Named name = names.get(a.candidateId().toString());
      DisplayNames.Person by = people.get(String.valueOf(a.recordedBy()));
      Optional<SessionKind> kind = config.flatMap(c -> c.sessionKind(s.kind()));
      invitations.add(new Invitation(a.candidateId().toString(), name == null ? "?" : name.name(),
          s.id().toString(), s.title(), s.date(), kind.map(SessionKind::label).orElse(s.kind()),
          a.presence() == null ? text.get("session.presence.none") : text.label("session.presence", a.presence()),
          a.presence() == SessionAttendance.Presence.NO_SHOW, a.wantsFollowUp(), a.note(),
          by == null ? "?" : by.displayName(), a.invitedOn(), declarationLabel(kind), a.declarationSigned()));
    }
    return invitations;
  }
}
