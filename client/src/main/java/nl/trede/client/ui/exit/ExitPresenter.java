package nl.trede.client.ui.exit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.trede.client.ui.kit.CandidateEdit;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.Permissions;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.sync.RecordType;

/**
 * "Dossier sluiten": closing a file with the day and the reason of the exit (uitstroom; the
 * monitor counts outflow by reason, 001 §5.1), reopening a closed one, and, for a file made by
 * mistake, deleting it after a second confirmation. A closed file stays on the device and in the
 * caseload, marked closed; the figures count it only inside its dates (kpis.md).
 */
public final class ExitPresenter {
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final ObjectProperty<ExitReason> reason = new SimpleObjectProperty<>();
  private final BooleanProperty deleteAsked = new SimpleBooleanProperty();
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final Messages messages;
  private final CandidateEdit file;
  private final Candidate before;
  private final Runnable onDeleted;

  public ExitPresenter(FieldContext context, UUID candidateId, Runnable onSaved, Runnable onDeleted) {
    this.context = context;
    this.messages = context.messages();
    this.onDeleted = onDeleted;
    this.file = CandidateEdit.open(context, candidateId, onSaved);
    this.before = file.before();
    date.set(context.today());
    errors = new FormErrors(messages, Set.of("exit.date", "exit.reason"));
    validation = new LiveValidation(errors, this::check).watch("exit.date", date).watch("exit.reason", reason);
  }

  /** What closing asks; reopening asks nothing (the page then offers only that). */
  private List<Violation> check() {
    return closed() ? List.of()
        : file.draft().exit(new Exit(date.get(), reason.get())).build().validate(context.clock());
  }

  /** Closes the file on the chosen day for the chosen reason. */
  public boolean close() {
    return file.save(validation, () -> file.draft().exit(new Exit(date.get(), reason.get())).build());
  }

  /** Opens a closed file again: it counts as open from now on, its history intact. */
  public boolean reopen() {
    return file.save(validation, () -> file.draft().exit(null).build());
  }

  /** The first tap only asks: deleting removes the file from every device. */
  public void askDelete() {
    deleteAsked.set(true);
  }

  public void cancelDelete() {
    deleteAsked.set(false);
  }

  public boolean delete() {
    if (!deleteAsked.get()) {
      return false;
    }
    try {
      context.store().delete(RecordType.CANDIDATE, before.id());
    } catch (ValidationException e) {
      validation.showRefusal(e.violations());
      return false;
    }
    onDeleted.run();
    return true;
  }

  public boolean closed() {
    return before.exit() != null;
  }

  /** "Gesloten op 3 mrt. 2026: betaald werk"; empty for an open file. */
  public String closedText() {
    return !closed() ? "" : messages.get("exit.closedOn", messages.date(before.exit().date()),
        messages.label(before.exit().reason()));
  }

  public boolean mayDelete() {
    return Permissions.of(context.role()).mayDelete();
  }

  public ObjectProperty<LocalDate> date() {
    return date;
  }

  public ObjectProperty<ExitReason> reason() {
    return reason;
  }

  public BooleanProperty deleteAsked() {
    return deleteAsked;
  }

  public FormErrors errors() {
    return errors;
  }

  public String candidateName() {
    return before.displayName();
  }
}
