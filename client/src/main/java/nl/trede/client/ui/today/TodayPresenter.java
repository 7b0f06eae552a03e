package nl.trede.client.ui.today;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.coaching.HoursLedger;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.RecordType;

/**
 * "Vandaag" for a jobcoach: the running placements they coach as the municipal jobcoach, those past
 * the planned end of coaching first (000 Bijlage A: no longer than necessary), each with the hours
 * booked this week and against the hours granted, one tap to book hours and one to have the
 * employer's contact confirm the week.
 */
public final class TodayPresenter {
  /** One placement as a card. */
  public record Row(UUID placementId, UUID candidateId, String candidate, String where, String coaching,
      boolean overrun, String hours) {}

  /** What the cards lead to. */
  public interface Actions {
    void bookHours(UUID candidateId, UUID placementId);

    void openPlacement(UUID candidateId, UUID placementId);

    /** "Week laten bevestigen": the employer's contact signs off the week's hours at once. */
    void confirmWeek(UUID candidateId, UUID placementId);
  }

  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty();
  private final FieldContext context;
  private final Messages messages;
  private final Actions actions;

  public TodayPresenter(FieldContext context, Actions actions) {
    this.context = context;
    this.messages = context.messages();
    this.actions = actions;
  }

  public void refresh() {
    LocalDate today = context.today();
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    Map<UUID, Candidate> candidates = context.store().<Candidate>all(RecordType.CANDIDATE).stream()
        .collect(Collectors.toMap(Candidate::id, c -> c));
    Map<UUID, String> employers = context.store().employers().stream()
        .collect(Collectors.toMap(Employer::id, Employer::name, (a, b) -> a));
    Map<UUID, List<CoachingHours>> hoursByCandidate = context.store().<CoachingHours>all(RecordType.COACHING_HOURS)
        .stream().collect(Collectors.groupingBy(CoachingHours::candidateId));
    List<Row> list = new ArrayList<>();
    for (Placement p : context.store().<Placement>all(RecordType.PLACEMENT)) {
      Candidate c = candidates.get(p.candidateId());
      if (c == null || !p.isActiveOn(today) || p.jobcoaching() == null || p.jobcoaching().coachKind() == null
          || !context.userId().equals(p.jobcoaching().jobcoachId())) {
        continue;
      }
      List<CoachingHours> hours = hoursByCandidate.getOrDefault(c.id(), List.of());
      int week = HoursLedger.quarterHoursBetween(hours, p.id(), monday, today);
      int total = HoursLedger.quarterHours(hours, p.id(), null);
      Integer granted = p.jobcoaching().grantedHours();
      String hoursText = granted == null ? messages.get("today.hours", messages.hours(week), messages.hours(total))
          : messages.get("today.hoursOfGranted", messages.hours(week), messages.hours(total), granted);
      boolean overrun = p.coachingOverrun(today);
      String coaching = overrun
          ? messages.get("today.overrun", messages.date(p.jobcoaching().plannedEndDate()),
              messages.relativeDay(p.jobcoaching().plannedEndDate(), today))
          : messages.get("today.coachingUntil", messages.date(p.jobcoaching().plannedEndDate()));
      String where = p.employerId() != null ? employers.getOrDefault(p.employerId(), messages.get("common.unknown"))
          : p.organisation();
      list.add(new Row(p.id(), c.id(), c.displayName(),
          p.role() == null ? where : messages.get("today.where", p.role(), where), coaching, overrun, hoursText));
    }
    list.sort(Comparator.comparing(Row::overrun).reversed().thenComparing(Row::candidate, String.CASE_INSENSITIVE_ORDER));
    rows.setAll(list);
    long overruns = list.stream().filter(Row::overrun).count();
    summary.set(list.isEmpty() ? null : overruns == 0 ? messages.get("today.count", list.size())
        : messages.get("today.countOverrun", list.size(), overruns));
  }

  public void bookHours(Row row) {
    actions.bookHours(row.candidateId(), row.placementId());
  }

  public void confirmWeek(Row row) {
    actions.confirmWeek(row.candidateId(), row.placementId());
  }

  public void open(Row row) {
    actions.openPlacement(row.candidateId(), row.placementId());
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ReadOnlyStringProperty summary() {
    return summary;
  }

  public String emptyText() {
    return messages.get("today.empty");
  }
}
