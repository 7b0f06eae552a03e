package nl.trede.server.office;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Collection;
import nl.trede.server.audit.ReadAudit;
import nl.trede.server.http.RemoteAddress;

/**
 * The console's side of the read audit (BIO 8.15): every list, search, dashboard, export and file a
 * console user is shown is recorded with the page, the filter and the candidate files on it, under
 * the console's own device id.
 */
@Singleton
public class ConsoleReads {
  private final ReadAudit reads;

  public ConsoleReads(ReadAudit reads) {
    this.reads = reads;
  }

  /** A page or export that showed these files; {@code detail} is its filter or search. */
  public void shown(HttpRequest<?> request, OfficeUser user, String action, String detail, Collection<String> files) {
    shown(request, user, action, null, null, "ok", detail, files);
  }

  /** A look at one record (a candidate's file), allowed or refused. */
  public void shown(HttpRequest<?> request, OfficeUser user, String action, String recordType, String recordId,
      String outcome, String detail, Collection<String> files) {
    reads.record(new ReadAudit.Read(user.tenantId(), user.userId(), OfficeUser.CONSOLE_DEVICE.toString(), action,
        recordType, recordId, outcome, detail == null || detail.isEmpty() ? null : detail, files,
        RemoteAddress.of(request)));
  }
}
