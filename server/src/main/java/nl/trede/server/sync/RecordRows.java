package nl.trede.server.sync;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import nl.trede.server.jdbc.QueryRunner;

/**
 * Writes a push's rows (its records and the memory of its mutation ids) as plain JDBC batches.
 * They are written while the municipality's sequence lock is held, where every millisecond is
 * every other device's wait: Micronaut Data's entity persistence (binding by introspection, one
 * entity at a time) took about a sixth of the server's CPU in the push benchmark, most of it
 * under that lock (docs/benchmarks.md, "Push throughput"). Reads stay with the repositories.
 */
@Singleton
class RecordRows {
  private static final String INSERT = """
      INSERT INTO sync_record (id, tenant_id, type, candidate_id, version, seq, deleted, data, stamps, conflicts,
        created_at, updated_at, updated_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String UPDATE = """
      UPDATE sync_record SET tenant_id = ?, type = ?, candidate_id = ?, version = ?, seq = ?, deleted = ?, data = ?,
        stamps = ?, conflicts = ?, created_at = ?, updated_at = ?, updated_by = ?
      WHERE id = ?""";
  private static final String APPLIED = """
      INSERT INTO applied_mutation (id, tenant_id, user_id, device_id, record_id, outcome, result, applied_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

  private final QueryRunner queries;

  RecordRows(QueryRunner queries) {
    this.queries = queries;
  }

  void insert(Collection<SyncRecordRow> rows) {
    queries.batch(INSERT, rows.stream().map(r -> Arrays.<Object>asList(r.id(), r.tenantId(), r.type(),
        r.candidateId(), r.version(), r.seq(), r.deleted(), r.data(), r.stamps(), r.conflicts(), r.createdAt(),
        r.updatedAt(), r.updatedBy())).toList());
  }

  void update(Collection<SyncRecordRow> rows) {
    queries.batch(UPDATE, rows.stream().map(r -> Arrays.<Object>asList(r.tenantId(), r.type(), r.candidateId(),
        r.version(), r.seq(), r.deleted(), r.data(), r.stamps(), r.conflicts(), r.createdAt(), r.updatedAt(),
        r.updatedBy(), r.id())).toList());
  }

  void remember(Collection<AppliedMutation> applied) {
    List<List<Object>> rows = new ArrayList<>(applied.size());
    for (AppliedMutation a : applied) {
      rows.add(Arrays.asList(a.id(), a.tenantId(), a.userId(), a.deviceId(), a.recordId(), a.outcome(), a.result(),
          a.appliedAt()));
    }
    queries.batch(APPLIED, rows);
  }
}
