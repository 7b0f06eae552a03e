package nl.trede.client.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.SyncState;
import nl.trede.client.store.TimelineEntry;
import nl.trede.client.ui.Messages;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.employer.Employer;
import nl.trede.sync.RecordType;

/** A candidate's page: the details a coach needs on the doorstep and the file's history. */
public final class CandidatePresenter {
  /** One entry of the timeline as shown. */
  public record Item(RecordType type, String when, String title, List<String> details, String state,
      SyncState syncState) {}

  /** What the page's action buttons lead to. */
  public interface Actions {
    void recordContact(UUID candidateId);

    void recordStep(UUID candidateId);

    void bookHours(UUID candidateId);
  }

  private final StringProperty name = new SimpleStringProperty();
  private final StringProperty born = new SimpleStringProperty();
  private final StringProperty phone = new SimpleStringProperty();
  private final StringProperty address = new SimpleStringProperty();
  private final StringProperty rung = new SimpleStringProperty();
  private final ObservableList<Item> timeline = FXCollections.observableArrayList();

  private final LocalStore store;
  private final Messages messages;
  private final Clock clock;
  private final UUID candidateId;
  private final Actions actions;

  public CandidatePresenter(LocalStore store, Messages messages, Clock clock, UUID candidateId, Actions actions) {
    this.store = store;
    this.messages = messages;
    this.clock = clock;
    this.candidateId = candidateId;
    this.actions = actions;
  }

  public void refresh() {
    Optional<Candidate> found = store.candidate(candidateId);
    if (found.isEmpty()) {
      // Purged by a sync while open: show nothing of it.
      name.set(messages.get("common.unknown"));
      born.set(null);
      phone.set(null);
      address.set(null);
      rung.set(null);
      timeline.clear();
      return;
    }
    Candidate c = found.get();
    LocalDate today = LocalDate.now(clock.withZone(Violations.ZONE));
    name.set(c.displayName());
    born.set(c.dateOfBirth() == null ? null : messages.get("candidate.born", messages.date(c.dateOfBirth()),
        Period.between(c.dateOfBirth(), today).getYears()));
    phone.set(c.phone() == null ? null : messages.get("candidate.phone", c.phone()));
    address.set(c.address() == null ? null : messages.get("candidate.address", c.address()));
    rung.set(store.currentRung(candidateId)
        .map(r -> messages.get("candidate.currentRung", r, messages.rungName(r)))
        .orElse(messages.get("candidate.noRung")));
    var employers = store.employers().stream().collect(Collectors.toMap(Employer::id, Employer::name));
    timeline.setAll(store.timeline(candidateId).stream().map(e -> toItem(e, employers)).toList());
  }

  private Item toItem(TimelineEntry entry, java.util.Map<UUID, String> employers) {
    List<String> details = new ArrayList<>();
    String when;
    String title;
    switch (entry.type()) {
      case CONTACT -> {
        Contact c = (Contact) entry.record();
        when = messages.dateTime(c.occurredAt());
        String where = messages.get("location." + c.location().name());
        title = c.noShow() ? messages.get("timeline.contact.noShow", where)
            : messages.get("timeline.contact", where, c.durationMinutes());
        addIfPresent(details, c.summary());
        if (c.agreements() != null && !c.agreements().isBlank()) {
          details.add(messages.get("timeline.agreements", c.agreements()));
        }
        if (c.nextContactDate() != null) {
          details.add(messages.get("timeline.nextContact", messages.date(c.nextContactDate())));
        }
      }
      case LADDER_STEP -> {
        LadderStep s = (LadderStep) entry.record();
        when = messages.date(s.date());
        title = s.fromRung() == null ? messages.get("timeline.step.intake", s.toRung())
            : messages.get("timeline.step", s.fromRung(), s.toRung());
        details.add(messages.rungName(s.toRung()));
        addIfPresent(details, s.reason());
      }
      case COACHING_HOURS -> {
        CoachingHours h = (CoachingHours) entry.record();
        when = messages.date(h.date());
        title = messages.get("timeline.hours", messages.hours(h.quarterHours()),
            employers.getOrDefault(h.employerId(), messages.get("common.unknown")));
        details.add(messages.get("activity." + h.activity().name()) + " · "
            + messages.get("coachKind." + h.coachKind().name()));
        addIfPresent(details, h.note());
      }
      default -> {
        when = "";
        title = entry.type().wireName();
      }
    }
    String state = entry.syncState() == SyncState.REJECTED
        ? messages.get("timeline.state.REJECTED", entry.errors().stream().map(messages::violation)
            .distinct().collect(Collectors.joining(" ")))
        : messages.get("timeline.state." + entry.syncState().name());
    return new Item(entry.type(), when, title, details, state, entry.syncState());
  }

  private static void addIfPresent(List<String> details, String text) {
    if (text != null && !text.isBlank()) {
      details.add(text);
    }
  }

  public void recordContact() {
    actions.recordContact(candidateId);
  }

  public void recordStep() {
    actions.recordStep(candidateId);
  }

  public void bookHours() {
    actions.bookHours(candidateId);
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

  public ObservableList<Item> timeline() {
    return timeline;
  }
}
