package nl.trede.client.ui.employers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.ui.kit.Colleagues;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FollowUp;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.sync.RecordType;

/**
 * "Werkgevers": the municipality's employers on this device, searchable by name, KvK or place; an
 * employer whose follow-up is due or past says so (EmployerContact#followUp, FollowUp).
 */
public final class EmployersPresenter {
  /**
   * One employer as a card.
   *
   * @param followUp "Terugbellen vóór …" or "Opvolging verlopen" when the follow-up is due; else null
   */
  public record Row(UUID employerId, String name, String details, String vacancies, String followUp,
      boolean followUpOverdue) {}

  /** What the screen leads to. */
  public interface Actions {
    void open(UUID employerId);

    void register();
  }

  private final StringProperty search = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty();
  private final StringProperty empty = new SimpleStringProperty();
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final FieldContext context;
  private final Messages messages;
  private final Actions actions;
  private List<Employer> employers = List.of();
  private Map<UUID, Long> openVacancies = Map.of();
  private Map<UUID, LocalDate> followUps = Map.of();
  /** Names for the aanspreekpunt (001 §3.1), read with the employers, not on every keystroke. */
  private Colleagues colleagues;

  public EmployersPresenter(FieldContext context, Actions actions) {
    this.context = context;
    this.messages = context.messages();
    this.actions = actions;
    search.addListener((obs, old, now) -> apply());
  }

  public void refresh() {
    employers = context.store().employers();
    colleagues = Colleagues.of(context);
    openVacancies = context.store().<Vacancy>all(RecordType.VACANCY).stream()
        .filter(v -> v.status() == VacancyStatus.OPEN)
        .collect(Collectors.groupingBy(Vacancy::employerId, Collectors.counting()));
    Map<UUID, LocalDate> due = new HashMap<>();
    context.store().<EmployerContact>all(RecordType.EMPLOYER_CONTACT).stream()
        .collect(Collectors.groupingBy(EmployerContact::employerId))
        .forEach((employer, contacts) -> EmployerContact.followUp(contacts).ifPresent(day -> due.put(employer, day)));
    followUps = due;
    apply();
  }

  private void apply() {
    String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
    rows.setAll(employers.stream()
        .filter(e -> needle.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(needle)
            || e.kvkNumber().contains(needle)
            || (e.address() != null && e.address().toLowerCase(Locale.ROOT).contains(needle)))
        .map(e -> {
          LocalDate followUp = followUps.get(e.id());
          return new Row(e.id(), e.name(), messages.label(e.sector()) + (e.address() == null ? "" : " · " + e.address())
                  + (e.accountOwnerId() == null || colleagues == null ? "" : "\n" + messages.get("employers.ownerLine",
                      colleagues.name(e.accountOwnerId()))),
              vacancies(openVacancies.getOrDefault(e.id(), 0L)),
              FollowUp.of(followUp, context.today(), messages).orElse(null), FollowUp.overdue(followUp, context.today()));
        })
        .toList());
    summary.set(messages.get("employers.count", rows.size()));
    empty.set(employers.isEmpty() ? messages.get("employers.empty") : messages.get("employers.emptySearch"));
  }

  private String vacancies(long open) {
    return open == 0 ? messages.get("employers.noOpenVacancies")
        : open == 1 ? messages.get("employers.oneOpenVacancy") : messages.get("employers.openVacancies", open);
  }

  public void open(Row row) {
    if (row != null) {
      actions.open(row.employerId());
    }
  }

  public void register() {
    actions.register();
  }

  public StringProperty search() {
    return search;
  }

  public ReadOnlyStringProperty summary() {
    return summary;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ReadOnlyStringProperty emptyText() {
    return empty;
  }
}
