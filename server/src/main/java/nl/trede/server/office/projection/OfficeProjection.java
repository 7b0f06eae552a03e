package nl.trede.server.office.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import nl.trede.domain.Json;
import nl.trede.server.office.web.Fmt;
import nl.trede.server.sync.RecordWriteListener;
import nl.trede.server.sync.SyncRecordRow;
import nl.trede.sync.RecordType;

/**
 * Keeps the console's two small tables in step with sync, inside the push's transaction:
 * {@code visit_log} (the columns the visit log filters and sorts on, one row per contact, ladder
 * step and coaching-hours entry) and {@code record_name} (candidate and employer names for search).
 * So the console never filters JSON, which SQLite and PostgreSQL would each do their own way and
 * neither fast. The same SQL (INSERT … ON CONFLICT) runs on both.
 */
@Singleton
public class OfficeProjection implements RecordWriteListener {
  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private static final String VISIT = """
      INSERT INTO visit_log (record_id, tenant_id, kind, candidate_id, employer_id, author_id,
        location, event_at, no_show, corrects_id, synced_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (record_id) DO NOTHING""";
  private static final String NAME_INSERT = """
      INSERT INTO record_name (record_id, tenant_id, type, name, search_name, sort_name, deleted)
      VALUES (?, ?, ?, ?, ?, ?, ?)""";
  private static final String NAME_UPSERT = NAME_INSERT + """

      ON CONFLICT (record_id) DO UPDATE SET name = excluded.name, search_name = excluded.search_name,
        sort_name = excluded.sort_name, deleted = excluded.deleted""";
  private static final String NAME_KEEP = NAME_INSERT + " ON CONFLICT (record_id) DO NOTHING";
  private static final String NAME_DELETED = "UPDATE record_name SET deleted = ? WHERE record_id = ?";

  private final JdbcOperations jdbc;

  public OfficeProjection(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void written(Collection<SyncRecordRow> rows) {
    project(rows, false);
  }

  /**
   * Projects rows in the current transaction. {@code catchingUp} (filling in rows written before
   * the console existed) never overwrites: a push may have projected a newer state meanwhile.
   */
  void project(Collection<SyncRecordRow> rows, boolean catchingUp) {
    jdbc.execute(connection -> {
      try (PreparedStatement visits = connection.prepareStatement(VISIT);
           PreparedStatement names = connection.prepareStatement(catchingUp ? NAME_KEEP : NAME_UPSERT);
           PreparedStatement deletions = connection.prepareStatement(NAME_DELETED)) {
        int v = 0;
        int n = 0;
        int d = 0;
        for (SyncRecordRow row : rows) {
          RecordType type = RecordType.fromWire(row.type());
          switch (type) {
            case CONTACT, LADDER_STEP, COACHING_HOURS -> {
              if (!row.deleted()) {
                bindVisit(visits, row, type, read(row));
                visits.addBatch();
                v++;
              }
            }
            case CANDIDATE, EMPLOYER -> {
              if (row.deleted()) {
                // A tombstone carries no name: keep the one we have, marked deleted.
                deletions.setBoolean(1, true);
                deletions.setString(2, row.id());
                deletions.addBatch();
                d++;
              } else {
                bindName(names, row, type, read(row));
                names.addBatch();
                n++;
              }
            }
            case VACANCY -> { }
          }
        }
        if (v > 0) {
          visits.executeBatch();
        }
        if (n > 0) {
          names.executeBatch();
        }
        if (d > 0) {
          deletions.executeBatch();
        }
      }
      return null;
    });
  }

  private static void bindVisit(PreparedStatement ps, SyncRecordRow row, RecordType type, JsonNode data)
      throws SQLException {
    ps.setString(1, row.id());
    ps.setString(2, row.tenantId());
    ps.setString(3, type.wireName());
    setText(ps, 4, data.get("candidateId"));
    setText(ps, 5, data.get("employerId"));
    ps.setString(6, data.path("authorId").asText());
    setText(ps, 7, type == RecordType.CONTACT ? data.get("location") : null);
    ps.setString(8, eventAt(type, data));
    ps.setBoolean(9, type == RecordType.CONTACT && data.path("noShow").asBoolean(false));
    setText(ps, 10, data.get("correctsId"));
    ps.setTimestamp(11, Timestamp.from(row.createdAt()));
  }

  /**
   * The local date of the event, with the time for contacts: a contact at 23:30 UTC on 31 March is
   * a visit on 1 April in the Netherlands, and filters by period must say so.
   */
  static String eventAt(RecordType type, JsonNode data) {
    if (type == RecordType.CONTACT) {
      Instant occurred = Instant.parse(data.path("occurredAt").asText());
      return MINUTE.format(LocalDateTime.ofInstant(occurred, Fmt.ZONE));
    }
    return data.path("date").asText();
  }

  private static void bindName(PreparedStatement ps, SyncRecordRow row, RecordType type, JsonNode data)
      throws SQLException {
    String name;
    String sort;
    if (type == RecordType.CANDIDATE) {
      String given = data.path("givenName").asText("");
      String family = data.path("familyName").asText("");
      name = (given + " " + family).trim();
      sort = family + " " + given;
    } else {
      name = data.path("name").asText("");
      sort = name;
    }
    ps.setString(1, row.id());
    ps.setString(2, row.tenantId());
    ps.setString(3, type.wireName());
    ps.setString(4, name);
    ps.setString(5, SearchText.normalise(name));
    ps.setString(6, SearchText.normalise(sort));
    ps.setBoolean(7, false);
  }

  private static void setText(PreparedStatement ps, int index, JsonNode value) throws SQLException {
    if (value == null || value.isNull()) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value.asText());
    }
  }

  private static JsonNode read(SyncRecordRow row) {
    try {
      return Json.MAPPER.readTree(row.data());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse: record " + row.id(), e);
    }
  }
}
