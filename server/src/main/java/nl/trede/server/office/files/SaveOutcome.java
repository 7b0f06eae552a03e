package nl.trede.server.office.files;

import java.util.List;
import java.util.Map;
import nl.trede.domain.Violation;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.MutationResult;

/** What saving a console form came to. */
public sealed interface SaveOutcome {
  /**
   * Stored; {@code conflicts} names the fields a colleague changed meanwhile to another value: they
   * keep the colleague's value and wait on the Conflicten page for a person to choose.
   */
  record Saved(String recordId, List<String> conflicts) implements SaveOutcome {}

  /** The form changed nothing. */
  record Unchanged(String recordId) implements SaveOutcome {}

  /**
   * Nothing was written; every rule broken, by field.
   *
   * @param rename the form's name for fields the rules name by a list position
   */
  record Refused(List<Violation> violations, Map<String, String> rename) implements SaveOutcome {}

  /** The record does not exist, is deleted, or is outside the user's reach: the same answer for all. */
  record NotFound() implements SaveOutcome {}

  /**
   * A sync answer as a form's outcome. A record or file the user may not reach is answered by sync
   * as one that does not exist ({@code not-found} on the record, {@code unknown-reference} on the
   * file it is in): the form says so, as for a file that is gone.
   *
   * @param rename the form's name for fields the rules name by a list position
   */
  static SaveOutcome of(String recordId, MutationResult result, Map<String, String> rename) {
    return result.match(
        applied -> new Saved(recordId, List.of()),
        conflicted -> new Saved(recordId, conflicted.conflicts().stream().map(FieldConflict::field).toList()),
        rejected -> rejected.violations().stream().anyMatch(SaveOutcome::gone) ? new NotFound()
            : new Refused(rejected.violations(), rename));
  }

  private static boolean gone(Violation v) {
    return "not-found".equals(v.rule()) && "recordId".equals(v.field())
        || "unknown-reference".equals(v.rule()) && "candidateId".equals(v.field());
  }
}
