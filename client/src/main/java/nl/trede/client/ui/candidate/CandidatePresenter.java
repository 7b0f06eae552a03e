package nl.trede.client.ui.candidate;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.store.StoredRecord;
import nl.trede.client.store.SyncState;
import nl.trede.client.ui.kit.ContactDueText;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.ContactDue;
import nl.trede.config.Dimension;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Corrections;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;

/**
 * A candidate's page: what a coach needs on the doorstep (details, classification, flags, plan,
 * when the next contact is due), the ladder history as points for a small chart, the placements,
 * and the timeline of contacts, steps and hours, where a corrected entry stays visible but struck
 * through beside its correction.
 */
public final class CandidatePresenter {
  /** One entry of the timeline as shown. */
  public record Item(UUID id, RecordType type, String when, String title, List<String> details, String state,
      SyncState syncState, boolean corrected, boolean correctable) {}

  /** A classification value; {@code stale} when the scheme no longer knows it ("te herzien"). */
  public record Classification(String dimension, String value, boolean stale) {}

  /** A point of the ladder chart: from this day the candidate stood on this rung. */
  public record RungPoint(LocalDate day, int rung) {}

  /** A placement as a card. */
  public record PlacementCard(UUID id, String title, String period, String coaching, boolean overrun) {}

  /** What the page's buttons lead to. */
  public interface Actions {
    void recordContact(UUID candidateId, boolean noShow);

    void recordStep(UUID candidateId);

    void bookHours(UUID candidateId, UUID placementId);

    void openPlacement(UUID candidateId, UUID placementId);

    void editClassification(UUID candidateId);

    void correct(UUID candidateId, RecordType type, DomainRecord entry);
  }

  private final StringProperty name = new SimpleStringProperty();
  private final StringProperty born = new SimpleStringProperty();
  private final StringProperty phone = new SimpleStringProperty();
  private final StringProperty address = new SimpleStringProperty();
  private final StringProperty rung = new SimpleStringProperty();
  private final StringProperty nextContact = new SimpleStringProperty();
  private final BooleanProperty overdue = new SimpleBooleanProperty();
  private final StringProperty plan = new SimpleStringProperty();
  private final StringProperty work = new SimpleStringProperty();
  private final StringProperty file = new SimpleStringProperty();
  private final BooleanProperty canBookHours = new SimpleBooleanProperty();
  private final BooleanProperty canEditClassification = new SimpleBooleanProperty();
  private final ObservableList<Classification> classification = FXCollections.observableArrayList();
  private final ObservableList<String> flags = FXCollections.observableArrayList();
  private final ObservableList<RungPoint> ladder = FXCollections.observableArrayList();
  private final ObservableList<PlacementCard> placements = FXCollections.observableArrayList();
  private final ObservableList<Item> timeline = FXCollections.observableArrayList();
  private final Map<UUID, DomainRecord> records = new HashMap<>();

  private final FieldContext context;
  private final Messages messages;
  private final UUID candidateId;
  private final Actions actions;

  public CandidatePresenter(FieldContext context, UUID candidateId, Actions actions) {
    this.context = context;
    this.messages = context.messages();
    this.candidateId = candidateId;
    this.actions = actions;
  }

  public void refresh() {
    Optional<Candidate> found = context.store().candidate(candidateId);
    records.clear();
    if (found.isEmpty()) {
      showGone();
      return;
    }
    Candidate c = found.get();
    LocalDate today = context.today();
    MunicipalityConfig config = context.configOrDefault();
    List<StoredRecord> history = context.store().history(candidateId);
    Set<UUID> corrected = new HashSet<>();
    CandidateFile file = readFile(c, history, corrected);
    showPerson(c, file, config, today);
    showClassification(c, config);
    ladder.setAll(file.steps().stream().map(s -> new RungPoint(s.date(), s.toRung())).toList());
    Map<UUID, String> employers = context.store().employers().stream()
        .collect(Collectors.toMap(Employer::id, Employer::name, (a, b) -> a));
    placements.setAll(file.placements().stream()
        .sorted((a, b) -> Boolean.compare(b.isActiveOn(today), a.isActiveOn(today)))
        .map(p -> card(p, employers, today)).toList());
    timeline.setAll(history.stream().filter(r -> r.type() != RecordType.PLACEMENT)
        .map(r -> toItem(r, records.get(r.id()), employers, corrected.contains(r.id())))
        .toList());
    Role role = context.role();
    canBookHours.set(role == Role.JOBCOACH);
    canEditClassification.set(!config.dimensions().isEmpty()
        && (!role.worksInTheField() || config.dimensions().stream().anyMatch(Dimension::fieldEditable)));
  }

  /** Purged by a sync while open: show nothing of it. */
  private void showGone() {
    name.set(messages.get("candidate.gone"));
    for (StringProperty p : List.of(born, phone, address, rung, nextContact, plan, work, file)) {
      p.set(null);
    }
    classification.clear();
    flags.clear();
    ladder.clear();
    placements.clear();
    timeline.clear();
    canBookHours.set(false);
    canEditClassification.set(false);
  }

  /**
   * The file as the rules read it, each record typed once; {@code corrected} gets what is out of
   * force by the one rule of corrections (nl.trede.domain.Corrections), as the console strikes it.
   */
  private CandidateFile readFile(Candidate c, List<StoredRecord> history, Set<UUID> corrected) {
    List<LadderStep> steps = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    List<Placement> placementList = new ArrayList<>();
    List<Corrections.Link> entries = new ArrayList<>();
    for (StoredRecord r : history) {
      DomainRecord record = MutationRules.read(r.type(), r.data());
      records.put(record.id(), record);
      if (r.type().appendOnly()) {
        entries.add(Corrections.Link.of(record));
      }
      switch (r.type()) {
        case CONTACT -> contacts.add((Contact) record);
        case LADDER_STEP -> steps.add((LadderStep) record);
        case PLACEMENT -> placementList.add((Placement) record);
        default -> { }
      }
    }
    corrected.addAll(Corrections.notInForce(entries));
    return new CandidateFile(c, steps, placementList, contacts);
  }

  private void showPerson(Candidate c, CandidateFile file, MunicipalityConfig config, LocalDate today) {
    name.set(c.displayName());
    born.set(c.dateOfBirth() == null ? null : messages.get("candidate.born", messages.date(c.dateOfBirth()),
        Period.between(c.dateOfBirth(), today).getYears()));
    phone.set(c.phone() == null ? null : messages.get("candidate.phone", c.phone()));
    address.set(c.address() == null ? null : messages.get("candidate.address", c.address()));
    rung.set(file.rungOn(today).map(r -> messages.get("candidate.currentRung", r, messages.rungName(r)))
        .orElse(messages.get("candidate.noRung")));
    Optional<ContactDue> due = ContactDue.of(config, file, today);
    nextContact.set(due.map(d -> ContactDueText.describe(d, messages, today))
        .orElse(messages.get("caseload.noNextContact")));
    overdue.set(due.map(d -> d.overdue(today)).orElse(false));
    plan.set(planText(c));
    work.set(workText(c));
    this.file.set(fileText(c));
  }

  /** The classification by the municipality's scheme, values it no longer has marked for review; the flags. */
  private void showClassification(Candidate c, MunicipalityConfig config) {
    Map<String, String> stale = config.staleValues(c.classification());
    List<Classification> rows = new ArrayList<>();
    for (Dimension d : config.dimensions()) {
      String value = c.classification().get(d.key());
      rows.add(new Classification(d.label(), value == null ? messages.get("classification.none")
          : stale.containsKey(d.key()) ? messages.get("classification.staleValue", value) : d.labelOf(value),
          stale.containsKey(d.key())));
    }
    stale.forEach((key, value) -> {
      if (config.dimension(key).isEmpty()) {
        rows.add(new Classification(key, messages.get("classification.staleValue", value), true));
      }
    });
    classification.setAll(rows);
    List<String> flagTexts = new ArrayList<>();
    for (CandidateFlag f : c.flags()) {
      flagTexts.add(f == CandidateFlag.WAGE_COST_SUBSIDY && c.wageValuePercent() != null
          ? messages.get("candidate.wageValue", c.wageValuePercent()) : messages.label(f));
    }
    flags.setAll(flagTexts);
  }

  private String planText(Candidate c) {
    if (c.plan() == null) {
      return messages.get("candidate.noPlan");
    }
    List<String> lines = new ArrayList<>();
    if (c.plan().goals() != null) {
      lines.add(messages.get("plan.goals", c.plan().goals()));
    }
    if (c.plan().support() != null) {
      lines.add(messages.get("plan.support", c.plan().support()));
    }
    if (c.plan().contactFrequencyDays() != null) {
      lines.add(messages.get("plan.frequency", c.plan().contactFrequencyDays()));
    }
    if (c.plan().expectedDurationMonths() != null) {
      lines.add(messages.get("plan.duration", c.plan().expectedDurationMonths()));
    }
    return String.join("\n", lines);
  }

  /** What a jobhunter's match and a placement look at: hours, language, certificates. */
  private String workText(Candidate c) {
    List<String> parts = new ArrayList<>();
    if (c.availableHoursPerWeek() != null) {
      parts.add(messages.get("candidate.available", messages.decimal(c.availableHoursPerWeek())));
    }
    if (c.languageLevel() != null) {
      parts.add(messages.get("candidate.language", c.languageLevel()));
    }
    if (!c.certificates().isEmpty()) {
      parts.add(messages.get("candidate.certificates", c.certificates().stream().map(messages::label)
          .collect(Collectors.joining(", "))));
    }
    return parts.isEmpty() ? null : String.join(" · ", parts);
  }

  /** When and why the file was opened, and closed (uitstroom) when it was. */
  private String fileText(Candidate c) {
    List<String> lines = new ArrayList<>();
    if (c.inflow() != null && c.inflow().date() != null) {
      lines.add(messages.get("candidate.inflow", messages.date(c.inflow().date()), messages.label(c.inflow().reason())));
    }
    if (c.exit() != null && c.exit().date() != null) {
      lines.add(messages.get("candidate.exit", messages.date(c.exit().date()), messages.label(c.exit().reason())));
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private PlacementCard card(Placement p, Map<UUID, String> employers, LocalDate today) {
    String where = p.employerId() != null ? employers.getOrDefault(p.employerId(), messages.get("common.unknown"))
        : p.organisation();
    String title = messages.get("placement.card", messages.label(p.kind()), where);
    String period = p.endDate() != null ? messages.get("placement.ended", messages.date(p.startDate()),
        messages.date(p.endDate()))
        : p.plannedEndDate() != null ? messages.get("placement.until", messages.date(p.startDate()),
            messages.date(p.plannedEndDate()))
        : messages.get("placement.since", messages.date(p.startDate()));
    String coaching = null;
    boolean overrun = p.coachingOverrun(today);
    if (p.jobcoaching() != null && p.jobcoaching().coachKind() != null) {
      coaching = overrun ? messages.get("placement.coachingOverrun", messages.date(p.jobcoaching().plannedEndDate()))
          : messages.get("placement.coachingUntil", messages.label(p.jobcoaching().coachKind()),
              messages.date(p.jobcoaching().plannedEndDate()));
    }
    return new PlacementCard(p.id(), title, period, coaching, overrun);
  }

  private Item toItem(StoredRecord row, DomainRecord record, Map<UUID, String> employers, boolean isCorrected) {
    List<String> details = new ArrayList<>();
    String when;
    String title;
    UUID corrects = null;
    switch (row.type()) {
      case CONTACT -> {
        Contact c = (Contact) record;
        when = messages.dateTime(c.occurredAt());
        String where = messages.label(c.location());
        title = c.noShow() ? messages.get("timeline.contact.noShow", where)
            : messages.get("timeline.contact", where, c.durationMinutes());
        addIfPresent(details, c.summary());
        if (c.agreements() != null && !c.agreements().isBlank()) {
          details.add(messages.get("timeline.agreements", c.agreements()));
        }
        if (c.nextContactDate() != null) {
          details.add(messages.get("timeline.nextContact", messages.date(c.nextContactDate())));
        }
        corrects = c.correctsId();
      }
      case LADDER_STEP -> {
        LadderStep s = (LadderStep) record;
        when = messages.date(s.date());
        title = s.fromRung() == null ? messages.get("timeline.step.intake", s.toRung())
            : messages.get("timeline.step", s.fromRung(), s.toRung());
        details.add(messages.rungName(s.toRung()));
        addIfPresent(details, s.reason());
        corrects = s.correctsId();
      }
      case COACHING_HOURS -> {
        CoachingHours h = (CoachingHours) record;
        when = messages.date(h.date());
        title = messages.get("timeline.hours", messages.hours(h.quarterHours()),
            employers.getOrDefault(h.employerId(), messages.get("common.unknown")));
        details.add(messages.label(h.activity()) + " · " + messages.label(h.coachKind()));
        if (h.confirmedBy() != null) {
          details.add(messages.get("timeline.confirmed", h.confirmedBy(), messages.dateTime(h.confirmedAt())));
        }
        addIfPresent(details, h.note());
        corrects = h.correctsId();
      }
      default -> {
        when = "";
        title = row.type().wireName();
      }
    }
    if (corrects != null) {
      DomainRecord original = records.get(corrects);
      details.add(0, original == null ? messages.get("timeline.correction")
          : messages.get("timeline.correctionOf", whenOf(original)));
    }
    if (isCorrected) {
      details.add(messages.get("timeline.corrected"));
    }
    String state = row.syncState() == SyncState.REJECTED
        ? messages.get("timeline.state.REJECTED", row.violations().stream().map(messages::violation)
            .distinct().collect(Collectors.joining(" ")))
        : messages.get("timeline.state." + row.syncState().name());
    return new Item(row.id(), row.type(), when, title, details, state, row.syncState(), isCorrected, !isCorrected);
  }

  private String whenOf(DomainRecord record) {
    if (record instanceof Contact c) {
      return messages.dateTime(c.occurredAt());
    }
    if (record instanceof LadderStep s) {
      return messages.date(s.date());
    }
    return record instanceof CoachingHours h ? messages.date(h.date()) : "";
  }

  private static void addIfPresent(List<String> details, String text) {
    if (text != null && !text.isBlank()) {
      details.add(text);
    }
  }

  public void recordContact() {
    actions.recordContact(candidateId, false);
  }

  public void recordNoShow() {
    actions.recordContact(candidateId, true);
  }

  public void recordStep() {
    actions.recordStep(candidateId);
  }

  public void bookHours() {
    actions.bookHours(candidateId, null);
  }

  public void openPlacement(PlacementCard card) {
    actions.openPlacement(candidateId, card == null ? null : card.id());
  }

  public void newPlacement() {
    actions.openPlacement(candidateId, null);
  }

  public void editClassification() {
    actions.editClassification(candidateId);
  }

  public void correct(Item item) {
    DomainRecord record = records.get(item.id());
    if (record != null && item.correctable()) {
      actions.correct(candidateId, item.type(), record);
    }
  }

  public ReadOnlyStringProperty name() {
    return name;
  }

  public ReadOnlyStringProperty born() {
    return born;
  }

  public ReadOnlyStringProperty phone() {
    return phone;
  }

  public ReadOnlyStringProperty address() {
    return address;
  }

  public ReadOnlyStringProperty rung() {
    return rung;
  }

  public ReadOnlyStringProperty nextContact() {
    return nextContact;
  }

  public BooleanProperty overdue() {
    return overdue;
  }

  public ReadOnlyStringProperty plan() {
    return plan;
  }

  public ReadOnlyStringProperty work() {
    return work;
  }

  public ReadOnlyStringProperty file() {
    return file;
  }

  public BooleanProperty canBookHours() {
    return canBookHours;
  }

  public BooleanProperty canEditClassification() {
    return canEditClassification;
  }

  public ObservableList<Classification> classification() {
    return classification;
  }

  public ObservableList<String> flags() {
    return flags;
  }

  public ObservableList<RungPoint> ladder() {
    return ladder;
  }

  public ObservableList<PlacementCard> placements() {
    return placements;
  }

  public ObservableList<Item> timeline() {
    return timeline;
  }

  public LocalDate today() {
    return context.today();
  }
}
