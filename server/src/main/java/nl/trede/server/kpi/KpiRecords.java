package nl.trede.server.kpi;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import nl.trede.domain.DomainRecord;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.RecordType;

/**
 * Reads the synced records figures are computed from, as domain records, for one scope. Deleted
 * records are left out. Reading everything of a type and computing in Java keeps every rule in one
 * tested place (the calculators of this package) instead of in two SQL dialects.
 */
@Singleton
public class KpiRecords {
  private static final String LIVE = "SELECT r.data, r.seq, r.created_at FROM sync_record r"
      + " WHERE r.tenant_id = ? AND r.type = ? AND r.deleted = ?";

  private final QueryRunner queries;

  public KpiRecords(QueryRunner queries) {
    this.queries = queries;
  }

  public <T extends DomainRecord> List<Synced<T>> load(KpiScope scope, RecordType type, Class<T> recordClass) {
    if (type.recordClass() != recordClass) {
      throw new IllegalArgumentException(type + " holds " + type.recordClass().getSimpleName());
    }
    return queries.list(new SqlQuery(LIVE, scope.tenantId(), type.wireName(), false)
        .and(scope.files().files("r.candidate_id")).append("ORDER BY r.seq"), rs -> synced(rs, recordClass));
  }

  /**
   * Every version of the records of a type in scope, as the server received them (record_history):
   * for a candidate, how its classification and flags moved. {@link Synced#seq} is the record's
   * version, {@link Synced#syncedAt} when the server received that version. Oldest first per record.
   */
  public <T extends DomainRecord> List<Synced<T>> history(KpiScope scope, RecordType type, Class<T> recordClass) {
    SqlQuery sql = new SqlQuery("SELECT h.data, h.version, h.changed_at FROM record_history h"
        + " WHERE h.tenant_id = ? AND h.type = ?", scope.tenantId(), type.wireName())
        .and(scope.files().files("h.candidate_id")).append("ORDER BY h.record_id, h.version");
    // A deleted record's last version may hold no object: nothing to read a version from.
    List<Synced<T>> versions = new ArrayList<>();
    queries.list(sql, rs -> {
      String json = rs.getString(1);
      return json != null && json.startsWith("{") ? synced(rs, recordClass) : null;
    }).stream().filter(v -> v != null).forEach(versions::add);
    return versions;
  }

  /** The records of these candidates' files (for a page of candidates); the caller checked scope. */
  public <T extends DomainRecord> List<Synced<T>> loadFiles(String tenantId, RecordType type, Class<T> recordClass,
      Collection<String> candidateIds) {
    List<String> ids = List.copyOf(new LinkedHashSet<>(candidateIds));
    List<Synced<T>> records = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      records.addAll(queries.list(new SqlQuery(LIVE, tenantId, type.wireName(), false)
          .andIn("r.candidate_id", chunk).append("ORDER BY r.seq"), rs -> synced(rs, recordClass)));
    }
    return records;
  }

  private static <T> Synced<T> synced(ResultSet rs, Class<T> type) throws SQLException {
    return new Synced<>(StoredJson.read(rs.getString(1), type), rs.getLong(2), rs.getTimestamp(3).toInstant());
  }
}
