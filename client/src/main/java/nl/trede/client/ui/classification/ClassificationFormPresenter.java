package nl.trede.client.ui.classification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.trede.client.store.Editing;
import nl.trede.client.ui.kit.CandidateDraft;
import nl.trede.client.ui.kit.DimensionChoice;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.Dimension;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PolicyRules;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.RecordType;

/**
 * "Indeling": the candidate's place in the municipality's own scheme (DOMAIN §4), one choice per
 * dimension with the scheme's labels. A coach in the field changes only the dimensions the
 * municipality marks as field-editable; the others show who sets them. A value the scheme no longer
 * knows stays, marked "te herzien", until someone picks a current one: it is never dropped.
 */
public final class ClassificationFormPresenter {
  /** One dimension's row. */
  public record Row(Dimension dimension, List<DimensionChoice> choices, ObjectProperty<DimensionChoice> value,
      boolean editable, String note) {}

  private final List<Row> rows = new ArrayList<>();
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final MunicipalityConfig config;
  private final Editing<Candidate> opened;
  private final Candidate before;
  private final boolean fieldWorker;
  private final Runnable onSaved;

  public ClassificationFormPresenter(FieldContext context, UUID candidateId, Runnable onSaved) {
    this.context = context;
    this.onSaved = onSaved;
    Messages messages = context.messages();
    this.config = context.configOrDefault();
    this.opened = context.store().<Candidate>edit(RecordType.CANDIDATE, candidateId).orElseThrow();
    this.before = opened.record();
    this.fieldWorker = context.role().worksInTheField();
    Set<String> fields = new HashSet<>();
    Map<String, String> stale = config.staleValues(before.classification());
    for (Dimension d : config.dimensions()) {
      fields.add("classification." + d.key());
      List<DimensionChoice> choices = DimensionChoice.of(d, messages);
      String current = before.classification().get(d.key());
      DimensionChoice selected = choices.get(0);
      if (current != null && stale.containsKey(d.key())) {
        selected = new DimensionChoice(current, messages.get("classification.staleValue", current), true);
        choices.add(selected);
      } else if (current != null) {
        selected = choices.stream().filter(c -> current.equals(c.key())).findFirst().orElse(selected);
      }
      boolean editable = !fieldWorker || d.fieldEditable();
      rows.add(new Row(d, List.copyOf(choices), new SimpleObjectProperty<>(selected), editable,
          editable ? null : messages.get("classification.setByCaseManager")));
    }
    this.errors = new FormErrors(messages, fields);
    validation = new LiveValidation(errors, this::check);
    rows.forEach(r -> validation.watch("classification." + r.dimension().key(), r.value()));
  }

  private Candidate after() {
    Map<String, String> classification = new TreeMap<>(before.classification());
    for (Row r : rows) {
      String key = r.value().get() == null ? null : r.value().get().key();
      if (key == null) {
        classification.remove(r.dimension().key());
      } else {
        classification.put(r.dimension().key(), key);
      }
    }
    return CandidateDraft.of(before).classification(classification).build();
  }

  /** The record's own rules and the scheme's, as the server will apply them on push. */
  private List<Violation> check() {
    Candidate after = after();
    List<Violation> v = new ArrayList<>(after.validate(context.clock()));
    v.addAll(PolicyRules.checkCandidate(config, before, after, fieldWorker));
    return v;
  }

  public boolean save() {
    return validation.save(() -> context.store().update(opened, after()), onSaved);
  }

  public List<Row> rows() {
    return rows;
  }

  public String candidateName() {
    return before.displayName();
  }

  public FormErrors errors() {
    return errors;
  }
}
