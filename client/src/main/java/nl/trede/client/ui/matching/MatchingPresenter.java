package nl.trede.client.ui.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.matching.MatchingClient;
import nl.trede.client.store.StoredSession;
import nl.trede.client.sync.SyncException;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.OutsideLinks;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Requirement;
import nl.trede.matching.CandidateMatch;
import nl.trede.matching.VacancyMatches;
import nl.trede.sync.RecordType;

/**
 * "Mogelijke kandidaten" for a vacancy, asked of the server off the UI thread: anonymised matches
 * with whom to call for a warm handover (004 §4.1). Offline it says so plainly and why: candidate
 * files are not on a jobhunter's phone. A case manager sees the names of their own candidates,
 * looked up in their own store, never from the answer.
 */
public final class MatchingPresenter {
  /**
   * One match as a card.
   *
   * @param contact whom to call, or that no number or no case manager is known
   * @param call the call button's text, "Bel Fatima El Amrani (06-…)"; null without a number
   * @param phone the case manager's work number, as the server sent it
   */
  public record Row(String reference, String name, String profile, String fit, String missing, String contact,
      String call, String phone, boolean registerFit) {}

  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final BooleanProperty failed = new SimpleBooleanProperty();
  private final FieldContext context;
  private final Messages messages;
  private final MatchingClient client;
  private final UUID vacancyId;
  private final Executor background;
  private final Executor ui;

  public MatchingPresenter(FieldContext context, MatchingClient client, UUID vacancyId, Executor background,
      Executor ui) {
    this.context = context;
    this.messages = context.messages();
    this.client = client;
    this.vacancyId = vacancyId;
    this.background = background;
    this.ui = ui;
  }

  public void load() {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    failed.set(false);
    status.set(messages.get("matching.loading"));
    String token = context.store().session().map(StoredSession::token).orElse(null);
    background.execute(() -> {
      try {
        VacancyMatches answer = client.candidatesFor(token, vacancyId);
        ui.execute(() -> show(answer));
      } catch (SyncException e) {
        ui.execute(() -> fail(e.kind()));
      } catch (RuntimeException e) {
        ui.execute(() -> fail(SyncException.Kind.SERVER_ERROR));
      }
    });
  }

  private void show(VacancyMatches answer) {
    busy.set(false);
    Map<UUID, String> own = context.store().<Candidate>all(RecordType.CANDIDATE).stream()
        .collect(Collectors.toMap(Candidate::id, Candidate::displayName, (a, b) -> a));
    List<Row> list = new ArrayList<>();
    for (CandidateMatch m : answer.matches()) {
      String name = m.candidateId() == null ? null : own.get(m.candidateId());
      List<String> profile = new ArrayList<>();
      if (m.rung() != null) {
        profile.add(messages.get("matching.rung", m.rung()));
      }
      profile.add(m.availableHoursPerWeek() == null ? messages.get("matching.hoursUnknown")
          : messages.get("matching.hours", messages.decimal(m.availableHoursPerWeek())));
      if (m.languageLevel() != null) {
        profile.add(messages.get("matching.language", m.languageLevel()));
      }
      List<String> fit = new ArrayList<>();
      for (Requirement r : m.requirementsMet()) {
        fit.add(messages.label(r));
      }
      if (m.hoursFit()) {
        fit.add(messages.get("matching.hoursFit"));
      }
      String missing = m.requirementsMissing().isEmpty() ? null : messages.get("matching.missing",
          m.requirementsMissing().stream().map(messages::label).collect(Collectors.joining(", ")));
      String manager = m.caseManagerName();
      String phone = manager == null ? null : m.caseManagerPhone();
      list.add(new Row(m.reference(), name, String.join(" · ", profile),
          fit.isEmpty() ? null : messages.get("matching.fits", String.join(", ", fit)), missing,
          manager == null ? messages.get("matching.noContact")
              : phone == null ? messages.get("matching.noPhone", manager) : messages.get("matching.contact", manager),
          phone == null ? null : messages.get("matching.call", manager, phone), phone, m.targetGroupFit()));
    }
    rows.setAll(list);
    status.set(list.isEmpty() ? messages.get("matching.none", answer.considered())
        : messages.get("matching.shown", list.size(), answer.considered()));
  }

  /**
   * Calls the match's case manager, on the spot (004 §4.1: the warm handover); empty when the device
   * took the call, else the number to dial by hand.
   */
  public Optional<OutsideLinks.ByHand> call(Row row) {
    return row.phone() == null ? Optional.empty() : OutsideLinks.of(context).call(row.phone());
  }

  private void fail(SyncException.Kind kind) {
    busy.set(false);
    failed.set(true);
    rows.clear();
    status.set(messages.get("matching.error." + kind.name()));
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ReadOnlyStringProperty status() {
    return status;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public BooleanProperty failed() {
    return failed;
  }

  public String explanation() {
    return messages.get("matching.explain");
  }
}
