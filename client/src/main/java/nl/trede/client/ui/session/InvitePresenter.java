package nl.trede.client.ui.session;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.SessionFacts;
import nl.trede.domain.ValidationException;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.sync.RecordType;

/**
 * "Uitnodigen": the open files on this device, searchable by name, with a check box each; those
 * already invited are checked and fixed. Opslaan writes every new invitation in one local
 * transaction (all or none), each with the one id of its session and candidate, so a colleague
 * who invited the same candidate offline makes the same record rather than a second.
 */
public final class InvitePresenter {
  /** One file to choose. */
  public record Choice(UUID candidateId, String name, boolean invited, BooleanProperty chosen) {}

  private final StringProperty search = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty();
  private final StringProperty error = new SimpleStringProperty();
  private final ObservableList<Choice> shown = FXCollections.observableArrayList();
  private final List<Choice> all;
  private final FieldContext context;
  private final Messages messages;
  private final UUID sessionId;
  private final Runnable onSaved;
  private final String title;

  public InvitePresenter(FieldContext context, UUID sessionId, Runnable onSaved) {
    this.context = context;
    this.messages = context.messages();
    this.sessionId = sessionId;
    this.onSaved = onSaved;
    SessionFacts facts = SessionFacts.of(context);
    this.title = facts.session(sessionId).map(s -> messages.get("invite.about", s.title(), facts.when(s)))
        .orElse(messages.get("session.gone"));
    Set<UUID> invited = facts.invited(sessionId).stream().map(SessionAttendance::candidateId)
        .collect(Collectors.toSet());
    this.all = context.store().<Candidate>all(RecordType.CANDIDATE).stream()
        .filter(c -> c.exit() == null || invited.contains(c.id()))
        .sorted(Comparator.comparing(Candidate::displayName, String.CASE_INSENSITIVE_ORDER))
        .map(c -> new Choice(c.id(), c.displayName(), invited.contains(c.id()),
            new SimpleBooleanProperty(invited.contains(c.id()))))
        .toList();
    all.forEach(c -> c.chosen().addListener((obs, was, is) -> count()));
    search.addListener((obs, was, is) -> apply());
    apply();
  }

  private void apply() {
    String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
    shown.setAll(all.stream().filter(c -> needle.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(needle))
        .toList());
    count();
  }

  private void count() {
    long chosen = newlyChosen().size();
    summary.set(all.isEmpty() ? messages.get("invite.noFiles") : messages.get("invite.chosen", chosen));
  }

  private List<Choice> newlyChosen() {
    return all.stream().filter(c -> !c.invited() && c.chosen().get()).toList();
  }

  /** Saves the new invitations together; true when saved (or when there was none to save). */
  public boolean save() {
    List<SessionAttendance> invitations = newlyChosen().stream()
        .map(c -> new SessionAttendance(SessionAttendance.idFor(sessionId, c.candidateId()), sessionId,
            c.candidateId(), context.userId(), context.today(), null, false, null))
        .toList();
    try {
      if (!invitations.isEmpty()) {
        context.store().createAll(RecordType.SESSION_ATTENDANCE, invitations);
      }
    } catch (ValidationException e) {
      error.set(messages.get("invite.notSaved", messages.violation(e.violations().get(0))));
      return false;
    }
    onSaved.run();
    return true;
  }

  /** "Training Aan het werk, dinsdag 3 dec. · 14:00": which session, at the top. */
  public String about() {
    return title;
  }

  public StringProperty search() {
    return search;
  }

  public ObservableList<Choice> shown() {
    return shown;
  }

  /** "2 gekozen", or that there are no files on this device. */
  public ReadOnlyStringProperty summary() {
    return summary;
  }

  public ReadOnlyStringProperty error() {
    return error;
  }
}
