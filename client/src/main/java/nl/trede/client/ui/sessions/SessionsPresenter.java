package nl.trede.client.ui.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
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
import nl.trede.client.ui.kit.SessionFacts;
import nl.trede.domain.session.GroupSession;

/**
 * "Bijeenkomsten" (issue 18): the municipality's trainings, workshops and markets on this device,
 * those still to come first (the soonest on top: what the user prepares next), then those held
 * (the latest on top: where presence is still to be recorded). Each says for the user's own files
 * how many were invited and came.
 */
public final class SessionsPresenter {
  /**
   * One session as a card.
   *
   * @param counts "3 uitgenodigd · 2 aanwezig" and the numbers of the day; empty for nothing
   * @param cancelled "Afgelast" is shown on it
   */
  public record Row(UUID sessionId, String when, String title, String kind, String place, String counts,
      boolean cancelled, boolean held) {}

  /** What the screen leads to. */
  public interface Actions {
    void open(UUID sessionId);

    void plan();
  }

  private static final Comparator<GroupSession> SOONEST = Comparator.comparing(GroupSession::date)
      .thenComparing(GroupSession::startTime, Comparator.nullsFirst(LocalTime::compareTo))
      .thenComparing(GroupSession::title, Comparator.nullsLast(String::compareTo));

  private final ObservableList<Row> coming = FXCollections.observableArrayList();
  private final ObservableList<Row> held = FXCollections.observableArrayList();
  private final StringProperty empty = new SimpleStringProperty();
  private final FieldContext context;
  private final Messages messages;
  private final Actions actions;

  public SessionsPresenter(FieldContext context, Actions actions) {
    this.context = context;
    this.messages = context.messages();
    this.actions = actions;
  }

  public void refresh() {
    SessionFacts facts = SessionFacts.of(context);
    LocalDate today = context.today();
    List<GroupSession> dated = facts.sessions().stream().filter(s -> s.date() != null).toList();
    coming.setAll(dated.stream().filter(s -> !s.date().isBefore(today)).sorted(SOONEST)
        .map(s -> row(facts, s, today)).toList());
    held.setAll(dated.stream().filter(s -> s.date().isBefore(today)).sorted(SOONEST.reversed())
        .map(s -> row(facts, s, today)).toList());
    empty.set(coming.isEmpty() && held.isEmpty() ? messages.get("sessions.empty") : null);
  }

  private Row row(SessionFacts facts, GroupSession s, LocalDate today) {
    return new Row(s.id(), facts.when(s), s.title(), facts.kindLabel(s.kind()), s.place(), facts.counts(s, today),
        s.cancelled(), s.date().isBefore(today));
  }

  public void open(Row row) {
    actions.open(row.sessionId());
  }

  public void plan() {
    actions.plan();
  }

  /** Today's and those still to come, the soonest first. */
  public ObservableList<Row> coming() {
    return coming;
  }

  /** Those of past days, the latest first. */
  public ObservableList<Row> held() {
    return held;
  }

  /** The empty state; null when there is a session. */
  public ReadOnlyStringProperty emptyText() {
    return empty;
  }
}
