package nl.trede.server.audit;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import nl.trede.domain.Ids;

/**
 * Writes audit events. Called inside the transaction of what it records, so an event exists
 * exactly when the change does.
 */
@Singleton
public class AuditLog {
  private final AuditEventRepository events;
  private final Clock clock;

  public AuditLog(AuditEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  public void record(String tenantId, String userId, String action, String recordType,
      String recordId, String outcome, String remoteAddress) {
    record(tenantId, userId, action, recordType, recordId, outcome, remoteAddress, null);
  }

  /** An event with a detail, e.g. the filters of an office export. */
  public void record(String tenantId, String userId, String action, String recordType,
      String recordId, String outcome, String remoteAddress, String detail) {
    events.save(event(tenantId, userId, action, recordType, recordId, outcome, remoteAddress, detail));
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
    events.saveAll(batch);
  }
}
