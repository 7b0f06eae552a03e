package nl.trede.server.office.audit;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.trede.server.accounts.DeviceTokenRepository;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.projection.SearchText;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * "Who has seen this person's file lately, on which device or page?" (BIO 8.15), for the admin:
 * every read recorded with the file in the last {@link #DAYS} days, newest first, from the read
 * audit's index on (municipality, candidate, time).
 */
@Singleton
public class ReadTrail {
  public static final int DAYS = 90;
  /** More than a page can sensibly show; the audit export has everything. */
  static final int LIMIT = 1000;
  static final int MATCHES = 25;

  private final QueryRunner db;
  private final DeviceTokenRepository logins;
  private final DisplayNames directory;
  private final OfficeText text;
  private final Clock clock;
  private final AuditDetails details;

  public ReadTrail(QueryRunner db, DeviceTokenRepository logins, DisplayNames directory, OfficeText text,
      Clock clock, AuditDetails details) {
    this.details = details;
    this.db = db;
    this.logins = logins;
    this.directory = directory;
    this.text = text;
    this.clock = clock;
  }

  /** @param closedOn the day the file closed, when it is closed today; null while open */
  public record Match(String id, String name, boolean deleted, java.time.LocalDate closedOn) {}

  /** Candidates of the admin's municipality whose name contains the search (deleted and closed ones too). */
  public List<Match> find(OfficeUser admin, String query) {
    SqlQuery sql = new SqlQuery("SELECT n.record_id, n.name, n.deleted, n.exit_date FROM record_name n"
        + " WHERE n.tenant_id = ? AND n.type = ?", admin.tenantId(), "candidate");
    sql.and("n.search_name LIKE ? ESCAPE '\\'", SearchText.containsPattern(query));
    sql.append("ORDER BY n.sort_name, n.record_id LIMIT ?", MATCHES);
    java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(DisplayFormat.ZONE));
    return db.list(sql, rs -> {
      String exit = rs.getString(4);
      java.time.LocalDate closed = exit == null ? null : java.time.LocalDate.parse(exit);
      return new Match(rs.getString(1), rs.getString(2), rs.getBoolean(3),
          closed != null && !closed.isAfter(today) ? closed : null);
    });
  }

  /** The candidate's name, if the file is of the admin's municipality. */
  public Optional<DisplayNames.Named> candidate(OfficeUser admin, String candidateId) {
    return Optional.ofNullable(directory.names(admin.tenantId(), List.of(candidateId)).get(candidateId));
  }

  /**
   * One read of the file: when, who (and their role), through what (the app on a named device, or a
   * console page), what was asked (filter, search), from where.
   */
  public record Seen(Instant at, String userName, String roleLabel, boolean device, String where,
      String whatLabel, String detail, String remoteAddress) {}

  private record Raw(Instant at, String userId, String action, String deviceId, String detail, String remote) {}

  public List<Seen> seen(OfficeUser admin, String candidateId) {
    Instant since = clock.instant().minus(Duration.ofDays(DAYS));
    List<Raw> rows = db.list(new SqlQuery("""
        SELECT a.at, a.user_id, a.action, a.device_id, a.detail, a.remote_address
        FROM audit_read_file f JOIN audit_event a ON a.id = f.event_id
        WHERE f.tenant_id = ? AND f.candidate_id = ? AND f.at >= ?
        ORDER BY f.at DESC, f.event_id DESC LIMIT ?""", admin.tenantId(), candidateId, since, LIMIT),
        rs -> new Raw(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)));
    Map<String, DisplayNames.Person> users = directory.users(admin.tenantId());
    Map<String, String> devices = deviceNames(rows);
    List<Seen> seen = new ArrayList<>(rows.size());
    for (Raw r : rows) {
      DisplayNames.Person p = users.get(r.userId());
      boolean device = !OfficeUser.CONSOLE_DEVICE.toString().equals(r.deviceId());
      String where = device
          ? text.get("reads.device", devices.getOrDefault(r.deviceId(), text.get("reads.device.unnamed")),
              r.deviceId() == null ? "" : r.deviceId().substring(0, Math.min(8, r.deviceId().length())))
          : text.get("reads.console");
      seen.add(new Seen(r.at(), p == null ? text.get("visits.unknown") : p.displayName(),
          p == null ? "" : text.label("role", p.role()), device, where, text.label("audit.action", r.action()),
          details.read(admin.tenantId(), r.detail()), r.remote()));
    }
    return seen;
  }

  /** The name each device gave itself at its latest login. */
  private Map<String, String> deviceNames(List<Raw> rows) {
    Set<String> ids = new LinkedHashSet<>();
    rows.stream().map(Raw::deviceId).filter(id -> id != null && !id.equals(OfficeUser.CONSOLE_DEVICE.toString()))
        .forEach(ids::add);
    Map<String, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    logins.findByDeviceIdInAndDeviceNameIsNotNullOrderByCreatedAt(ids)
        .forEach(login -> names.put(login.deviceId(), login.deviceName()));
    return names;
  }
}
