package nl.trede.server.audit;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import nl.trede.domain.Ids;
import nl.trede.server.jdbc.QueryRunner;

/**
 * Writes audit events. Called inside the transaction of what it records, so an event exists
 * exactly when the change does.
 */
@Singleton
public class AuditLog {
  private static final String INSERT = """
      INSERT INTO audit_event (id, tenant_id, user_id, action, record_type, record_id, outcome, remote_address, at,
        detail, device_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private final QueryRunner queries;
  private final Clock clock;

  public AuditLog(QueryRunner queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  public void record(String tenantId, String userId, String action, String recordType,
      String recordId, String outcome, String remoteAddress) {
    record(tenantId, userId, action, recordType, recordId, outcome, remoteAddress, null);
  }

  /** An event with a detail, e.g. the filters of an office export. */
  public void record(String tenantId, String userId, String action, String recordType,
      String recordId, String outcome, String remoteAddress, String detail) {
    recordAll(List.of(event(tenantId, userId, action, recordType, recordId, outcome, remoteAddress, detail)));
  }

  public AuditEvent event(String tenantId, String userId, String action, String recordType,
      String recordId, String outcome, String remoteAddress) {
    return event(tenantId, userId, action, recordType, recordId, outcome, remoteAddress, null);
  }

  private AuditEvent event(String tenantId, String userId, String action, String recordType,
      String recordId, String outcome, String remoteAddress, String detail) {
    return new AuditEvent(Ids.newId().toString(), tenantId, userId, action, recordType, recordId,
        outcome, remoteAddress, clock.instant(), detail, null);
  }

  /** Many events in one go, for a push of many mutations. */
  public void recordAll(List<AuditEvent> batch) {
    // A plain batch, not the repository's entity persistence: a push writes one event per mutation
    // while it holds the municipality's sequence lock (see sync.RecordRows). One way for all events.
    List<List<Object>> rows = new java.util.ArrayList<>(batch.size());
    for (AuditEvent e : batch) {
      rows.add(java.util.Arrays.asList(e.id(), e.tenantId(), e.userId(), e.action(), e.recordType(), e.recordId(),
          e.outcome(), e.remoteAddress(), e.at(), e.detail(), e.deviceId()));
    }
    queries.batch(INSERT, rows);
  }
}
