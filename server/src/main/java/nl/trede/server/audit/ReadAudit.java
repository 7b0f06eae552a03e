package nl.trede.server.audit;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.trede.domain.Ids;
import nl.trede.server.jdbc.QueryRunner;

/**
 * Reads of personal data, traceable (BIO 8.15): who read which candidate files, on which device or
 * console page, with which filter, from where, when. One read (a pull page, a console page, an
 * export) is one audit event; the candidate files it carried are one narrow row each in
 * {@code audit_read_file}, never a row per record. "Who saw this file lately" is then one range scan
 * of the index (tenant, candidate, at) on SQLite and PostgreSQL alike, where a list of ids inside
 * the event would need a scan of every event's text.
 */
@Singleton
public class ReadAudit {
  private final AuditEventRepository events;
  private final TransactionOperations<Connection> transactions;
  private final QueryRunner queries;
  private final Clock clock;

  public ReadAudit(AuditEventRepository events, TransactionOperations<Connection> transactions, QueryRunner queries,
      Clock clock) {
    this.events = events;
    this.transactions = transactions;
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * One read.
   *
   * @param deviceId the device it went to (a pull), or the console's own id
   * @param recordType with {@code recordId}: the one record it was about, when there is one
   * @param outcome "ok", or "refused" for a look that was not allowed (it showed nothing)
   * @param detail what was asked for: a filter, a search, a page; never names or notes
   * @param candidateIds the candidate files it showed
   */
  public record Read(String tenantId, String userId, String deviceId, String action, String recordType,
      String recordId, String outcome, String detail, Collection<String> candidateIds, String remoteAddress) {}

  /** Writes the read before its answer leaves the server: no trace, no data. */
  public void record(Read read) {
    Set<String> files = new LinkedHashSet<>();
    read.candidateIds().stream().filter(id -> id != null).forEach(files::add);
    AuditEvent event = new AuditEvent(Ids.newId().toString(), read.tenantId(), read.userId(), read.action(),
        read.recordType(), read.recordId(), read.outcome(), read.remoteAddress(), clock.instant(),
        read.detail(), read.deviceId());
    transactions.executeWrite(status -> {
      events.save(event);
      if (!files.isEmpty()) {
        insertFiles(event, files);
      }
      return null;
    });
  }

  private void insertFiles(AuditEvent event, Set<String> files) {
    List<List<Object>> rows = new ArrayList<>(files.size());
    for (String candidateId : files) {
      rows.add(List.of(event.id(), event.tenantId(), candidateId, event.at()));
    }
    queries.batch("INSERT INTO audit_read_file (event_id, tenant_id, candidate_id, at) VALUES (?, ?, ?, ?)", rows);
  }
}
