package nl.trede.client.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.ui.kit.CandidateEdit;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Parsing;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Plan;

/**
 * "Plan van aanpak" (ondersteuningsplan; 002 §3.1.7, §4.4, 001 §2.1.3): the goals, the support to
 * be given, the expected duration, the contact frequency the next contact is counted from, and
 * the case manager's justification of these choices, which the seeds ask for to prevent
 * arbitrariness (e.g. an integral approach instead of a sanction). Saved through the snapshot the
 * form opened, so only the plan travels, and only when it changed.
 */
public final class PlanFormPresenter {
  private static final Set<String> FIELDS = Set.of("plan.goals", "plan.support", "plan.expectedDurationMonths",
      "plan.contactFrequencyDays", "plan.justification");

  private final StringProperty goals = new SimpleStringProperty("");
  private final StringProperty support = new SimpleStringProperty("");
  private final StringProperty durationMonths = new SimpleStringProperty("");
  private final StringProperty frequencyDays = new SimpleStringProperty("");
  private final StringProperty justification = new SimpleStringProperty("");
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final CandidateEdit file;
  private final Candidate before;

  public PlanFormPresenter(FieldContext context, UUID candidateId, Runnable onSaved) {
    this.context = context;
    this.file = CandidateEdit.open(context, candidateId, onSaved);
    this.before = file.before();
    Plan plan = before.plan();
    if (plan != null) {
      goals.set(nz(plan.goals()));
      support.set(nz(plan.support()));
      durationMonths.set(plan.expectedDurationMonths() == null ? "" : String.valueOf(plan.expectedDurationMonths()));
      frequencyDays.set(plan.contactFrequencyDays() == null ? "" : String.valueOf(plan.contactFrequencyDays()));
      justification.set(nz(plan.justification()));
    }
    errors = new FormErrors(context.messages(), FIELDS);
    validation = new LiveValidation(errors, this::check).watch("plan.goals", goals).watch("plan.support", support)
        .watch("plan.expectedDurationMonths", durationMonths).watch("plan.contactFrequencyDays", frequencyDays)
        .watch("plan.justification", justification);
  }

  /** An empty form leaves a file without a plan as it was: without one. */
  private Candidate build(Parsing parsing) {
    Plan plan = new Plan(Parsing.text(goals.get()), Parsing.text(support.get()),
        parsing.integer(durationMonths.get(), "plan.expectedDurationMonths"),
        parsing.integer(frequencyDays.get(), "plan.contactFrequencyDays"), Parsing.text(justification.get()));
    boolean empty = plan.equals(new Plan(null, null, null, null, null));
    return file.draft().plan(empty && before.plan() == null ? null : plan).build();
  }

  private List<Violation> check() {
    Parsing parsing = new Parsing();
    return parsing.with(new ArrayList<>(build(parsing).validate(context.clock())));
  }

  public boolean save() {
    return file.save(validation, () -> build(new Parsing()));
  }

  /** Without a frequency in the plan, the municipality's own applies (and its floors, 000 §5.3). */
  public String defaultFrequency() {
    return context.messages().get("planForm.defaultFrequency",
        context.configOrDefault().policy().defaultFrequencyDays());
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }

  public StringProperty goals() {
    return goals;
  }

  public StringProperty support() {
    return support;
  }

  public StringProperty durationMonths() {
    return durationMonths;
  }

  public StringProperty frequencyDays() {
    return frequencyDays;
  }

  public StringProperty justification() {
    return justification;
  }

  public FormErrors errors() {
    return errors;
  }

  public String candidateName() {
    return before.displayName();
  }
}
