package nl.trede.server.office.employers;

import java.util.List;
import java.util.Optional;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.RecordType;

/** Reads the live records of the municipality's employer side (employers, vacancies) as synced. */
final class EmployerRecords {
  private EmployerRecords() {}

  static <T> List<T> all(QueryRunner db, String tenant, RecordType type, Class<T> as) {
    return db.list(new SqlQuery("SELECT data FROM sync_record WHERE tenant_id = ? AND type = ? AND deleted = ?",
        tenant, type.wireName(), false), rs -> StoredJson.read(rs.getString(1), as));
  }

  static <T> Optional<T> one(QueryRunner db, String tenant, RecordType type, String id, Class<T> as) {
    return db.list(new SqlQuery("SELECT data FROM sync_record WHERE tenant_id = ? AND type = ? AND deleted = ? AND id = ?",
        tenant, type.wireName(), false, id), rs -> StoredJson.read(rs.getString(1), as)).stream().findFirst();
  }
}
