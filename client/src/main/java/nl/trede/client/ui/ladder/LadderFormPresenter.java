package nl.trede.client.ui.ladder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.config.DimensionValue;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.RungFit;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.ladder.Rung;
import nl.trede.sync.RecordType;

/**
 * "Trede vastleggen": a dated move on the Participatieladder, from the candidate's current rung
 * (the latest step's) to another, with the reason. Without a current rung it is the intake. As a
 * correction it replaces a step with a new one naming it; the history stays (000 §6.1).
 */
public final class LadderFormPresenter {
  private static final Set<String> FIELDS = Set.of("toRung", "date", "reason");

  private final Integer fromRung;
  private final ObjectProperty<Integer> toRung = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final StringProperty reason = new SimpleStringProperty("");
  private final StringProperty trackHint = new SimpleStringProperty("");
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final UUID candidateId;
  private final LadderStep corrects;
  private final Runnable onSaved;

  public LadderFormPresenter(FieldContext context, UUID candidateId, LadderStep corrects, Runnable onSaved) {
    this.context = context;
    this.candidateId = candidateId;
    this.corrects = corrects;
    this.onSaved = onSaved;
    this.errors = new FormErrors(context.messages(), FIELDS);
    if (corrects != null) {
      fromRung = corrects.fromRung();
      toRung.set(corrects.toRung());
      date.set(corrects.date());
      reason.set(corrects.reason() == null ? "" : corrects.reason());
    } else {
      fromRung = context.store().currentRung(candidateId).orElse(null);
      date.set(context.today());
    }
    toRung.addListener((obs, was, now) -> trackHint.set(trackHint(now)));
    validation = new LiveValidation(errors, () -> build().validate(context.clock()))
        .watch("toRung", toRung)
        .watch("date", date)
        .watch("reason", reason);
  }

  private LadderStep build() {
    return new LadderStep(Ids.newId(), candidateId, fromRung, toRung.get(), date.get(),
        reason.get() == null || reason.get().isBlank() ? null : reason.get().strip(), context.userId(),
        corrects == null ? null : corrects.id());
  }

  /** The rungs to choose from: all six; the current one only when correcting. */
  public List<Integer> choices() {
    return IntStream.rangeClosed(Rung.LOWEST, Rung.HIGHEST).boxed()
        .filter(r -> corrects != null || !r.equals(fromRung)).toList();
  }

  public boolean save() {
    if (!validation.submit().isEmpty()) {
      return false;
    }
    try {
      context.store().create(RecordType.LADDER_STEP, build());
    } catch (ValidationException e) {
      validation.showRefusal(e.violations());
      return false;
    }
    onSaved.run();
    return true;
  }

  /**
   * Where the chosen rung is off the candidate's track (000 §4, {@link RungFit}): which track it
   * belongs with, so the coach knows to move the track too. A hint, never a refusal: the rung is
   * what the coach saw; the track may follow.
   */
  private String trackHint(Integer rung) {
    if (rung == null) {
      return "";
    }
    MunicipalityConfig config = context.configOrDefault();
    Map<String, String> classification = context.store().candidate(candidateId)
        .map(nl.trede.domain.candidate.Candidate::classification).orElse(Map.of());
    return RungFit.of(config, classification, Optional.of(rung)).stream().findFirst()
        .map(m -> {
          String belongs = RungFit.fitting(m.dimension(), rung).stream().map(DimensionValue::label)
              .collect(Collectors.joining(" / "));
          return context.messages().get(belongs.isEmpty() ? "ladder.offTrack" : "ladder.offTrackBelongs",
              rung, m.value().label(), belongs);
        }).orElse("");
  }

  public StringProperty trackHint() {
    return trackHint;
  }

  public boolean correcting() {
    return corrects != null;
  }

  public Integer fromRung() {
    return fromRung;
  }

  public ObjectProperty<Integer> toRung() {
    return toRung;
  }

  public ObjectProperty<LocalDate> date() {
    return date;
  }

  public StringProperty reason() {
    return reason;
  }

  public FormErrors errors() {
    return errors;
  }

  /** "Kandidaat: Anna Jansen", at the top of the form, so nobody records for the wrong person. */
  public String about() {
    return context.messages().get("form.about", context.store().candidate(candidateId)
        .map(nl.trede.domain.candidate.Candidate::displayName).orElse(context.messages().get("common.unknown")));
  }
}
