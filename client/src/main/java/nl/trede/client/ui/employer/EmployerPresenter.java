package nl.trede.client.ui.employer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.Map;
import java.util.stream.Collectors;
import nl.trede.client.store.StoredRecord;
import nl.trede.client.store.SyncState;
import nl.trede.client.ui.kit.Colleagues;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FollowUp;
import nl.trede.client.ui.kit.RecordLabels;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Corrections;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.Vacancy;
import nl.trede.sync.RecordType;

/**
 * An employer's page: who to ask for, what they offer, the contacts with them (newest first, a
 * corrected entry struck through beside its correction, as on a candidate's timeline), and their
 * vacancies.
 */
public final class EmployerPresenter {
  /** A vacancy as a card. */
  public record VacancyRow(UUID vacancyId, String title, String details, String status) {}

  /**
   * A contact with the employer as a card.
   *
   * @param corrected out of force: a later entry corrects it, or it was withdrawn (struck through)
   * @param correctable in force: "Corrigeren" offers a correction
   */
  public record ContactRow(UUID id, String when, String title, List<String> details, String state,
      SyncState syncState, boolean corrected, boolean correctable) {}

  /** What the page leads to. */
  public interface Actions {
    void edit(UUID employerId);

    void newVacancy(UUID employerId);

    void openVacancy(UUID employerId, UUID vacancyId);

    /** "Contact vastleggen", or with {@code corrects} a correction of that entry. */
    void recordContact(UUID employerId, EmployerContact corrects);
  }

  private final StringProperty name = new SimpleStringProperty();
  private final ObservableList<String> details = FXCollections.observableArrayList();
  private final ObservableList<VacancyRow> vacancies = FXCollections.observableArrayList();
  private final ObservableList<ContactRow> contacts = FXCollections.observableArrayList();
  private final StringProperty followUp = new SimpleStringProperty();
  private final javafx.beans.property.BooleanProperty followUpOverdue = new javafx.beans.property.SimpleBooleanProperty();
  private Map<UUID, EmployerContact> shown = Map.of();
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
      contacts.clear();
      followUp.set(null);
      return;
    }
    name.set(e.name());
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("employer.kvkLine", e.kvkNumber(), messages.label(e.sector())));
    if (e.accountOwnerId() != null) {
      // 001 §3.1: the employer's fixed contact at the municipality, by name.
      lines.add(messages.get("employer.ownerLine", Colleagues.of(context).name(e.accountOwnerId())));
    }
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
    refreshContacts();
  }

  private void refreshContacts() {
    List<EmployerContact> mine = context.store().<EmployerContact>all(RecordType.EMPLOYER_CONTACT).stream()
        .filter(c -> employerId.equals(c.employerId())).toList();
    shown = mine.stream().collect(Collectors.toMap(EmployerContact::id, c -> c));
    LocalDate due = EmployerContact.followUp(mine).orElse(null);
    followUp.set(FollowUp.of(due, context.today(), messages).orElse(null));
    followUpOverdue.set(FollowUp.overdue(due, context.today()));
    Corrections.Verdict verdict = Corrections.decide(mine.stream().map(Corrections.Link::of).toList());
    Map<UUID, String> titles = context.store().<Vacancy>all(RecordType.VACANCY).stream()
        .filter(v -> employerId.equals(v.employerId())).collect(Collectors.toMap(Vacancy::id, Vacancy::title));
    Colleagues colleagues = Colleagues.of(context);
    contacts.setAll(mine.stream()
        // Newest first: by day, then by when it was recorded (v7 ids sort by that).
        .sorted(Comparator.comparing(EmployerContact::date).thenComparing(c -> c.id().toString()).reversed())
        .map(c -> row(c, verdict, titles, colleagues)).toList());
  }

  private ContactRow row(EmployerContact c, Corrections.Verdict verdict, Map<UUID, String> vacancyTitles,
      Colleagues colleagues) {
    boolean outOfForce = verdict.notInForce().contains(c.id());
    List<String> lines = new ArrayList<>();
    if (c.correctsId() != null) {
      EmployerContact original = shown.get(c.correctsId());
      String of = c.withdrawn() ? "timeline.withdrawalOf" : "timeline.correctionOf";
      lines.add(original == null ? messages.get(c.withdrawn() ? "timeline.withdrawal" : "timeline.correction")
          : messages.get(of, messages.date(original.date())));
    }
    lines.add(c.spokeWith() == null ? messages.get("employerContact.by", colleagues.name(c.authorId()))
        : messages.get("employerContact.byWith", colleagues.name(c.authorId()), c.spokeWith()));
    if (c.summary() != null) {
      lines.add(c.summary());
    }
    if (c.followUpDate() != null) {
      lines.add(messages.get("employerContact.followUpLine", messages.date(c.followUpDate())));
    }
    if (c.vacancyId() != null) {
      lines.add(messages.get("employerContact.vacancyLine",
          vacancyTitles.getOrDefault(c.vacancyId(), messages.get("common.unknown"))));
    }
    boolean withdrawal = c.withdrawn();
    if (verdict.withdrawn(c.id()) && !withdrawal) {
      lines.add(messages.get("timeline.withdrawn"));
    } else if (outOfForce && !withdrawal) {
      lines.add(messages.get("timeline.corrected"));
    }
    StoredRecord stored = context.store().find(c.id()).orElse(null);
    return new ContactRow(c.id(), messages.date(c.date()), messages.get("employerContact.kind." + c.kind().name()),
        lines, stored == null ? "" : RecordLabels.syncState(messages, stored),
        stored == null ? SyncState.PENDING : stored.syncState(), outOfForce && !withdrawal,
        !outOfForce && context.role().recordsEmployerContacts());
  }

  /** "Contact vastleggen": only for roles that record contacts with employers. */
  public boolean mayRecordContacts() {
    return context.role().recordsEmployerContacts();
  }

  public void recordContact() {
    actions.recordContact(employerId, null);
  }

  public void correct(ContactRow row) {
    EmployerContact entry = shown.get(row.id());
    if (entry != null && row.correctable()) {
      actions.recordContact(employerId, entry);
    }
  }

  public ObservableList<ContactRow> contacts() {
    return contacts;
  }

  /** "Terugbellen vóór …" or "Opvolging verlopen", when the employer's follow-up is due; else null. */
  public ReadOnlyStringProperty followUp() {
    return followUp;
  }

  public javafx.beans.value.ObservableBooleanValue followUpOverdue() {
    return followUpOverdue;
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
