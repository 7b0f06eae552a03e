package nl.trede.client.ui.agenda;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.store.CaseloadFile;
import nl.trede.client.ui.kit.ContactDueText;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.SessionFacts;
import nl.trede.config.ContactDue;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.session.GroupSession;

/**
 * "Agenda": the contacts the coach has to make, by day: who is late first, then today, tomorrow and
 * each day of the next two weeks, each with when and why by the municipality's contact policy
 * (002 §4.4, 000 §5.3; {@link ContactDue}). What lies further ahead is counted, not listed: the
 * caseload shows it. A contact is recorded, or a no-show noted, from the card itself.
 */
public final class AgendaPresenter {
  /** How far ahead the agenda lists days: two working weeks, what a coach plans in (our choice). */
  public static final int DAYS_AHEAD = 14;

  /**
   * One candidate to contact.
   *
   * @param aftercare a nazorg contact after the file closed for work (002 §3.4.2): the card says
   *     "Nazorg" and the contact form opens with Nazorg on
   */
  public record Row(UUID candidateId, String name, String due, boolean overdue, boolean noShowPossible,
      boolean aftercare) {}

  /** A group session on its day (issue 18): "09:30 Training Aan het werk · 2 van uw kandidaten uitgenodigd". */
  public record SessionRow(UUID sessionId, String text) {}

  /**
   * One heading with its candidates: "Te laat", "Vandaag", "Morgen", "woensdag 9 dec. 2026"; and
   * the sessions of that day the user organised or invited their candidates to.
   */
  public record Day(String id, String title, boolean overdue, List<Row> rows, List<SessionRow> sessions) {}

  /** What a card leads to. */
  public interface Actions {
    void open(UUID candidateId);

    void recordContact(UUID candidateId, boolean aftercare);

    void recordNoShow(UUID candidateId);

    /** A session's page. */
    default void openSession(UUID sessionId) {}
  }

  /** A file whose next contact falls on a day. */
  record Planned(CaseloadFile file, ContactDue due) {}

  private final ObservableList<Day> days = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty();
  private final StringProperty later = new SimpleStringProperty();
  private final FieldContext context;
  private final Messages messages;
  private final Actions actions;
  private final String reminderNote;

  /**
   * @param reminderNote how this device reminds the coach, shown under the summary
   */
  public AgendaPresenter(FieldContext context, Actions actions, String reminderNote) {
    this.context = context;
    this.messages = context.messages();
    this.actions = actions;
    this.reminderNote = reminderNote;
  }

  public void refresh() {
    LocalDate today = context.today();
    LocalDate last = today.plusDays(DAYS_AHEAD - 1);
    List<Row> late = new ArrayList<>();
    Map<LocalDate, List<Row>> byDay = new TreeMap<>();
    int beyond = 0;
    for (Planned p : planned(context)) {
      LocalDate due = p.due().due();
      Candidate c = p.file().file().candidate();
      boolean overdue = p.due().overdue(today);
      Row row = new Row(c.id(), c.displayName(), ContactDueText.describe(p.due(), messages, today), overdue,
          !due.isAfter(today), p.due().aftercare());
      if (overdue) {
        late.add(row);
      } else if (due.isAfter(last)) {
        beyond++;
      } else {
        byDay.computeIfAbsent(due, d -> new ArrayList<>()).add(row);
      }
    }
    Map<LocalDate, List<SessionRow>> sessions = sessions(today, last);
    List<Day> list = new ArrayList<>();
    if (!late.isEmpty()) {
      list.add(new Day("late", messages.get("agenda.late", late.size()), true, late, List.of()));
    }
    java.util.SortedSet<LocalDate> dates = new java.util.TreeSet<>(byDay.keySet());
    dates.addAll(sessions.keySet());
    for (LocalDate day : dates) {
      List<Row> rows = byDay.getOrDefault(day, List.of());
      list.add(new Day(day.toString(), title(day, today, rows.size()), false, rows,
          sessions.getOrDefault(day, List.of())));
    }
    days.setAll(list);
    int planned = byDay.values().stream().mapToInt(List::size).sum();
    summary.set(messages.get("agenda.summary", late.size(), planned, DAYS_AHEAD));
    later.set(beyond == 0 ? null : messages.get("agenda.later", beyond));
  }

  private String title(LocalDate day, LocalDate today, int count) {
    long ahead = ChronoUnit.DAYS.between(today, day);
    String name = ahead == 0 ? messages.get("agenda.today") : ahead == 1 ? messages.get("agenda.tomorrow")
        : messages.weekday(day);
    return count == 0 ? messages.get("agenda.dayOnlySessions", name, messages.date(day))
        : messages.get("agenda.day", name, messages.date(day), count);
  }

  /**
   * The sessions of the listed days that concern the user: they organised it, or invited some of
   * their candidates (the invitations on this device are of their files). Cancelled ones are left out.
   */
  private Map<LocalDate, List<SessionRow>> sessions(LocalDate today, LocalDate last) {
    SessionFacts facts = SessionFacts.of(context);
    Map<LocalDate, List<SessionRow>> byDay = new TreeMap<>();
    facts.sessions().stream()
        .filter(s -> s.date() != null && !s.cancelled() && !s.date().isBefore(today) && !s.date().isAfter(last))
        .filter(s -> context.userId().equals(s.organisedBy()) || !facts.invited(s.id()).isEmpty())
        .sorted(Comparator.comparing(GroupSession::startTime, Comparator.nullsFirst(Comparator.naturalOrder())))
        .forEach(s -> {
          int invited = facts.invited(s.id()).size();
          String text = s.startTime() == null ? messages.get("agenda.session", s.title(), invited)
              : messages.get("agenda.sessionAt", s.startTime().toString(), s.title(), invited);
          byDay.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(new SessionRow(s.id(), text));
        });
    return byDay;
  }

  /**
   * Every file on the device with its next contact, soonest first: the one reading of the contact
   * policy that the agenda and its reminders share. A file closed for work has its nazorg contacts
   * while the municipality's schedule runs (002 §3.4.2, decision 0057); another closed file has none.
   */
  static List<Planned> planned(FieldContext context) {
    MunicipalityConfig config = context.configOrDefault();
    LocalDate today = context.today();
    List<Planned> list = new ArrayList<>();
    for (CaseloadFile f : context.store().caseloadFiles()) {
      Optional<ContactDue> due = ContactDue.of(config, f.file(), today);
      due.ifPresent(d -> list.add(new Planned(f, d)));
    }
    list.sort(Comparator.comparing((Planned p) -> p.due().due())
        .thenComparing(p -> p.file().file().candidate().displayName(), String.CASE_INSENSITIVE_ORDER));
    return list;
  }

  public void open(Row row) {
    actions.open(row.candidateId());
  }

  public void recordContact(Row row) {
    actions.recordContact(row.candidateId(), row.aftercare());
  }

  public void recordNoShow(Row row) {
    actions.recordNoShow(row.candidateId());
  }

  public void openSession(SessionRow row) {
    actions.openSession(row.sessionId());
  }

  public ObservableList<Day> days() {
    return days;
  }

  public ReadOnlyStringProperty summary() {
    return summary;
  }

  /** "Daarna nog 12 contacten: zie Mijn kandidaten", or null. */
  public ReadOnlyStringProperty later() {
    return later;
  }

  public String reminderNote() {
    return reminderNote;
  }

  public String aftercareText() {
    return messages.get("agenda.aftercare");
  }

  public String emptyText() {
    return messages.get("agenda.empty");
  }
}
