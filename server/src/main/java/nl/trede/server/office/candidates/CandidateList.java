package nl.trede.server.office.candidates;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.domain.Corrections;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.PersonName;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.kpi.KpiRecords;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.kpi.LadderHistory;
import nl.trede.server.kpi.OverdueContacts;
import nl.trede.server.kpi.Synced;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.export.Columns;
import nl.trede.server.office.export.TableSink;
import nl.trede.server.office.projection.SearchText;
import nl.trede.server.office.view.OfficeText;
import nl.trede.sync.RecordType;

/**
 * Kandidaten: the candidates in the user's view, by family name, searchable by name, with where
 * each stands: rung, last contact, when the next one is due.
 */
@Singleton
public class CandidateList {
  public static final int PAGE_SIZE = 50;

  private final QueryRunner db;
  private final KpiRecords records;
  private final KpiService kpis;
  private final DisplayNames directory;
  private final OfficeText text;

  public CandidateList(QueryRunner db, KpiRecords records, KpiService kpis, DisplayNames directory, OfficeText text) {
    this.kpis = kpis;
    this.db = db;
    this.records = records;
    this.directory = directory;
    this.text = text;
  }

  /**
   * @param closedOn the day the file was closed (uitstroom), when it is closed on the day shown;
   *     a file closing on a later day is open until then
   * @param benefitKind the kind of benefit in Dutch (an unrecorded one as bijstand, decision 0067);
   *     empty without benefit
   */
  public record Line(String id, String name, String caseManager, String coaches, Integer rung,
      LocalDate lastContact, LocalDate due, boolean overdue, LocalDate benefitSince, LocalDate closedOn,
      String benefitKind) {
    public boolean closed() {
      return closedOn != null;
    }
  }

  /** Which files the list shows: all, the open ones, or the closed ones ("gesloten"). */
  public enum Status {
    ALL(""), OPEN("open"), CLOSED("gesloten");

    private final String param;

    Status(String param) {
      this.param = param;
    }

    public String param() {
      return param;
    }

    public static Status of(String param) {
      for (Status s : values()) {
        if (s.param.equals(param)) {
          return s;
        }
      }
      return ALL;
    }

    /** The condition on record_name's exit date: closed on or before today, or not. */
    void filter(SqlQuery sql, LocalDate today) {
      switch (this) {
        case ALL -> { }
        case OPEN -> sql.and("(n.exit_date IS NULL OR n.exit_date > ?)", today);
        case CLOSED -> sql.and("n.exit_date IS NOT NULL AND n.exit_date <= ?", today);
      }
    }
  }

  /**
   * @param total the files the search finds with the filter shown
   * @param closed of those, the closed ones: the monitoring counts only open files, so the page says how many
   */
  public record Page(List<Line> lines, String next, long total, long closed) {}

  private record Hit(String id, String sortName) {}

  public Page page(OfficeUser user, String query, Status status, String after, LocalDate today) {
    List<Hit> hits = search(user, query, status, today, after, PAGE_SIZE + 1);
    boolean more = hits.size() > PAGE_SIZE;
    List<Hit> page = more ? hits.subList(0, PAGE_SIZE) : hits;
    String next = more ? encode(page.get(page.size() - 1)) : null;
    long total = count(user, query, status, today);
    long closed = switch (status) {
      case ALL -> count(user, query, Status.CLOSED, today);
      case OPEN -> 0;
      case CLOSED -> total;
    };
    return new Page(lines(user, page, today), next, total, closed);
  }

  private List<Hit> search(OfficeUser user, String query, Status status, LocalDate today, String after, int limit) {
    SqlQuery sql = new SqlQuery("SELECT n.record_id, n.sort_name FROM record_name n WHERE n.tenant_id = ? AND n.type = ?"
        + " AND n.deleted = ?", user.tenantId(), "candidate", false);
    sql.and(user.scope().files("n.record_id"));
    if (query != null && !query.isBlank()) {
      sql.and("n.search_name LIKE ? ESCAPE '\\'", SearchText.containsPattern(query));
    }
    status.filter(sql, today);
    Hit from = decode(after);
    if (from != null) {
      sql.and("(n.sort_name > ? OR (n.sort_name = ? AND n.record_id > ?))", from.sortName(), from.sortName(), from.id());
    }
    sql.append("ORDER BY n.sort_name, n.record_id LIMIT ?", limit);
    return db.list(sql, rs -> new Hit(rs.getString(1), rs.getString(2)));
  }

  private long count(OfficeUser user, String query, Status status, LocalDate today) {
    SqlQuery sql = new SqlQuery("SELECT COUNT(*) FROM record_name n WHERE n.tenant_id = ? AND n.type = ? AND n.deleted = ?",
        user.tenantId(), "candidate", false);
    sql.and(user.scope().files("n.record_id"));
    if (query != null && !query.isBlank()) {
      sql.and("n.search_name LIKE ? ESCAPE '\\'", SearchText.containsPattern(query));
    }
    status.filter(sql, today);
    return db.count(sql);
  }

  private List<Line> lines(OfficeUser user, List<Hit> hits, LocalDate today) {
    List<String> ids = hits.stream().map(Hit::id).toList();
    Map<String, Synced<Candidate>> candidates = new HashMap<>();
    records.loadFiles(user.tenantId(), RecordType.CANDIDATE, Candidate.class, ids)
        .forEach(c -> candidates.put(c.record().id().toString(), c));
    Map<UUID, List<Synced<LadderStep>>> steps = Corrections.inForce(
            records.loadFiles(user.tenantId(), RecordType.LADDER_STEP, LadderStep.class, ids),
            Synced::record).stream()
        .collect(Collectors.groupingBy(s -> s.record().candidateId()));
    Map<UUID, OverdueContacts.CandidateStatus> status = kpis.contactStatuses(user.tenantId(), ids, today);
    Map<String, DisplayNames.Person> users = directory.users(user.tenantId());
    List<Line> lines = new ArrayList<>();
    for (Hit hit : hits) {
      Synced<Candidate> s = candidates.get(hit.id());
      if (s == null) {
        continue;
      }
      Candidate c = s.record();
      OverdueContacts.CandidateStatus st = status.get(c.id());
      lines.add(new Line(hit.id(), PersonName.listed(c.givenName(), c.familyName()), name(users, c.caseManagerId()),
          c.coachIds().stream().map(id -> name(users, id)).collect(Collectors.joining(", ")),
          LadderHistory.rungAt(steps.getOrDefault(c.id(), List.of()), today).orElse(null),
          st == null ? null : st.lastContact(), st == null ? null : st.due(), st != null && st.overdue(),
          c.benefitStartDate(), c.isOpenOn(today) || c.exit() == null ? null : c.exit().date(),
          text.label("benefit.kind", c.benefitKindAsRead())));
    }
    return lines;
  }

  /** The export's columns: each header with its value, in the order the export shows them. */
  private Columns<Line> columns() {
    return new Columns<Line>()
        .text(text.get("candidates.col.name"), Line::name)
        .text(text.get("candidates.col.case-manager"), Line::caseManager)
        .text(text.get("candidates.col.coaches"), Line::coaches)
        .integer(text.get("candidates.col.rung"), Line::rung)
        .date(text.get("candidates.col.last-contact"), Line::lastContact)
        .date(text.get("candidates.col.due"), Line::due)
        .yesNo(text.get("candidates.col.overdue"), Line::overdue)
        .date(text.get("candidates.col.benefit"), Line::benefitSince)
        .text(text.get("candidates.col.benefit-kind"), Line::benefitKind)
        .date(text.get("candidates.col.closed"), Line::closedOn);
  }

  public int export(OfficeUser user, String query, Status status, LocalDate today, TableSink sink,
      java.util.Collection<String> files) throws IOException {
    Columns<Line> columns = columns();
    columns.header(sink);
    int rows = 0;
    String after = null;
    while (true) {
      List<Hit> hits = search(user, query, status, today, after, 500);
      for (Line l : lines(user, hits, today)) {
        files.add(l.id());
        columns.write(sink, l);
        rows++;
      }
      if (hits.size() < 500) {
        return rows;
      }
      after = encode(hits.get(hits.size() - 1));
    }
  }

  private String name(Map<String, DisplayNames.Person> users, UUID id) {
    if (id == null) {
      return "";
    }
    DisplayNames.Person p = users.get(id.toString());
    return p == null ? text.get("visits.unknown") : p.displayName();
  }

  private static String encode(Hit hit) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((hit.sortName() + "|" + hit.id()).getBytes(StandardCharsets.UTF_8));
  }

  private static Hit decode(String after) {
    if (after == null || after.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
      int bar = raw.lastIndexOf('|');
      return bar < 0 ? null : new Hit(raw.substring(bar + 1), raw.substring(0, bar));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
