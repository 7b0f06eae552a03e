package nl.trede.server.office.signals;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.WorkplaceSignal;
import nl.trede.domain.contact.WorkplaceSignals;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.kpi.KpiRecords;
import nl.trede.server.kpi.Synced;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;
import nl.trede.sync.RecordType;

/**
 * The workplace signals still open in the files a user reaches: Lansingerland 002 §3.4.3, "De
 * jobcoaches houden onze uitvoeringsprofessionals op de hoogte van zaken die spelen op de werkvloer,
 * bijvoorbeeld dreigend baanverlies of als er behoefte is aan training of ondersteuning". Which are
 * open is the shared rule ({@link WorkplaceSignals}, decision 0068), the one the field app shows:
 * this class only finds the files that may have one and reads their contacts.
 */
@Singleton
public class OpenSignals {
  private final QueryRunner db;
  private final KpiRecords records;
  private final DisplayNames directory;
  private final OfficeText text;
  private final Clock clock;

  public OpenSignals(QueryRunner db, KpiRecords records, DisplayNames directory, OfficeText text, Clock clock) {
    this.db = db;
    this.records = records;
    this.directory = directory;
    this.text = text;
    this.clock = clock;
  }

  /**
   * One open signal of a file.
   *
   * @param label the signal in Dutch ("Dreigend baanverlies")
   * @param day the day of the contact that carries it
   * @param reportedBy who recorded that contact
   */
  public record Signal(String candidateId, String candidateName, WorkplaceSignal signal, String label, LocalDate day,
      String contactId, String reportedBy) {}

  /** The open signals of every file the user reaches, the longest waiting first. */
  public List<Signal> open(OfficeUser user) {
    return open(user, null);
  }

  /**
   * The open signals of one file ({@code candidateId}), or of every file the user reaches (null). A
   * closed file keeps its signals: the jobcoach's work goes on in nazorg after an exit to work (002
   * §3.4.2). A deleted file gives none.
   */
  public List<Signal> open(OfficeUser user, String candidateId) {
    LocalDate today = LocalDate.now(clock.withZone(DisplayFormat.ZONE));
    // The files with a contact carrying a signal in the rule's window, from the projection's column
    // (event_at is the local day and time as text, so it compares as the day does); the rule then
    // reads those files' contacts whole, so a correction or withdrawal counts wherever it is dated.
    SqlQuery sql = new SqlQuery("SELECT DISTINCT v.candidate_id FROM visit_log v WHERE v.tenant_id = ? AND v.kind = ?"
        + " AND v.signals IS NOT NULL AND v.event_at >= ?", user.tenantId(), RecordType.CONTACT.wireName(),
        today.minusWeeks(WorkplaceSignals.OPEN_WEEKS).toString())
        .and(user.scope().files("v.candidate_id"));
    if (candidateId != null) {
      sql.and("v.candidate_id = ?", candidateId);
    }
    List<String> files = db.list(sql, rs -> rs.getString(1));
    if (files.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Contact>> contacts = new HashMap<>();
    for (Synced<Contact> c : records.loadFiles(user.tenantId(), RecordType.CONTACT, Contact.class, files)) {
      contacts.computeIfAbsent(c.record().candidateId(), k -> new ArrayList<>()).add(c.record());
    }
    Map<String, DisplayNames.Named> names = directory.names(user.tenantId(), files);
    Map<String, DisplayNames.Person> users = directory.users(user.tenantId());
    List<Signal> signals = new ArrayList<>();
    for (Synced<Candidate> file : records.loadFiles(user.tenantId(), RecordType.CANDIDATE, Candidate.class, files)) {
      Candidate c = file.record();
      CandidateFile read = new CandidateFile(c, List.of(), List.of(), contacts.getOrDefault(c.id(), List.of()));
      for (WorkplaceSignals.Open o : read.openSignals(today)) {
        DisplayNames.Named name = names.get(c.id().toString());
        DisplayNames.Person by = users.get(String.valueOf(o.contact().authorId()));
        signals.add(new Signal(c.id().toString(), name == null ? text.get("visits.unknown") : name.name(), o.signal(),
            text.label("signal", o.signal()), o.day(), o.contact().id().toString(),
            by == null ? text.get("visits.unknown") : by.displayName()));
      }
    }
    signals.sort(Comparator.comparing(Signal::day).thenComparing(Signal::candidateName)
        .thenComparing(Signal::signal));
    return signals;
  }
}
