package nl.trede.server.office.audit;

import io.micronaut.http.HttpParameters;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Columns;
import nl.trede.server.office.export.TableSink;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/** The audit log of one municipality, for its admin: who did what, to which record, from where, when. */
@Singleton
public class AuditTrail {
  public static final int PAGE_SIZE = 50;
  /** The actions the filter offers; the log may hold others, which show under their own name. */
  public static final List<String> ACTIONS = List.of("office.view-candidate", "office.view-visits",
      "office.list-visits", "office.list-candidates", "office.view-dashboard", "office.view-conflicts",
      "office.list-referrals", "office.view-referral", "office.view-session", "office.view-employer",
      "office.view-audit", "office.export", "office.view-reads",
      "office.register-file", "office.check-duplicates", "office.edit-file", "office.assign-file",
      "office.close-file", "office.reopen-file", "office.refer", "office.accept-referral", "office.decline-referral",
      "office.sign-off-referral", "office.resolve-conflict", "office.import-check", "office.import",
      "office.login", "office.two-factor", "office.logout", "login", "password-change", "admin.create-user",
      "admin.reset-password", "admin.deactivate-user", "admin.reactivate-user", "admin.revoke-device",
      "matching.candidates", "sync.pull", "sync.create", "sync.update", "sync.delete");

  private final QueryRunner db;
  private final DisplayNames directory;
  private final OfficeText text;
  private final AuditRecords records;
  private final AuditDetails details;

  public AuditTrail(QueryRunner db, DisplayNames directory, OfficeText text, AuditRecords records,
      AuditDetails details) {
    this.db = db;
    this.directory = directory;
    this.text = text;
    this.records = records;
    this.details = details;
  }

  public record Filter(String user, String action, LocalDate from, LocalDate to) {
    public static Filter from(HttpParameters p) {
      String user = p.get("user");
      String action = p.get("action");
      return new Filter(user == null || user.isBlank() ? null : user.trim(),
          action != null && ACTIONS.contains(action) ? action : null, date(p.get("from")), date(p.get("to")));
    }

    public String query() {
      Map<String, String> m = new LinkedHashMap<>();
      if (user != null) {
        m.put("user", user);
      }
      if (action != null) {
        m.put("action", action);
      }
      if (from != null) {
        m.put("from", from.toString());
      }
      if (to != null) {
        m.put("to", to.toString());
      }
      return m.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
    }

    private static LocalDate date(String value) {
      try {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  /**
   * @param recordLabel what the record is: a record type in Dutch
   * @param recordName which one, in words (a candidate's name, an entry's candidate and date); null when
   *     out of the reader's reach or gone
   * @param fileId the candidate file the record belongs to, for a link; null outside a file
   * @param detail the detail as the admin reads it; {@code rawDetail} as it was written
   */
  public record Event(String id, Instant at, String userName, String action, String actionLabel,
      String recordType, String recordLabel, String recordId, String recordName, String fileId,
      String outcome, String outcomeLabel, String remoteAddress, String detail, String rawDetail) {}

  public record Page(List<Event> events, String next) {}

  private record Raw(String id, String userId, String action, String recordType, String recordId, String outcome,
      String remoteAddress, Instant at, String detail) {}

  /** How many events the filter finds, for the pager's "1–50 van 383". */
  public long count(OfficeUser admin, Filter filter) {
    return db.count(filtered(new SqlQuery("SELECT COUNT(*) FROM audit_event a WHERE a.tenant_id = ?", admin.tenantId()),
        filter));
  }

  private static SqlQuery filtered(SqlQuery sql, Filter filter) {
    if (filter.user() != null) {
      sql.and("a.user_id = ?", filter.user());
    }
    if (filter.action() != null) {
      sql.and("a.action = ?", filter.action());
    }
    if (filter.from() != null) {
      sql.and("a.at >= ?", filter.from().atStartOfDay(DisplayFormat.ZONE).toInstant());
    }
    if (filter.to() != null) {
      sql.and("a.at < ?", filter.to().plusDays(1).atStartOfDay(DisplayFormat.ZONE).toInstant());
    }
    return sql;
  }

  public Page page(OfficeUser admin, Filter filter, String after, int size) {
    SqlQuery sql = filtered(new SqlQuery("SELECT a.id, a.user_id, a.action, a.record_type, a.record_id, a.outcome,"
        + " a.remote_address, a.at, a.detail FROM audit_event a WHERE a.tenant_id = ?", admin.tenantId()), filter);
    String[] cursor = decode(after);
    if (cursor != null) {
      Instant at = Instant.ofEpochMilli(Long.parseLong(cursor[0]));
      sql.and("(a.at < ? OR (a.at = ? AND a.id < ?))", at, at, cursor[1]);
    }
    sql.append("ORDER BY a.at DESC, a.id DESC LIMIT ?", size + 1);
    List<Raw> raw = db.list(sql, rs -> new Raw(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9)));
    boolean more = raw.size() > size;
    List<Raw> page = more ? raw.subList(0, size) : raw;
    Map<String, DisplayNames.Person> users = directory.users(admin.tenantId());
    Map<String, AuditRecords.Described> described = records.describe(admin,
        page.stream().map(r -> new AuditRecords.Ref(r.recordType(), r.recordId())).toList());
    List<Event> events = new ArrayList<>(page.size());
    for (Raw r : page) {
      DisplayNames.Person p = r.userId() == null ? null : users.get(r.userId());
      AuditRecords.Described d = r.recordId() == null ? null : described.get(r.recordId());
      events.add(new Event(r.id(), r.at(), p == null ? text.get("visits.unknown") : p.displayName(), r.action(),
          text.label("audit.action", r.action()), r.recordType(), text.label("type", r.recordType()), r.recordId(),
          d == null ? null : d.name(), d == null ? null : d.candidateId(),
          r.outcome(), text.label("audit.outcome", r.outcome()), r.remoteAddress(),
          details.read(admin.tenantId(), r.detail()), r.detail()));
    }
    String next = more ? encode(page.get(page.size() - 1)) : null;
    return new Page(events, next);
  }

  /** The export's columns: each header with its value, in the order the export shows them. */
  private Columns<Event> columns() {
    return new Columns<Event>()
        .dateTime(text.get("audit.col.at"), Event::at)
        .text(text.get("audit.col.user"), Event::userName)
        .text(text.get("audit.col.action"), Event::actionLabel)
        .text(text.get("audit.col.record-type"), Event::recordLabel)
        .text(text.get("audit.col.record"), Event::recordName)
        .text(text.get("audit.col.record-id"), Event::recordId)
        .text(text.get("audit.col.outcome"), Event::outcomeLabel)
        .text(text.get("audit.col.from"), Event::remoteAddress)
        .text(text.get("audit.col.detail"), Event::detail);
  }

  /** Writes the log; the files whose names it shows go to {@code files}, for the read audit. */
  public int export(OfficeUser admin, Filter filter, TableSink sink, java.util.Collection<String> files)
      throws IOException {
    Columns<Event> columns = columns();
    columns.header(sink);
    int rows = 0;
    String after = null;
    do {
      Page page = page(admin, filter, after, 1000);
      for (Event e : page.events()) {
        if (e.fileId() != null && e.recordName() != null) {
          files.add(e.fileId());
        }
        columns.write(sink, e);
        rows++;
      }
      after = page.next();
    } while (after != null);
    return rows;
  }

  private static String encode(Raw r) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((r.at().toEpochMilli() + "|" + r.id()).getBytes(StandardCharsets.UTF_8));
  }

  private static String[] decode(String after) {
    if (after == null || after.isBlank()) {
      return null;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|", 2);
      Long.parseLong(parts[0]);
      return parts.length == 2 ? parts : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
