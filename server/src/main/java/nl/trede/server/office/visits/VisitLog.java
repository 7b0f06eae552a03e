package nl.trede.server.office.visits;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Columns;
import nl.trede.server.office.export.TableSink;
import nl.trede.server.office.view.OfficeText;
import nl.trede.sync.RecordType;

/**
 * The visit log: every synced contact, ladder step, coaching-hours entry and contact with an employer
 * in the user's view.
 */
@Singleton
public class VisitLog {
  public static final int PAGE_SIZE = 50;
  private static final int EXPORT_CHUNK = 1000;

  private final VisitLogRepository repository;
  private final VisitEntries entries;
  private final DisplayNames directory;
  private final OfficeText text;

  public VisitLog(VisitLogRepository repository, VisitEntries entries, DisplayNames directory, OfficeText text) {
    this.repository = repository;
    this.entries = entries;
    this.directory = directory;
    this.text = text;
  }

  public record Page(List<VisitEntry> entries, String next, long total) {}

  public Page page(OfficeUser user, VisitFilter filter, String after) {
    VisitLogRepository.Page page = repository.page(user, filter, after, PAGE_SIZE);
    return new Page(toEntries(user, page.rows()), page.next(), repository.count(user, filter));
  }

  private List<VisitEntry> toEntries(OfficeUser user, List<VisitLogRepository.Row> rows) {
    Set<String> ids = new HashSet<>();
    rows.forEach(r -> {
      ids.add(r.candidateId());
      ids.add(r.employerId());
    });
    Map<String, DisplayNames.Named> names = directory.names(user.tenantId(), ids);
    Map<String, DisplayNames.Person> users = directory.users(user.tenantId());
    List<VisitEntry> list = new ArrayList<>(rows.size());
    for (VisitLogRepository.Row r : rows) {
      list.add(entries.entry(RecordType.fromWire(r.kind()), r.data(),
          new VisitEntries.Shown(users, names, r.corrected(), r.withdrawn(), r.afterHandover(), r.syncedAt())));
    }
    return list;
  }

  /** The export's columns: each header with its value, in the order the export shows them. */
  private Columns<VisitEntry> columns() {
    return new Columns<VisitEntry>()
        .date(text.get("visits.col.date"), VisitEntry::date)
        .text(text.get("visits.col.time"), VisitEntry::time)
        .text(text.get("visits.col.kind"), e -> text.get("kind." + e.kind()))
        .text(text.get("visits.col.candidate"), VisitEntry::candidateName)
        .text(text.get("visits.col.employer"), VisitEntry::employerName)
        .text(text.get("visits.col.location"), e -> e.locationLabel().isEmpty() ? null : e.locationLabel())
        .yesNo(text.get("visits.col.no-show"), e -> e.type() == RecordType.CONTACT ? e.noShow() : null)
        .yesNo(text.get("visits.col.aftercare"), e -> e.type() == RecordType.CONTACT ? e.aftercare() : null)
        .integer(text.get("visits.col.duration"), VisitEntry::durationMinutes)
        .decimal(text.get("visits.col.hours"), VisitEntry::hours)
        .integer(text.get("visits.col.from-rung"), VisitEntry::fromRung)
        .integer(text.get("visits.col.to-rung"), VisitEntry::toRung)
        .text(text.get("visits.col.what"), VisitEntry::what)
        .text(text.get("visits.col.text"), VisitEntry::text)
        .text(text.get("visits.col.agreements"), VisitEntry::agreements)
        .date(text.get("visits.col.next-contact"), VisitEntry::nextContactDate)
        .text(text.get("visits.col.author"), VisitEntry::authorName)
        .dateTime(text.get("visits.col.made-at"), VisitEntry::madeAt)
        .dateTime(text.get("visits.col.synced-at"), VisitEntry::syncedAt)
        .yesNo(text.get("visits.col.correction"), VisitEntry::correction)
        .yesNo(text.get("visits.col.superseded"), VisitEntry::superseded)
        .text(text.get("visits.col.id"), VisitEntry::id)
        .yesNo(text.get("visits.col.after-handover"), VisitEntry::afterHandover)
        // Last, so the columns people's spreadsheets point at keep their places.
        .yesNo(text.get("visits.col.withdrawn"), VisitEntry::withdrawn)
        .text(text.get("visits.col.signals"), e -> e.signals().isEmpty() ? null : String.join(", ", e.signals()));
  }

  /** Writes every row the filter selects, newest first, reading a thousand at a time. */
  public int export(OfficeUser user, VisitFilter filter, TableSink sink, java.util.Collection<String> files)
      throws IOException {
    Columns<VisitEntry> columns = columns();
    columns.header(sink);
    int rows = 0;
    String after = null;
    do {
      VisitLogRepository.Page page = repository.page(user, filter, after, EXPORT_CHUNK);
      for (VisitEntry e : toEntries(user, page.rows())) {
        files.add(e.candidateId());
        columns.write(sink, e);
        rows++;
      }
      after = page.next();
    } while (after != null);
    return rows;
  }
}
