package nl.trede.client.ui.assign;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.trede.client.ui.kit.CandidateEdit;
import nl.trede.client.ui.kit.CoachChoices;
import nl.trede.client.ui.kit.Colleagues;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.domain.Colleague;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;

/**
 * "Klantmanager en coaches": who carries the file. The caseload moves with it: at their next sync
 * the devices of a coach taken off the file remove it, and those of a new coach receive it with
 * its whole history (sync-protocol.md). Only a role that owns files may do this (the role table;
 * the store refuses it for others). Saving sends only the fields that changed.
 */
public final class AssignPresenter {
  private final ObjectProperty<Colleague> caseManager = new SimpleObjectProperty<>();
  private final List<Colleague> caseManagers = new ArrayList<>();
  private final CoachChoices coaches;
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final CandidateEdit file;
  private final Candidate before;

  public AssignPresenter(FieldContext context, UUID candidateId, Runnable onSaved) {
    this.context = context;
    this.file = CandidateEdit.open(context, candidateId, onSaved);
    this.before = file.before();
    Colleagues colleagues = Colleagues.of(context);
    coaches = new CoachChoices(colleagues, before.coachIds());
    caseManagers.addAll(colleagues.caseManagers());
    if (before.caseManagerId() != null) {
      Colleague current = colleagues.colleague(before.caseManagerId());
      if (caseManagers.stream().noneMatch(c -> c.userId().equals(current.userId()))) {
        caseManagers.add(0, current);
      }
      caseManager.set(caseManagers.stream().filter(c -> c.userId().equals(current.userId())).findFirst()
          .orElse(current));
    }
    errors = new FormErrors(context.messages(), Set.of("caseManagerId", "coachIds"));
    validation = new LiveValidation(errors, this::check).watch("caseManagerId", caseManager)
        .watch("coachIds", coaches.properties());
  }

  private Candidate build() {
    return file.draft()
        .carriedBy(caseManager.get() == null ? null : caseManager.get().userId(), coaches.chosen()).build();
  }

  private List<Violation> check() {
    return build().validate(context.clock());
  }

  public boolean save() {
    return file.save(validation, () -> build());
  }

  /**
   * Whether the user takes the file out of their own caseload with this: then it leaves this
   * device at the next sync, which the page says before it happens.
   */
  public BooleanBinding leavesMyCaseload() {
    Observable[] choices = java.util.stream.Stream.concat(java.util.Arrays.stream(coaches.properties()),
        java.util.stream.Stream.of(caseManager)).toArray(Observable[]::new);
    return Bindings.createBooleanBinding(this::leaves, choices);
  }

  private boolean leaves() {
    UUID me = context.userId();
    Candidate after = build();
    boolean carried = me.equals(before.caseManagerId()) || before.coachIds().contains(me);
    return carried && !me.equals(after.caseManagerId()) && !after.coachIds().contains(me)
        && context.role().hasCaseload();
  }

  public ObjectProperty<Colleague> caseManager() {
    return caseManager;
  }

  public List<Colleague> caseManagers() {
    return caseManagers;
  }

  public CoachChoices coaches() {
    return coaches;
  }

  public FormErrors errors() {
    return errors;
  }

  public String candidateName() {
    return before.displayName();
  }
}
