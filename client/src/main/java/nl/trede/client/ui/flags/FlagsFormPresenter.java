package nl.trede.client.ui.flags;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.ui.kit.CandidateEdit;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Parsing;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.candidate.ParticipationHours;

/**
 * "Kenmerken": the flags of a file (doelgroepregister, nieuw beschut, inburgering, taal,
 * loonkostensubsidie with the loonwaarde, statushouder; DOMAIN §2), its exemptions, typed and
 * dated (vrijstelling of the duty to apply for jobs, 002 §4.5; ontheffing of the duty to work and
 * re-integrate, 003 §2C), and the hours of taking part per activity (002 §2.4). Saved through the
 * snapshot the form opened, so only what changed travels.
 */
public final class FlagsFormPresenter {
  /** One exemption as edited. */
  public record ExemptionRow(ObjectProperty<ExemptionKind> kind, StringProperty reason, ObjectProperty<LocalDate> from,
      ObjectProperty<LocalDate> until) {}

  private static final Pattern PARTICIPATION_INDEX = Pattern.compile("^participation\\[(\\d+)]\\.hoursPerWeek$");

  private final Map<CandidateFlag, BooleanProperty> flags = new EnumMap<>(CandidateFlag.class);
  private final StringProperty wageValue = new SimpleStringProperty("");
  private final ObservableList<ExemptionRow> exemptions = FXCollections.observableArrayList();
  private final Map<ParticipationActivity, StringProperty> hours = new EnumMap<>(ParticipationActivity.class);
  private final Set<String> fields = new HashSet<>(Set.of("flags", "wageValuePercent"));
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final CandidateEdit file;
  private final Candidate before;

  public FlagsFormPresenter(FieldContext context, UUID candidateId, Runnable onSaved) {
    this.context = context;
    this.file = CandidateEdit.open(context, candidateId, onSaved);
    this.before = file.before();
    errors = new FormErrors(context.messages(), fields);
    validation = new LiveValidation(errors, this::check);
    for (CandidateFlag f : CandidateFlag.values()) {
      flags.put(f, new SimpleBooleanProperty(before.flags().contains(f)));
      validation.watch("flags", flags.get(f));
    }
    wageValue.set(before.wageValuePercent() == null ? "" : String.valueOf(before.wageValuePercent()));
    validation.watch("wageValuePercent", wageValue);
    for (ParticipationActivity a : ParticipationActivity.values()) {
      String field = "participation." + a.name();
      fields.add(field);
      StringProperty value = new SimpleStringProperty(before.participation().stream()
          .filter(p -> p.activity() == a).findFirst().map(p -> context.messages().decimal(p.hoursPerWeek()))
          .orElse(""));
      hours.put(a, value);
      validation.watch(field, value);
    }
    before.exemptions().forEach(e -> add(e.kind(), e.reason(), e.from(), e.until()));
  }

  /** A new exemption row, from today and without end until one is chosen. */
  public ExemptionRow addExemption() {
    return add(null, "", context.today(), null);
  }

  private ExemptionRow add(ExemptionKind kind, String reason, LocalDate from, LocalDate until) {
    ExemptionRow row = new ExemptionRow(new SimpleObjectProperty<>(kind), new SimpleStringProperty(reason),
        new SimpleObjectProperty<>(from), new SimpleObjectProperty<>(until));
    exemptions.add(row);
    String prefix = "exemptions[" + (exemptions.size() - 1) + "].";
    for (String part : List.of("kind", "reason", "from", "until")) {
      fields.add(prefix + part);
    }
    validation.watch(prefix + "kind", row.kind()).watch(prefix + "reason", row.reason())
        .watch(prefix + "from", row.from()).watch(prefix + "until", row.until());
    return row;
  }

  public void removeExemption(ExemptionRow row) {
    exemptions.remove(row);
    validation.run();
  }

  private Candidate build(Parsing parsing) {
    Set<CandidateFlag> chosen = EnumSet.noneOf(CandidateFlag.class);
    flags.forEach((f, on) -> {
      if (on.get()) {
        chosen.add(f);
      }
    });
    // Kept without loonkostensubsidie too: it is measured before the subsidy is asked (001 §3.3).
    Integer wage = parsing.integer(wageValue.get(), "wageValuePercent");
    List<ParticipationHours> participation = new ArrayList<>();
    hours.forEach((activity, text) -> {
      BigDecimal value = parsing.decimal(text.get(), "participation." + activity.name());
      if (value != null) {
        participation.add(new ParticipationHours(activity, value));
      }
    });
    List<Exemption> list = exemptions.stream().map(r -> new Exemption(r.kind().get(),
        Parsing.text(r.reason().get()),
        r.from().get(), r.until().get())).toList();
    return file.draft().flags(chosen, wage).participation(participation).exemptions(list).build();
  }

  private List<Violation> check() {
    Parsing parsing = new Parsing();
    Candidate candidate = build(parsing);
    List<Violation> v = new ArrayList<>();
    for (Violation x : candidate.validate(context.clock())) {
      // The record names an hour by its place in the list; the form has one field per activity.
      Matcher m = PARTICIPATION_INDEX.matcher(x.field());
      v.add(m.matches() ? new Violation("participation."
          + candidate.participation().get(Integer.parseInt(m.group(1))).activity().name(), x.rule(), x.message()) : x);
    }
    return parsing.with(v);
  }

  public boolean save() {
    return file.save(validation, () -> build(new Parsing()));
  }

  public Map<CandidateFlag, BooleanProperty> flags() {
    return flags;
  }

  public StringProperty wageValue() {
    return wageValue;
  }

  public ObservableList<ExemptionRow> exemptions() {
    return exemptions;
  }

  public Map<ParticipationActivity, StringProperty> hours() {
    return hours;
  }

  public FormErrors errors() {
    return errors;
  }

  public String candidateName() {
    return before.displayName();
  }
}
