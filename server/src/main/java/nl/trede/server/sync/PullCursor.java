package nl.trede.server.sync;

import io.micronaut.http.HttpStatus;
import java.util.List;
import nl.trede.domain.Violation;
import nl.trede.server.http.ProblemException;

/**
 * Where a device stands in its pull, opaque to the device (docs/sync-protocol.md):
 *
 * @param seq the device holds every change in its scope up to this sequence number
 * @param grants caseload grants up to here have been backfilled (their older history sent)
 * @param removals caseload removals up to here have been sent as purges
 * @param grantsTo while a backfill runs: the grants it covers, (grants, grantsTo]
 * @param backfilled while a backfill runs: its own position among the older records
 */
record PullCursor(long seq, long grants, long removals, long grantsTo, long backfilled) {
  private static final String PREFIX = "s2-";

  /** A device without a cursor gets everything in scope, so older grants and removals are moot. */
  static PullCursor start(long lastSeq) {
    return new PullCursor(0, lastSeq, lastSeq, lastSeq, 0);
  }

  boolean backfilling() {
    return grantsTo > grants;
  }

  PullCursor startBackfill(long upToGrant) {
    return new PullCursor(seq, grants, removals, upToGrant, 0);
  }

  PullCursor backfilledUpTo(long recordSeq) {
    return new PullCursor(seq, grants, removals, grantsTo, recordSeq);
  }

  PullCursor backfillDone() {
    return new PullCursor(seq, grantsTo, removals, grantsTo, 0);
  }

  PullCursor withSeq(long newSeq) {
    return new PullCursor(newSeq, grants, removals, grantsTo, backfilled);
  }

  PullCursor withRemovals(long newRemovals) {
    return new PullCursor(seq, grants, newRemovals, grantsTo, backfilled);
  }

  String encode() {
    return PREFIX + String.join(".", Long.toString(seq, 36), Long.toString(grants, 36),
        Long.toString(removals, 36), Long.toString(grantsTo, 36), Long.toString(backfilled, 36));
  }

  static PullCursor decode(String cursor) {
    try {
      if (cursor.startsWith(PREFIX)) {
        String[] parts = cursor.substring(PREFIX.length()).split("\\.");
        if (parts.length == 5) {
          long[] v = new long[5];
          for (int i = 0; i < 5; i++) {
            v[i] = Long.parseLong(parts[i], 36);
            if (v[i] < 0) {
              throw new NumberFormatException();
            }
          }
          if (v[3] >= v[1]) {
            return new PullCursor(v[0], v[1], v[2], v[3], v[4]);
          }
        }
      }
    } catch (NumberFormatException ignored) {
      // falls through to the refusal
    }
    String message = "cursor is not one this server gave out";
    throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-cursor", message,
        List.of(new Violation("cursor", "invalid-cursor", message)));
  }
}
