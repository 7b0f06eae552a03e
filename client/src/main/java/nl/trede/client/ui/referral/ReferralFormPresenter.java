package nl.trede.client.ui.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Parsing;
import nl.trede.client.ui.kit.ReferralTargets;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PolicyRules;
import nl.trede.domain.Ids;
import nl.trede.domain.Violation;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.RecordType;

/**
 * "Verwijzen" (aanmelding): the candidate is referred to another team or provider, warm, with
 * the goal: "met welk doel" (004 §2.2, §4.1). The team or provider comes from the municipality's
 * list when it has one, else it is typed. The referral syncs like any record in the file and the
 * receiving side answers it; the referrer signs it off later, with the reason. The municipality's
 * rules on where a candidate may go are checked as you choose, as the server checks them on push.
 */
public final class ReferralFormPresenter {
  private final ObjectProperty<ReferralTargets.Target> target = new SimpleObjectProperty<>();
  private final StringProperty typedTarget = new SimpleStringProperty("");
  private final StringProperty goal = new SimpleStringProperty("");
  private final ReferralTargets targets;
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final UUID candidateId;
  private final UUID id = Ids.newId();
  private final Runnable onSaved;
  private final MunicipalityConfig config;
  // Read once: the checks run on every keystroke.
  private final List<Placement> placements;

  public ReferralFormPresenter(FieldContext context, UUID candidateId, Runnable onSaved) {
    this.context = context;
    this.candidateId = candidateId;
    this.onSaved = onSaved;
    this.targets = ReferralTargets.of(context);
    this.config = context.configOrDefault();
    this.placements = context.store().inFile(candidateId, RecordType.PLACEMENT);
    errors = new FormErrors(context.messages(), Set.of("target", "goal"));
    validation = new LiveValidation(errors, this::check).watch("target", target, typedTarget).watch("goal", goal);
  }

  private Referral build() {
    String to = targets.all().isEmpty() ? Parsing.text(typedTarget.get())
        : target.get() == null ? null : target.get().key();
    return new Referral(id, candidateId, context.userId(), to, null, Parsing.text(goal.get()), ReferralStatus.SENT,
        context.today(), null, null, null, null);
  }

  /**
   * The record's rules, and the municipality's where it names its targets (e.g. Wijchen 004 §4.3c),
   * as the server applies them on push.
   */
  private List<Violation> check() {
    Referral referral = build();
    List<Violation> v = new ArrayList<>(referral.validate(context.clock()));
    if (referral.target() != null && !targets.all().isEmpty()) {
      v.addAll(PolicyRules.checkReferral(config, null, referral, placements));
    }
    return v;
  }

  public boolean save() {
    return validation.save(() -> context.store().create(RecordType.REFERRAL, build()), onSaved);
  }

  /** Whether the municipality lists its teams and providers; else the target is typed. */
  public boolean hasTargetList() {
    return !targets.all().isEmpty();
  }

  public List<ReferralTargets.Target> targets() {
    return targets.all();
  }

  public ObjectProperty<ReferralTargets.Target> target() {
    return target;
  }

  public StringProperty typedTarget() {
    return typedTarget;
  }

  public StringProperty goal() {
    return goal;
  }

  public FormErrors errors() {
    return errors;
  }

  public String candidateName() {
    return context.store().candidate(candidateId).map(c -> c.displayName())
        .orElse(context.messages().get("common.unknown"));
  }
}
