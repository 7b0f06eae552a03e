package nl.trede.server.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Json;
import nl.trede.server.sync.FileScope;
import nl.trede.sync.RecordType;

/**
 * Reads the synced records figures are computed from, as domain records, for one scope. Deleted
 * records are left out. Reading everything of a type and computing in Java keeps every rule in one
 * tested place (the calculators of this package) instead of in two SQL dialects.
 */
@Singleton
public class KpiRecords {
  private final JdbcOperations jdbc;

  public KpiRecords(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  public <T extends DomainRecord> List<Synced<T>> load(KpiScope scope, RecordType type, Class<T> recordClass) {
    if (type.recordClass() != recordClass) {
      throw new IllegalArgumentException(type + " holds " + type.recordClass().getSimpleName());
    }
    FileScope.Condition files = scope.files().files("r.candidate_id");
    String sql = "SELECT r.data, r.seq, r.created_at FROM sync_record r"
        + " WHERE r.tenant_id = ? AND r.type = ? AND r.deleted = ? AND " + files.sql() + " ORDER BY r.seq";
    return jdbc.execute(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setString(1, scope.tenantId());
        ps.setString(2, type.wireName());
        ps.setBoolean(3, false);
        bind(ps, 4, files);
        List<Synced<T>> records = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            records.add(new Synced<>(read(rs.getString(1), recordClass), rs.getLong(2),
                rs.getTimestamp(3).toInstant()));
          }
        }
        return records;
      }
    });
  }

  /**
   * Every version of the records of a type in scope, as the server received them (record_history):
   * for a candidate, how its classification and flags moved. {@link Synced#seq} is the record's
   * version, {@link Synced#syncedAt} when the server received that version. Oldest first per record.
   */
  public <T extends DomainRecord> List<Synced<T>> history(KpiScope scope, RecordType type, Class<T> recordClass) {
    FileScope.Condition files = scope.files().files("h.candidate_id");
    String sql = "SELECT h.data, h.version, h.changed_at FROM record_history h"
        + " WHERE h.tenant_id = ? AND h.type = ? AND " + files.sql() + " ORDER BY h.record_id, h.version";
    return jdbc.execute(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setString(1, scope.tenantId());
        ps.setString(2, type.wireName());
        bind(ps, 3, files);
        List<Synced<T>> versions = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String json = rs.getString(1);
            // A deleted record's last version may hold no object: nothing to read a version from.
            if (json != null && json.startsWith("{")) {
              versions.add(new Synced<>(read(json, recordClass), rs.getLong(2), rs.getTimestamp(3).toInstant()));
            }
          }
        }
        return versions;
      }
    });
  }

  /** The records of these candidates' files (for a page of candidates); the caller checked scope. */
  public <T extends DomainRecord> List<Synced<T>> loadFiles(String tenantId, RecordType type, Class<T> recordClass,
      java.util.Collection<String> candidateIds) {
    List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(candidateIds));
    List<Synced<T>> records = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      String sql = "SELECT r.data, r.seq, r.created_at FROM sync_record r"
          + " WHERE r.tenant_id = ? AND r.type = ? AND r.deleted = ? AND r.candidate_id IN ("
          + "?,".repeat(chunk.size() - 1) + "?) ORDER BY r.seq";
      records.addAll(jdbc.execute(connection -> {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
          ps.setString(1, tenantId);
          ps.setString(2, type.wireName());
          ps.setBoolean(3, false);
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(4 + i, chunk.get(i));
          }
          List<Synced<T>> found = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              found.add(new Synced<>(read(rs.getString(1), recordClass), rs.getLong(2), rs.getTimestamp(3).toInstant()));
            }
          }
          return found;
        }
      }));
    }
    return records;
  }

  private static void bind(PreparedStatement ps, int from, FileScope.Condition condition) throws java.sql.SQLException {
    for (int i = 0; i < condition.parameters().size(); i++) {
      ps.setObject(from + i, condition.parameters().get(i));
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " does not parse", e);
    }
  }
}
