package nl.trede.client.ui.employer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Vacancy;
import nl.trede.sync.RecordType;

/** An employer's page: who to ask for, what they offer, their vacancies. */
public final class EmployerPresenter {
  /** A vacancy as a card. */
  public record VacancyRow(UUID vacancyId, String title, String details, String status) {}

  /** What the page leads to. */
  public interface Actions {
    void edit(UUID employerId);

    void newVacancy(UUID employerId);

    void openVacancy(UUID employerId, UUID vacancyId);
  }

  private final StringProperty name = new SimpleStringProperty();
  private final ObservableList<String> details = FXCollections.observableArrayList();
  private final ObservableList<VacancyRow> vacancies = FXCollections.observableArrayList();
  private final FieldContext context;
  private final Messages messages;
  private final UUID employerId;
  private final Actions actions;

  public EmployerPresenter(FieldContext context, UUID employerId, Actions actions) {
    this.context = context;
    this.messages = context.messages();
    this.employerId = employerId;
    this.actions = actions;
  }

  public void refresh() {
    Employer e = context.store().employers().stream().filter(x -> x.id().equals(employerId)).findFirst().orElse(null);
    if (e == null) {
      name.set(messages.get("employer.gone"));
      details.clear();
      vacancies.clear();
      return;
    }
    name.set(e.name());
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("employer.kvkLine", e.kvkNumber(), messages.label(e.sector())));
    if (e.address() != null) {
      lines.add(e.address());
    }
    if (e.contactPerson() != null) {
      lines.add(messages.get("employer.contactLine", e.contactPerson(),
          e.contactPhone() == null ? "" : " · " + e.contactPhone()));
    }
    if (e.contactEmail() != null) {
      lines.add(e.contactEmail());
    }
    if (e.harrieTrained()) {
      lines.add(messages.get("employer.harrie"));
    }
    if (e.sroiObligation()) {
      lines.add(messages.get("employer.sroi"));
    }
    details.setAll(lines);
    vacancies.setAll(context.store().<Vacancy>all(RecordType.VACANCY).stream()
        .filter(v -> v.employerId().equals(employerId))
        .sorted(Comparator.comparing(Vacancy::registeredOn).reversed())
        .map(v -> new VacancyRow(v.id(), v.title(), messages.get("vacancy.line",
            messages.decimal(v.hoursPerWeek()), v.tasks().size()), messages.label(v.status())))
        .toList());
  }

  public void edit() {
    actions.edit(employerId);
  }

  public void newVacancy() {
    actions.newVacancy(employerId);
  }

  public void openVacancy(VacancyRow row) {
    actions.openVacancy(employerId, row.vacancyId());
  }

  public ReadOnlyStringProperty name() {
    return name;
  }

  public ObservableList<String> details() {
    return details;
  }

  public ObservableList<VacancyRow> vacancies() {
    return vacancies;
  }
}
