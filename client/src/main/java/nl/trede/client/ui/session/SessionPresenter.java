package nl.trede.client.ui.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.store.Editing;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.SessionFacts;
import nl.trede.config.SessionKind;
import nl.trede.config.SessionRules;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import nl.trede.sync.RecordType;

/**
 * A session's page (issue 18): what, when and where; the user's invited candidates (only files on
 * this device), and at the session, for each in one tap, Aanwezig, Niet verschenen or Afgemeld,
 * "Wil vervolg" and a line of note. Quick and light (DOMAIN: "Recording at events must be quick,
 * light and optional"): every tap saves at once, a second tap on the same presence takes it back,
 * and nothing asks for more. Presence is offered only where the municipality records who came and
 * once the day has come; otherwise one line says why ({@link SessionRules#checkAttendance}). Where the
 * kind has its attendees sign something (Lansingerland's participatieverklaring, 002 §3.3.8), each who
 * came has a toggle for it.
 */
public final class SessionPresenter {
  /** One invited candidate as a row; {@code declarationSigned} null while not recorded. */
  public record Invitee(UUID attendanceId, UUID candidateId, String name, Presence presence, boolean wantsFollowUp,
      String note, Boolean declarationSigned) {

    /** The toggle is for who came: one cannot sign at a meeting one did not attend (decision 0064). */
    public boolean maySign() {
      return presence == Presence.ATTENDED;
    }
  }

  /** What the page's buttons lead to. */
  public interface Actions {
    void edit(UUID sessionId);

    void invite(UUID sessionId);

    void openCandidate(UUID candidateId);

    /** A tap saved a change: every tap on the page saves, and each asks for a sync as Opslaan does. */
    void saved();
  }

  private final StringProperty title = new SimpleStringProperty();
  private final StringProperty when = new SimpleStringProperty();
  private final StringProperty kind = new SimpleStringProperty();
  private final StringProperty details = new SimpleStringProperty();
  private final StringProperty note = new SimpleStringProperty();
  private final StringProperty counts = new SimpleStringProperty();
  private final StringProperty cancelled = new SimpleStringProperty();
  private final StringProperty presenceWhy = new SimpleStringProperty();
  private final StringProperty error = new SimpleStringProperty();
  private final StringProperty invitedEmpty = new SimpleStringProperty();
  private final StringProperty declaration = new SimpleStringProperty();
  private final BooleanProperty presenceOffered = new SimpleBooleanProperty();
  private final BooleanProperty followUpOffered = new SimpleBooleanProperty();
  private final BooleanProperty exists = new SimpleBooleanProperty();
  private final ObservableList<Invitee> invitees = FXCollections.observableArrayList();
  private final FieldContext context;
  private final Messages messages;
  private final UUID sessionId;
  private final Actions actions;
  private GroupSession session;

  public SessionPresenter(FieldContext context, UUID sessionId, Actions actions) {
    this.context = context;
    this.messages = context.messages();
    this.sessionId = sessionId;
    this.actions = actions;
  }

  public void refresh() {
    SessionFacts facts = SessionFacts.of(context);
    session = facts.session(sessionId).orElse(null);
    exists.set(session != null);
    if (session == null) {
      title.set(messages.get("session.gone"));
      for (StringProperty p : List.of(when, kind, details, note, counts, cancelled, presenceWhy, invitedEmpty,
          declaration)) {
        p.set(null);
      }
      invitees.clear();
      presenceOffered.set(false);
      followUpOffered.set(false);
      return;
    }
    LocalDate today = context.today();
    title.set(session.title());
    when.set(facts.when(session));
    Optional<SessionKind> sessionKind = facts.kind(session.kind());
    // The title is often the kind's label itself: said once.
    kind.set(facts.kindLabel(session.kind()).equals(session.title()) ? null : facts.kindLabel(session.kind()));
    List<String> lines = new ArrayList<>();
    Optional.ofNullable(session.place()).ifPresent(p -> lines.add(messages.get("session.place", p)));
    Optional.ofNullable(session.organiser()).ifPresent(o -> lines.add(messages.get("session.organiser", o)));
    details.set(lines.isEmpty() ? null : String.join("\n", lines));
    note.set(session.note());
    counts.set(facts.counts(session, today));
    cancelled.set(session.cancelled() ? messages.get("session.cancelledBanner") : null);
    boolean byName = facts.byName(session);
    presenceOffered.set(byName && session.hasTakenPlace(today));
    followUpOffered.set(session.hasTakenPlace(today));
    presenceWhy.set(presenceOffered.get() ? null : why(sessionKind, byName, today));
    declaration.set(presenceOffered.get() ? facts.declarationLabel(session).orElse(null) : null);
    invitees.setAll(facts.invited(sessionId).stream()
        .map(a -> new Invitee(a.id(), a.candidateId(), name(a.candidateId()), a.presence(), a.wantsFollowUp(),
            a.note(), a.declarationSigned()))
        .sorted(Comparator.comparing(Invitee::name, String.CASE_INSENSITIVE_ORDER))
        .toList());
    invitedEmpty.set(invitees.isEmpty() ? messages.get("session.noneInvited") : null);
  }

  /**
   * Why no presence buttons: the kind is counted without names (its description says so, else a
   * line of ours), the session was cancelled, or its day has not come.
   */
  private String why(Optional<SessionKind> sessionKind, boolean byName, LocalDate today) {
    if (!byName) {
      String description = sessionKind.map(SessionKind::description).orElse(null);
      return description != null ? description : messages.get("session.headcountOnly",
          sessionKind.map(SessionKind::label).orElse(session.kind()));
    }
    if (session.cancelled()) {
      return messages.get("session.cancelledNoPresence");
    }
    return session.date().isAfter(today) ? messages.get("session.presenceFromTheDay", messages.day(session.date()))
        : null;
  }

  private String name(UUID candidateId) {
    return context.store().candidate(candidateId).map(Candidate::displayName)
        .orElse(messages.get("common.unknown"));
  }

  /**
   * One tap: this presence, or none when it was already recorded (a slip taken back). Who is no longer
   * aanwezig signed nothing, so a signature recorded goes with the presence.
   */
  public void presence(Invitee invitee, Presence presence) {
    Presence next = invitee.presence() == presence ? null : presence;
    change(invitee, a -> {
      SessionAttendance moved = a.withPresence(next);
      return next == Presence.ATTENDED ? moved : moved.withDeclarationSigned(null);
    });
  }

  public void wantsFollowUp(Invitee invitee, boolean wanted) {
    change(invitee, a -> a.withFollowUp(wanted));
  }

  /** The toggle of the kind's declaration: signed, or came and did not sign. */
  public void declarationSigned(Invitee invitee, boolean signed) {
    change(invitee, a -> a.withDeclarationSigned(signed));
  }

  /** The line of note, saved when the user leaves the field; unchanged text saves nothing. */
  public void note(Invitee invitee, String text) {
    String line = text == null || text.isBlank() ? null : text.strip();
    if (!Objects.equals(line, invitee.note())) {
      change(invitee, a -> a.withNote(line));
    }
  }

  /**
   * Saves one change of an invitation with the rules the server applies; a refusal shows as one
   * line on the page and nothing is written.
   */
  private void change(Invitee invitee, UnaryOperator<SessionAttendance> edit) {
    Optional<Editing<SessionAttendance>> opened = context.store().edit(RecordType.SESSION_ATTENDANCE,
        invitee.attendanceId());
    if (opened.isEmpty() || session == null) {
      refresh();
      return;
    }
    SessionAttendance before = opened.get().record();
    SessionAttendance after = edit.apply(before);
    List<Violation> refused = new ArrayList<>(after.validate(context.clock()));
    refused.addAll(SessionRules.checkAttendance(context.config().orElse(null), session, before, after,
        context.clock()));
    try {
      if (refused.isEmpty()) {
        context.store().update(opened.get(), after);
        actions.saved();
      }
    } catch (ValidationException e) {
      refused.addAll(e.violations());
    }
    error.set(refused.isEmpty() ? null : messages.get("session.notSaved", invitee.name(),
        messages.violation(refused.get(0))));
    refresh();
  }

  public void edit() {
    actions.edit(sessionId);
  }

  public void invite() {
    actions.invite(sessionId);
  }

  public void openCandidate(Invitee invitee) {
    actions.openCandidate(invitee.candidateId());
  }

  public ReadOnlyStringProperty title() {
    return title;
  }

  public ReadOnlyStringProperty when() {
    return when;
  }

  public ReadOnlyStringProperty kind() {
    return kind;
  }

  /** Place and organiser, a line each; null for neither. */
  public ReadOnlyStringProperty details() {
    return details;
  }

  public ReadOnlyStringProperty note() {
    return note;
  }

  public ReadOnlyStringProperty counts() {
    return counts;
  }

  public ReadOnlyStringProperty cancelled() {
    return cancelled;
  }

  /** Why presence cannot be recorded here; null when it can. */
  public ReadOnlyStringProperty presenceWhy() {
    return presenceWhy;
  }

  /** The last refusal, in a line; null after a change that saved. */
  public ReadOnlyStringProperty error() {
    return error;
  }

  public ReadOnlyStringProperty invitedEmpty() {
    return invitedEmpty;
  }

  /**
   * The label of what the kind has its attendees sign ("Participatieverklaring ondertekend"), where
   * presence is recorded here; null for a kind where nothing is signed.
   */
  public ReadOnlyStringProperty declaration() {
    return declaration;
  }

  public ReadOnlyBooleanProperty presenceOffered() {
    return presenceOffered;
  }

  /** "Wil vervolg" and the note, once the day has come (before it there is nothing to follow). */
  public ReadOnlyBooleanProperty followUpOffered() {
    return followUpOffered;
  }

  public ReadOnlyBooleanProperty exists() {
    return exists;
  }

  public ObservableList<Invitee> invitees() {
    return invitees;
  }
}
