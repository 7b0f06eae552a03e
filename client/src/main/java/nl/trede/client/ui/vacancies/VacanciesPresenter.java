package nl.trede.client.ui.vacancies;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.sync.RecordType;

/** "Vacatures": every vacancy on this device, open ones only unless asked, newest first. */
public final class VacanciesPresenter {
  /** A vacancy as a card. */
  public record Row(UUID vacancyId, UUID employerId, String title, String employer, String details, String status,
      boolean suitsRegister) {}

  /** What a card leads to. */
  public interface Actions {
    void open(UUID employerId, UUID vacancyId);
  }

  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final BooleanProperty onlyOpen = new SimpleBooleanProperty(true);
  private final StringProperty summary = new SimpleStringProperty();
  private final FieldContext context;
  private final Messages messages;
  private final Actions actions;

  public VacanciesPresenter(FieldContext context, Actions actions) {
    this.context = context;
    this.messages = context.messages();
    this.actions = actions;
    onlyOpen.addListener((obs, old, now) -> refresh());
  }

  public void refresh() {
    Map<UUID, String> employers = context.store().employers().stream()
        .collect(Collectors.toMap(Employer::id, Employer::name, (a, b) -> a));
    List<Vacancy> all = context.store().all(RecordType.VACANCY);
    rows.setAll(all.stream()
        .filter(v -> !onlyOpen.get() || v.status() == VacancyStatus.OPEN)
        .sorted(Comparator.comparing(Vacancy::registeredOn).reversed())
        .map(v -> new Row(v.id(), v.employerId(), v.title(), employers.getOrDefault(v.employerId(),
            messages.get("common.unknown")), messages.get("vacancy.line", messages.decimal(v.hoursPerWeek()),
            v.tasks().size()), messages.label(v.status()), v.suitsTargetGroupRegister()))
        .toList());
    summary.set(messages.get(onlyOpen.get() ? "vacancies.countOpen" : "vacancies.count", rows.size()));
  }

  public void open(Row row) {
    if (row != null) {
      actions.open(row.employerId(), row.vacancyId());
    }
  }

  public BooleanProperty onlyOpen() {
    return onlyOpen;
  }

  public ReadOnlyStringProperty summary() {
    return summary;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public String emptyText() {
    return messages.get("vacancies.empty");
  }
}
