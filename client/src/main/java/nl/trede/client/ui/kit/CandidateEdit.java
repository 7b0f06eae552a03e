package nl.trede.client.ui.kit;

import java.util.UUID;
import java.util.function.Supplier;
import nl.trede.client.store.Editing;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.RecordType;

/**
 * A form on a candidate's file: the snapshot it opened ({@link Editing}: what the person saw and
 * the version it stood on), and Opslaan, which sends only what differs from that snapshot. Every
 * form of the file (person, plan, flags, coaches, closing) stands on one of these.
 */
public final class CandidateEdit {
  private final FieldContext context;
  private final Editing<Candidate> opened;
  private final Runnable onSaved;

  private CandidateEdit(FieldContext context, Editing<Candidate> opened, Runnable onSaved) {
    this.context = context;
    this.opened = opened;
    this.onSaved = onSaved;
  }

  /** Opens the file as the device holds it now. */
  public static CandidateEdit open(FieldContext context, UUID candidateId, Runnable onSaved) {
    return new CandidateEdit(context, context.store().<Candidate>edit(RecordType.CANDIDATE, candidateId).orElseThrow(),
        onSaved);
  }

  /** The file as the form showed it when it opened. */
  public Candidate before() {
    return opened.record();
  }

  /** A copy of it to change. */
  public CandidateDraft draft() {
    return CandidateDraft.of(opened.record());
  }

  /** Opslaan, checked by the form's validation first; then {@code onSaved}. */
  public boolean save(LiveValidation validation, Supplier<Candidate> after) {
    return validation.save(() -> context.store().update(opened, after.get()), onSaved);
  }
}
