package nl.trede.server.office.projection;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.sync.SyncRecordRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At startup, projects records that were synced before the console's tables existed (or by a
 * server without it), in chunks. Harmless to run on several instances at once: it only inserts
 * what is missing and never overwrites.
 */
@Singleton
class ProjectionCatchUp {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectionCatchUp.class);
  private static final int CHUNK = 1000;
  private static final String MISSING = """
      SELECT r.* FROM sync_record r
      WHERE r.id > ? AND ((r.type IN ('contact', 'ladder-step', 'coaching-hours', 'employer-contact') AND r.deleted = ?
             AND NOT EXISTS (SELECT 1 FROM visit_log v WHERE v.record_id = r.id))
         OR (r.type IN ('candidate', 'employer') AND r.deleted = ?
             AND NOT EXISTS (SELECT 1 FROM record_name n WHERE n.record_id = r.id))
         OR (r.type = 'placement' AND r.deleted = ?
             AND NOT EXISTS (SELECT 1 FROM placement_link p WHERE p.placement_id = r.id)))
      ORDER BY r.id LIMIT ?""";

  private final QueryRunner db;
  private final TransactionOperations<Connection> transactions;
  private final OfficeProjection projection;

  ProjectionCatchUp(QueryRunner db, TransactionOperations<Connection> transactions,
      OfficeProjection projection) {
    this.db = db;
    this.transactions = transactions;
    this.projection = projection;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    int total = 0;
    String after = "";
    while (true) {
      String from = after;
      List<SyncRecordRow> rows = transactions.executeWrite(status -> {
        List<SyncRecordRow> chunk = missing(from);
        projection.projectStored(chunk, true);
        return chunk;
      });
      total += rows.size();
      if (rows.size() < CHUNK) {
        break;
      }
      after = rows.get(rows.size() - 1).id();
    }
    if (total > 0) {
      LOG.info("office projection caught up records={}", total);
    }
    int rekeyed = 0;
    for (int n = CHUNK; n == CHUNK; rekeyed += n) {
      n = transactions.executeWrite(status -> projection.rekeyCandidates(CHUNK));
    }
    if (rekeyed > 0) {
      LOG.info("office projection re-sorted candidates={}", rekeyed);
    }
  }

  private List<SyncRecordRow> missing(String afterId) {
    return db.entities(new SqlQuery(MISSING, afterId, false, false, false, CHUNK), SyncRecordRow.class);
  }
}
