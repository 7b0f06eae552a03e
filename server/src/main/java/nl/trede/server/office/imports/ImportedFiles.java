package nl.trede.server.office.imports;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;

/**
 * The municipality's own file numbers of imported files, beside the candidates they became (table
 * {@code imported_file}, V11): what makes importing the same file again create nothing twice.
 */
@Singleton
class ImportedFiles {
  private final QueryRunner db;

  ImportedFiles(QueryRunner db) {
    this.db = db;
  }

  Set<String> numbers(String tenantId) {
    return new HashSet<>(db.list(new SqlQuery("SELECT external_number FROM imported_file WHERE tenant_id = ?", tenantId),
        rs -> rs.getString(1)));
  }

  /** In the transaction that creates the files: a number imported meanwhile fails it (primary key). */
  void remember(String tenantId, List<ImportReport.Planned> planned, String userId, Instant at) {
    db.batch("INSERT INTO imported_file (tenant_id, external_number, candidate_id, imported_at, imported_by)"
        + " VALUES (?, ?, ?, ?, ?)", planned.stream().map(p -> List.<Object>of(tenantId, p.number(),
            p.candidate().id().toString(), at, userId)).toList());
  }
}
