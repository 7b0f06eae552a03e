package nl.trede.client.ui.candidate;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import nl.trede.client.ui.kit.Colleagues;
import nl.trede.client.ui.kit.ContactDueText;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.OutsideLinks;
import nl.trede.client.ui.kit.ReferralTargets;
import nl.trede.config.ContactDue;
import nl.trede.config.Dimension;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Corrections;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.WorkplaceSignals;
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
  /** One entry of the timeline as shown; {@code prompt}, when not null, what it asks of the coach. */
  public record Item(UUID id, RecordType type, String when, String title, List<String> details, String state,
      SyncState syncState, boolean corrected, boolean withdrawn, boolean correctable, String prompt) {}

  /** A classification value; {@code stale} when the scheme no longer knows it ("te herzien"). */
  public record Classification(String dimension, String value, boolean stale) {}

  /** A point of the ladder chart: from this day the candidate stood on this rung. */
  public record RungPoint(LocalDate day, int rung) {}

  /** A placement as a card. */
  public record PlacementCard(UUID id, String title, String period, String coaching, boolean overrun, String evaluation) {}

  /** What the page's buttons lead to. */
  public interface Actions {
    void recordContact(UUID candidateId, boolean noShow);

    void recordStep(UUID candidateId);

    void recordMeasurement(UUID candidateId);

    /** "Brede uitvraag" (002 §3.3.1): a new one, starting from the one that holds now. */
    void recordBroadIntake(UUID candidateId);

    void bookHours(UUID candidateId, UUID placementId);

    void openPlacement(UUID candidateId, UUID placementId);

    void editClassification(UUID candidateId);

    void correct(UUID candidateId, RecordType type, DomainRecord entry);

    /** "Gegevens wijzigen": person, inflow, benefit, what a match looks at. */
    void editPerson(UUID candidateId);

    void editPlan(UUID candidateId);

    /** "Kenmerken": flags, exemptions, hours of taking part. */
    void editFlags(UUID candidateId);

    /** "Klantmanager en coaches". */
    void assign(UUID candidateId);

    /** Close, reopen or delete the file. */
    void exit(UUID candidateId);

    void refer(UUID candidateId);

    void signOff(UUID referralId);
  }

  /** A referral as a card: where to, the goal, how it stands; open ones can be signed off. */
  public record ReferralCard(UUID id, String title, String goal, String status, boolean open) {}

  private final StringProperty name = new SimpleStringProperty();
  private final StringProperty born = new SimpleStringProperty();
  private final StringProperty phone = new SimpleStringProperty();
  private final StringProperty address = new SimpleStringProperty();
  private final StringProperty callLabel = new SimpleStringProperty();
  private final BooleanProperty canShowOnMap = new SimpleBooleanProperty();
  private String phoneNumber;
  private String addressText;
  private final StringProperty rung = new SimpleStringProperty();
  private final StringProperty nextContact = new SimpleStringProperty();
  private final BooleanProperty overdue = new SimpleBooleanProperty();
  private final StringProperty plan = new SimpleStringProperty();
  private final StringProperty work = new SimpleStringProperty();
  private final StringProperty file = new SimpleStringProperty();
  private final StringProperty premium = new SimpleStringProperty();
  private final ObservableList<ReferralCard> referrals = FXCollections.observableArrayList();
  private final ObservableList<Classification> classification = FXCollections.observableArrayList();
  private final ObservableList<String> flags = FXCollections.observableArrayList();
  private final ObservableList<String> notes = FXCollections.observableArrayList();
  private final ObservableList<String> signals = FXCollections.observableArrayList();
  private final ObservableList<RungPoint> ladder = FXCollections.observableArrayList();
  private final ObservableList<PlacementCard> placements = FXCollections.observableArrayList();
  private final ObservableList<Item> timeline = FXCollections.observableArrayList();
  private final Map<UUID, DomainRecord> records = new HashMap<>();
  private final FileRights rights = new FileRights();

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
    List<Corrections.Link> entries = new ArrayList<>();
    CandidateFile file = readFile(c, history, entries);
    showPerson(c, file, config, today);
    showClassification(c, file, config, today);
    // 002 §3.4.3: what the jobcoach signalled from the workplace, while it is open (decision 0068).
    // The colleagues' names are read only for a file that has one.
    List<WorkplaceSignals.Open> open = file.openSignals(today);
    Colleagues colleagues = open.isEmpty() ? null : Colleagues.of(context);
    signals.setAll(open.stream().map(o -> messages.get("candidate.signal",
        messages.label(o.signal()), colleagues.name(o.contact().authorId()), messages.date(o.day()))).toList());
    ladder.setAll(file.steps().stream().map(s -> new RungPoint(s.date(), s.toRung())).toList());
    Map<UUID, String> employers = context.store().employers().stream()
        .collect(Collectors.toMap(Employer::id, Employer::name, (a, b) -> a));
    placements.setAll(file.placements().stream()
        .sorted((a, b) -> Boolean.compare(b.isActiveOn(today), a.isActiveOn(today)))
        .map(p -> new FileTexts(messages).card(p, employers, today)).toList());
    TimelineItems items = new TimelineItems(messages, records, employers, ReferralTargets.of(context),
        context.config().orElse(null));
    timeline.setAll(items.timeline(history, Corrections.decide(entries)));
    referrals.setAll(items.referrals(history));
    rights.show(context, c, config);
  }

  /** Purged by a sync while open: show nothing of it. */
  private void showGone() {
    name.set(messages.get("candidate.gone"));
    for (StringProperty p : List.of(born, phone, address, callLabel, rung, nextContact, plan, work, file, premium)) {
      p.set(null);
    }
    phoneNumber = null;
    addressText = null;
    classification.clear();
    flags.clear();
    ladder.clear();
    placements.clear();
    timeline.clear();
    referrals.clear();
    notes.clear();
    signals.clear();
    canShowOnMap.set(false);
    rights.clear();
  }

  /**
   * The file as the rules read it, each record typed once; {@code entries} gets the history entries
   * for the one rule of corrections (nl.trede.domain.Corrections), by which the timeline strikes
   * what is out of force as the console does.
   */
  private CandidateFile readFile(Candidate c, List<StoredRecord> history, List<Corrections.Link> entries) {
    List<LadderStep> steps = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    List<Placement> placementList = new ArrayList<>();
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
    return new CandidateFile(c, steps, placementList, contacts, List.of(), context.store().groupContacts(c.id()));
  }

  private void showPerson(Candidate c, CandidateFile file, MunicipalityConfig config, LocalDate today) {
    name.set(c.displayName());
    born.set(c.dateOfBirth() == null ? null : messages.get("candidate.born", messages.date(c.dateOfBirth()),
        Period.between(c.dateOfBirth(), today).getYears()));
    phone.set(c.phone() == null ? null : messages.get("candidate.phone", c.phone()));
    address.set(c.address() == null ? null : messages.get("candidate.address", c.address()));
    phoneNumber = c.phone() == null || c.phone().isBlank() ? null : c.phone();
    addressText = c.address() == null || c.address().isBlank() ? null : c.address();
    callLabel.set(phoneNumber == null ? null : messages.get("candidate.call", c.givenName()));
    canShowOnMap.set(addressText != null);
    rung.set(file.rungOn(today).map(r -> messages.get("candidate.currentRung", r, messages.rungName(r)))
        .orElse(messages.get("candidate.noRung")));
    Optional<ContactDue> due = ContactDue.of(config, file, today);
    nextContact.set(due.map(d -> ContactDueText.describe(d, messages, today))
        .orElse(messages.get("caseload.noNextContact")));
    overdue.set(due.map(d -> d.overdue(today)).orElse(false));
    FileTexts texts = new FileTexts(messages);
    plan.set(texts.plan(c));
    work.set(texts.work(c));
    this.file.set(texts.file(c));
    premium.set(texts.premium(config, file, today));
  }

  /** The classification by the municipality's scheme (ClassificationRows); the flags. */
  private void showClassification(Candidate c, CandidateFile file, MunicipalityConfig config, LocalDate today) {
    classification.setAll(new ClassificationRows(messages, config).of(c.classification(), file.rungOn(today)));
    List<String> flagTexts = new ArrayList<>();
    for (CandidateFlag f : c.flags()) {
      flagTexts.add(f == CandidateFlag.WAGE_COST_SUBSIDY && c.wageValuePercent() != null
          ? messages.get("candidate.wageValue", c.wageValuePercent()) : messages.label(f));
    }
    flags.setAll(flagTexts);
    FileTexts texts = new FileTexts(messages);
    List<String> lines = new ArrayList<>(texts.exemptions(c));
    Optional.ofNullable(texts.participation(c)).ifPresent(lines::add);
    notes.setAll(lines);
  }

  /** Calls the candidate (issue 17); empty when the device took the call, else the number to dial by hand. */
  public Optional<OutsideLinks.ByHand> call() {
    return phoneNumber == null ? Optional.empty() : OutsideLinks.of(context).call(phoneNumber);
  }

  /** The candidate's address on a map, to find the way to a home visit; else the address to copy. */
  public Optional<OutsideLinks.ByHand> showOnMap() {
    return addressText == null ? Optional.empty() : OutsideLinks.of(context).showOnMap(addressText);
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

  public void recordMeasurement() {
    actions.recordMeasurement(candidateId);
  }

  public void recordBroadIntake() {
    actions.recordBroadIntake(candidateId);
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

  public void editPerson() {
    actions.editPerson(candidateId);
  }

  public void editPlan() {
    actions.editPlan(candidateId);
  }

  public void editFlags() {
    actions.editFlags(candidateId);
  }

  public void assign() {
    actions.assign(candidateId);
  }

  public void exit() {
    actions.exit(candidateId);
  }

  public void refer() {
    actions.refer(candidateId);
  }

  public void signOff(ReferralCard card) {
    if (card.open()) {
      actions.signOff(card.id());
    }
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

  /** "Bel Anna"; null when the file has no phone number (then no button). */
  public ReadOnlyStringProperty callLabel() {
    return callLabel;
  }

  /** Whether the file has an address to show on a map. */
  public BooleanProperty canShowOnMap() {
    return canShowOnMap;
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

  public ReadOnlyStringProperty premium() {
    return premium;
  }

  /** What the role may do with the file here, and who carries it. */
  public FileRights rights() {
    return rights;
  }

  public ObservableList<ReferralCard> referrals() {
    return referrals;
  }

  public ObservableList<Classification> classification() {
    return classification;
  }

  public ObservableList<String> flags() {
    return flags;
  }

  /** The exemptions, each with its period and reason, and the hours of taking part. */
  public ObservableList<String> notes() {
    return notes;
  }

  /**
   * The workplace signals still open (002 §3.4.3: "bijvoorbeeld dreigend baanverlies"), each with who
   * reported it and when: "Dreigend baanverlies: gemeld door Bram Visser op 3 mrt. 2026".
   */
  public ObservableList<String> signals() {
    return signals;
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
