package nl.trede.client.ui.sessionform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.store.Editing;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Parsing;
import nl.trede.config.SessionKind;
import nl.trede.config.SessionRules;
import nl.trede.domain.Ids;
import nl.trede.domain.Violation;
import nl.trede.domain.session.GroupSession;
import nl.trede.sync.RecordType;

/**
 * "Bijeenkomst plannen" and changing a session (issue 18): the kind (one of the municipality's,
 * with what it is), a title that starts as the kind's label, the day, the time, the place, who
 * holds it and a note that must not name candidates (every device of the municipality receives
 * it). Changing it: "Afgelast", and once the day has come the numbers of the day. Checked as typed with the
 * record's rules and {@link SessionRules}, the rules the server applies; the kind of a planned
 * session stays (another kind is another session).
 */
public final class SessionFormPresenter {
  private static final Set<String> FIELDS = Set.of("kind", "title", "date", "startTime", "place", "organiser",
      "note", "visitors", "interested");

  private final ObjectProperty<String> kind = new SimpleObjectProperty<>();
  private final StringProperty title = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final StringProperty startTime = new SimpleStringProperty("");
  private final StringProperty place = new SimpleStringProperty("");
  private final StringProperty organiser = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty visitors = new SimpleStringProperty("");
  private final StringProperty interested = new SimpleStringProperty("");
  private final BooleanProperty cancelled = new SimpleBooleanProperty();
  private final StringProperty description = new SimpleStringProperty();
  private final BooleanProperty dayHasCome = new SimpleBooleanProperty();
  private final FieldContext context;
  private final Editing<GroupSession> opened;
  private final List<SessionKind> kinds;
  private final Consumer<UUID> onSaved;
  private final FormErrors errors;
  private final LiveValidation validation;

  /** @param sessionId the session to change, or null to plan a new one */
  public SessionFormPresenter(FieldContext context, UUID sessionId, Consumer<UUID> onSaved) {
    this.context = context;
    this.onSaved = onSaved;
    this.errors = new FormErrors(context.messages(), FIELDS);
    this.opened = sessionId == null ? null
        : context.store().<GroupSession>edit(RecordType.GROUP_SESSION, sessionId).orElse(null);
    this.kinds = context.config().map(c -> c.sessionKinds()).orElse(List.of());
    kind.addListener((obs, was, is) -> kindChosen(was, is));
    date.addListener((obs, was, is) -> dayHasCome.set(is != null && !is.isAfter(context.today())));
    if (opened == null) {
      kind.set(kinds.isEmpty() ? null : kinds.get(0).key());
      date.set(context.today().plusWeeks(1));
    } else {
      fill(opened.record());
    }
    validation = new LiveValidation(errors, this::check)
        .watch("kind", kind)
        .watch("title", title)
        .watch("date", date)
        .watch("startTime", startTime)
        .watch("place", place)
        .watch("organiser", organiser)
        .watch("note", note)
        .watch("visitors", visitors, cancelled)
        .watch("interested", interested);
  }

  private void fill(GroupSession s) {
    kind.set(s.kind());
    title.set(text(s.title()));
    date.set(s.date());
    startTime.set(s.startTime() == null ? "" : s.startTime().toString());
    place.set(text(s.place()));
    organiser.set(text(s.organiser()));
    note.set(text(s.note()));
    visitors.set(s.visitors() == null ? "" : s.visitors().toString());
    interested.set(s.interested() == null ? "" : s.interested().toString());
    cancelled.set(s.cancelled());
  }

  /** A title still the old kind's label (or empty) follows the kind: the user did not write their own. */
  private void kindChosen(String was, String is) {
    SessionKind chosen = find(is);
    description.set(chosen == null ? null : chosen.description());
    String typed = title.get() == null ? "" : title.get().strip();
    if (chosen != null && (typed.isEmpty() || was != null && typed.equals(kindLabel(was)))) {
      title.set(chosen.label());
    }
  }

  private SessionKind find(String key) {
    return kinds.stream().filter(k -> k.key().equals(key)).findFirst().orElse(null);
  }

  /** The kind's label; its key when the configuration no longer names it. */
  public String kindLabel(String key) {
    SessionKind found = find(key);
    return found == null ? String.valueOf(key) : found.label();
  }

  private List<Violation> check() {
    Parsing parsing = new Parsing();
    GroupSession session = build(parsing);
    List<Violation> all = new ArrayList<>(session.validate(context.clock()));
    all.addAll(SessionRules.checkSession(context.config().orElse(null), opened == null ? null : opened.record(),
        session));
    return parsing.with(all);
  }

  private GroupSession build(Parsing parsing) {
    GroupSession before = opened == null ? null : opened.record();
    return new GroupSession(before == null ? Ids.newId() : before.id(), kind.get(),
        Parsing.text(title.get()), date.get(), parsing.time(startTime.get(), "startTime"), Parsing.text(place.get()),
        Parsing.text(organiser.get()), before == null ? context.userId() : before.organisedBy(),
        parsing.integer(visitors.get(), "visitors"), parsing.integer(interested.get(), "interested"),
        Parsing.text(note.get()), cancelled.get());
  }

  /** Validates with the shared rules and saves; false with every violation shown otherwise. */
  public boolean save() {
    GroupSession[] saved = new GroupSession[1];
    return validation.save(() -> {
      GroupSession session = build(new Parsing());
      saved[0] = opened == null ? context.store().create(RecordType.GROUP_SESSION, session)
          : context.store().update(opened, session);
    }, () -> onSaved.accept(saved[0].id()));
  }

  public boolean editing() {
    return opened != null;
  }

  /** The kinds to choose from: the municipality's; a planned session's kind cannot change. */
  public List<String> kinds() {
    return opened == null ? kinds.stream().map(SessionKind::key).toList() : List.of(kind.get());
  }

  private static String text(String value) {
    return Objects.requireNonNullElse(value, "");
  }

  public ObjectProperty<String> kind() {
    return kind;
  }

  public ReadOnlyStringProperty description() {
    return description;
  }

  public StringProperty title() {
    return title;
  }

  public ObjectProperty<LocalDate> date() {
    return date;
  }

  public StringProperty startTime() {
    return startTime;
  }

  public StringProperty place() {
    return place;
  }

  public StringProperty organiser() {
    return organiser;
  }

  public StringProperty note() {
    return note;
  }

  public StringProperty visitors() {
    return visitors;
  }

  public StringProperty interested() {
    return interested;
  }

  public BooleanProperty cancelled() {
    return cancelled;
  }

  /** The numbers of the day are asked once the day has come (GroupSession: "not-yet-held"). */
  public ReadOnlyBooleanProperty dayHasCome() {
    return dayHasCome;
  }

  public FormErrors errors() {
    return errors;
  }
}
