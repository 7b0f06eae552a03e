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
import nl.trede.server.office.export.Column;
import nl.trede.server.office.export.TableSink;
import nl.trede.server.office.web.OfficeText;

/** The visit log: every synced contact, ladder step and coaching-hours entry in the user's view. */
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
      list.add(entries.entry(r.kind(), r.data(), r.corrected(), r.afterHandover(), r.syncedAt(), users, names));
    }
    return list;
  }

  public List<Column> exportColumns() {
    return List.of(
        Column.date(text.get("visits.col.date")),
        Column.text(text.get("visits.col.time")),
        Column.text(text.get("visits.col.kind")),
        Column.text(text.get("visits.col.candidate")),
        Column.text(text.get("visits.col.employer")),
        Column.text(text.get("visits.col.location")),
        Column.yesNo(text.get("visits.col.no-show")),
        Column.yesNo(text.get("visits.col.aftercare")),
        Column.integer(text.get("visits.col.duration")),
        Column.decimal(text.get("visits.col.hours")),
        Column.integer(text.get("visits.col.from-rung")),
        Column.integer(text.get("visits.col.to-rung")),
        Column.text(text.get("visits.col.what")),
        Column.text(text.get("visits.col.text")),
        Column.text(text.get("visits.col.agreements")),
        Column.date(text.get("visits.col.next-contact")),
        Column.text(text.get("visits.col.author")),
        Column.dateTime(text.get("visits.col.made-at")),
        Column.dateTime(text.get("visits.col.synced-at")),
        Column.yesNo(text.get("visits.col.correction")),
        Column.yesNo(text.get("visits.col.superseded")),
        Column.text(text.get("visits.col.id")),
        Column.yesNo(text.get("visits.col.after-handover")));
  }

  /** Writes every row the filter selects, newest first, reading a thousand at a time. */
  public int export(OfficeUser user, VisitFilter filter, TableSink sink, java.util.Collection<String> files)
      throws IOException {
    sink.header(exportColumns());
    int rows = 0;
    String after = null;
    do {
      VisitLogRepository.Page page = repository.page(user, filter, after, EXPORT_CHUNK);
      for (VisitEntry e : toEntries(user, page.rows())) {
        files.add(e.candidateId());
        sink.row(java.util.Arrays.asList(e.date(), e.time(), text.get("kind." + e.kind()), e.candidateName(),
            e.employerName(), e.locationLabel().isEmpty() ? null : e.locationLabel(),
            "contact".equals(e.kind()) ? e.noShow() : null, "contact".equals(e.kind()) ? e.aftercare() : null,
            e.durationMinutes(), e.hours(), e.fromRung(), e.toRung(), e.what(), e.text(), e.agreements(),
            e.nextContactDate(), e.authorName(), e.madeAt(), e.syncedAt(), e.correction(), e.superseded(),
            e.id(), e.afterHandover()));
        rows++;
      }
      after = page.next();
    } while (after != null);
    return rows;
  }
}
