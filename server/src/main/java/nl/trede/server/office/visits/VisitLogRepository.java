package nl.trede.server.office.visits;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Corrections;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.projection.SearchText;
import nl.trede.server.office.view.DisplayFormat;

/**
 * The visit log's queries on the {@code visit_log} projection. Pages are keyset pages (newest
 * event first, then record id): each page is an index range scan whatever its depth, where OFFSET
 * would read and discard every earlier row.
 */
@Singleton
public class VisitLogRepository {
  private final QueryRunner db;

  public VisitLogRepository(QueryRunner db) {
    this.db = db;
  }

  /**
   * One projected row with its record's JSON and whether it is out of force: corrected, or set aside
   * by another correction of the same entry, or a version of a withdrawn entry (the one rule of
   * {@link Corrections}).
   *
   * @param withdraws the row is a correction that withdraws what it corrects
   * @param withdrawn the entry this row is a version of was withdrawn
   */
  public record Row(String recordId, String kind, String candidateId, String employerId,
      String authorId, String location, String eventAt, boolean noShow, String correctsId, boolean withdraws,
      Instant syncedAt, String data, boolean corrected, boolean withdrawn, boolean afterHandover) {
    Corrections.Link link() {
      return new Corrections.Link(UUID.fromString(recordId), correctsId == null ? null : UUID.fromString(correctsId),
          withdraws);
    }
  }

  public record Page(List<Row> rows, String next) {}

  public Page page(OfficeUser user, VisitFilter filter, String after, int limit) {
    List<Row> rows = outOfForce(user, db.list(pageSql(user, filter, after, limit), VisitLogRepository::row));
    boolean more = rows.size() > limit;
    List<Row> page = more ? rows.subList(0, limit) : rows;
    String next = more ? new Cursor(page.get(page.size() - 1).eventAt(), page.get(page.size() - 1).recordId())
        .encode() : null;
    return new Page(page, next);
  }

  /** One page and one row more (which says whether another page follows). */
  SqlQuery pageSql(OfficeUser user, VisitFilter filter, String after, int limit) {
    SqlQuery sql = new SqlQuery("""
        SELECT v.record_id, v.kind, v.candidate_id, v.employer_id, v.author_id, v.location, v.event_at,
               v.no_show, v.corrects_id, v.withdrawn, v.synced_at, r.data,
               CASE WHEN h.record_id IS NULL THEN 0 ELSE 1 END AS after_handover
        FROM visit_log v JOIN sync_record r ON r.id = v.record_id
          LEFT JOIN handover_arrival h ON h.record_id = v.record_id
        WHERE v.tenant_id = ?""", user.tenantId());
    where(sql, user, filter);
    Cursor cursor = Cursor.decode(after);
    if (cursor != null) {
      sql.and("(v.event_at < ? OR (v.event_at = ? AND v.record_id < ?))",
          cursor.eventAt(), cursor.eventAt(), cursor.recordId());
    }
    sql.append("ORDER BY v.event_at DESC, v.record_id DESC LIMIT ?", limit + 1);
    return sql;
  }

  /**
   * The rows with {@code corrected} set by the one rule of what is in force: over the corrections in
   * the files of these rows (a correction is always in its own file), so two offline corrections of
   * one entry are not both shown as counting.
   */
  private List<Row> outOfForce(OfficeUser user, List<Row> rows) {
    Set<String> files = new HashSet<>();
    List<Corrections.Link> links = new ArrayList<>();
    for (Row r : rows) {
      files.add(r.candidateId());
      links.add(r.link());
    }
    files.remove(null);
    SqlQuery sql = new SqlQuery("SELECT record_id, corrects_id, withdrawn FROM visit_log WHERE tenant_id = ?"
        + " AND corrects_id IS NOT NULL AND (candidate_id IS NULL" + (files.isEmpty() ? "" : " OR candidate_id IN ("
        + String.join(", ", java.util.Collections.nCopies(files.size(), "?")) + ")") + ")", user.tenantId())
        .parameters(files);
    links.addAll(db.list(sql, rs -> new Corrections.Link(UUID.fromString(rs.getString(1)),
        UUID.fromString(rs.getString(2)), rs.getBoolean(3))));
    Corrections.Verdict verdict = Corrections.decide(links);
    return rows.stream().map(r -> {
      UUID id = UUID.fromString(r.recordId());
      return new Row(r.recordId(), r.kind(), r.candidateId(), r.employerId(), r.authorId(), r.location(), r.eventAt(),
          r.noShow(), r.correctsId(), r.withdraws(), r.syncedAt(), r.data(), verdict.notInForce().contains(id),
          verdict.withdrawn(id), r.afterHandover());
    }).toList();
  }

  public long count(OfficeUser user, VisitFilter filter) {
    SqlQuery sql = new SqlQuery("SELECT COUNT(*) FROM visit_log v WHERE v.tenant_id = ?", user.tenantId());
    where(sql, user, filter);
    return db.count(sql);
  }

  private static void where(SqlQuery sql, OfficeUser user, VisitFilter f) {
    sql.and(user.scope().records("v.candidate_id"));
    if (f.kind() != null) {
      sql.and("v.kind = ?", f.kind());
    }
    if (f.coach() != null) {
      sql.and("v.author_id = ?", f.coach());
    }
    if (f.candidate() != null) {
      sql.and("v.candidate_id = ?", f.candidate());
    }
    if (f.name() != null) {
      sql.and("""
          v.candidate_id IN (SELECT n.record_id FROM record_name n WHERE n.tenant_id = ?
            AND n.type = 'candidate' AND n.search_name LIKE ? ESCAPE '\\')""",
          user.tenantId(), SearchText.containsPattern(f.name()));
    }
    if (f.employer() != null) {
      sql.and("v.employer_id = ?", f.employer());
    }
    if (f.location() != null) {
      sql.and("v.location = ?", f.location());
    }
    if (f.from() != null) {
      sql.and("v.event_at >= ?", f.from().toString());
    }
    if (f.to() != null) {
      // event_at is yyyy-MM-dd or yyyy-MM-ddTHH:mm: everything before the next day is on or before 'to'.
      sql.and("v.event_at < ?", f.to().plusDays(1).toString());
    }
    if (f.syncedFrom() != null) {
      sql.and("v.synced_at >= ?", f.syncedFrom().atStartOfDay(DisplayFormat.ZONE).toInstant());
    }
    if (f.syncedTo() != null) {
      sql.and("v.synced_at < ?", f.syncedTo().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(DisplayFormat.ZONE).toInstant());
    }
    if (f.noShow()) {
      sql.and("v.no_show = ?", true);
    }
    if (f.signal()) {
      sql.and("v.signals IS NOT NULL");
    }
    if (f.afterHandover()) {
      sql.and("EXISTS (SELECT 1 FROM handover_arrival a WHERE a.record_id = v.record_id)");
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getBoolean(10),
        rs.getTimestamp(11).toInstant(), rs.getString(12), false, false, rs.getInt(13) == 1);
  }

  /** Where a page ends: the last row's sort key, opaque to the browser. */
  record Cursor(String eventAt, String recordId) {
    String encode() {
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString((eventAt + "|" + recordId).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", 2);
        return parts.length == 2 ? new Cursor(parts[0], parts[1]) : null;
      } catch (IllegalArgumentException e) {
        // A cursor that was not ours starts at the first page rather than failing.
        return null;
      }
    }
  }
}
