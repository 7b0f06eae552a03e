package nl.trede.client.ui.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.ui.kit.Colleagues;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.Permissions;
import nl.trede.config.BroadIntakeRules;
import nl.trede.config.Dimension;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;

/**
 * What the candidate page lets the logged-in role do with the file, asked of the role table
 * ({@link Permissions}) and the municipality's configuration, and who carries the file: the buttons
 * the page shows or hides. Apart from {@link CandidatePresenter}, which reads the file itself.
 */
public final class FileRights {
  private final BooleanProperty canBookHours = new SimpleBooleanProperty();
  private final BooleanProperty canEditClassification = new SimpleBooleanProperty();
  private final BooleanProperty canEditFile = new SimpleBooleanProperty();
  private final BooleanProperty canAssign = new SimpleBooleanProperty();
  private final BooleanProperty canClose = new SimpleBooleanProperty();
  private final BooleanProperty canRefer = new SimpleBooleanProperty();
  private final BooleanProperty canRecordBroadIntake = new SimpleBooleanProperty();
  private final BooleanProperty fileClosed = new SimpleBooleanProperty();
  private final StringProperty carriedBy = new SimpleStringProperty();
  private final StringProperty closedBanner = new SimpleStringProperty();

  void show(FieldContext context, Candidate c, MunicipalityConfig config) {
    Messages messages = context.messages();
    Role role = context.role();
    Permissions may = Permissions.of(role);
    canBookHours.set(role == Role.JOBCOACH);
    canEditClassification.set(!config.dimensions().isEmpty()
        && (!role.worksInTheField() || config.dimensions().stream().anyMatch(Dimension::fieldEditable)));
    canEditFile.set(role.hasCaseload() || role.ownsFiles());
    canAssign.set(may.mayReassign());
    canClose.set(may.mayClose());
    canRefer.set(may.mayRefer());
    // Only where the municipality holds a brede uitvraag (002 §3.3.1), by whoever carries the file.
    canRecordBroadIntake.set(BroadIntakeRules.offered(config) && may.mayRecordBroadIntake());
    fileClosed.set(c.exit() != null);
    closedBanner.set(c.exit() == null ? null : messages.get("candidate.closedBanner",
        messages.date(c.exit().date()), messages.label(c.exit().reason())));
    Colleagues colleagues = Colleagues.of(context);
    List<String> parts = new ArrayList<>();
    parts.add(messages.get("candidate.caseManager", c.caseManagerId() == null ? messages.get("candidate.nobody")
        : colleagues.name(c.caseManagerId())));
    parts.add(c.coachIds().isEmpty() ? messages.get("candidate.noCoaches") : messages.get("candidate.coaches",
        c.coachIds().stream().map(colleagues::name).collect(Collectors.joining(", "))));
    carriedBy.set(String.join("\n", parts));
  }

  /** The file is gone from the device: nothing may be done with it. */
  void clear() {
    for (BooleanProperty p : List.of(canBookHours, canEditClassification, canEditFile, canAssign, canClose,
        canRefer, canRecordBroadIntake, fileClosed)) {
      p.set(false);
    }
    carriedBy.set(null);
    closedBanner.set(null);
  }

  public BooleanProperty canBookHours() {
    return canBookHours;
  }

  public BooleanProperty canEditClassification() {
    return canEditClassification;
  }

  public BooleanProperty canEditFile() {
    return canEditFile;
  }

  public BooleanProperty canAssign() {
    return canAssign;
  }

  public BooleanProperty canClose() {
    return canClose;
  }

  public BooleanProperty canRefer() {
    return canRefer;
  }

  /** "Brede uitvraag": where the municipality holds one, for the file's case manager and coaches. */
  public BooleanProperty canRecordBroadIntake() {
    return canRecordBroadIntake;
  }

  public BooleanProperty fileClosed() {
    return fileClosed;
  }

  /** "Klantmanager: …" and "Coaches: …", by name. */
  public ReadOnlyStringProperty carriedBy() {
    return carriedBy;
  }

  /** "Dossier gesloten op …"; empty while the file is open. */
  public ReadOnlyStringProperty closedBanner() {
    return closedBanner;
  }
}
