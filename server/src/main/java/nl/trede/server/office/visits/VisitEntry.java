package nl.trede.server.office.visits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.trede.sync.RecordType;

/**
 * One line of the visit log or of a candidate's timeline, as the office reads it: one variant per
 * kind of entry, each holding only what its kind has; what a kind lacks reads as nothing (the
 * pages and the export show an empty cell).
 */
public sealed interface VisitEntry permits ContactEntry, LadderStepEntry, CoachingHoursEntry, PlacementEntry,
    EmployerContactEntry {

  /**
   * What every entry has.
   *
   * @param what the short Dutch description: the contact's duration, the step, the hours and activity
   * @param text what was discussed, the step's reason, the coaching note
   * @param superseded a later entry corrects this one, so it no longer counts
   * @param withdrawn this entry is a version of one that was withdrawn: it did not happen, and no
   *     version counts (decision 0050)
   * @param correction this entry corrects an earlier one
   * @param withdrawal this entry is the correction that withdraws an earlier one
   * @param afterHandover its author recorded it while the file was on their device and it arrived
   *     after they had left the caseload (sync-protocol.md, "When a file leaves a caseload")
   * @param madeAt when it was recorded on the device (from its UUID v7 id), when known
   * @param syncedAt when it reached the server
   */
  record Common(String id, LocalDate date, String candidateId, String candidateName, String employerId,
      String employerName, String authorName, String what, String text, boolean superseded, boolean withdrawn,
      boolean correction, boolean withdrawal, boolean afterHandover, Instant madeAt, Instant syncedAt) {}

  Common common();

  RecordType type();

  /** The kind as the pages and their filters name it: the record type's wire name. */
  default String kind() {
    return type().wireName();
  }

  default String id() {
    return common().id();
  }

  default LocalDate date() {
    return common().date();
  }

  /** HH:mm for entries kept to the minute (contacts); null for entries that have only a date. */
  default String time() {
    return null;
  }

  default String candidateId() {
    return common().candidateId();
  }

  default String candidateName() {
    return common().candidateName();
  }

  default String employerId() {
    return common().employerId();
  }

  default String employerName() {
    return common().employerName();
  }

  default String authorName() {
    return common().authorName();
  }

  default String what() {
    return common().what();
  }

  default String text() {
    return common().text();
  }

  default boolean superseded() {
    return common().superseded();
  }

  default boolean withdrawn() {
    return common().withdrawn();
  }

  default boolean correction() {
    return common().correction();
  }

  default boolean withdrawal() {
    return common().withdrawal();
  }

  /**
   * The CSS classes of its row or timeline entry: a no-show is highlighted; what no longer counts
   * is greyed and a withdrawn entry struck through. A withdrawal itself is the record of the act,
   * shown plainly with its badge.
   */
  default String rowClass() {
    java.util.List<String> classes = new java.util.ArrayList<>();
    if (noShow()) {
      classes.add("noshow");
    }
    if (superseded() && !withdrawal()) {
      classes.add("superseded");
    }
    if (withdrawn() && !withdrawal()) {
      classes.add("withdrawn");
    }
    return String.join(" ", classes);
  }

  default boolean afterHandover() {
    return common().afterHandover();
  }

  default Instant madeAt() {
    return common().madeAt();
  }

  default Instant syncedAt() {
    return common().syncedAt();
  }

  /** The contact's location (for an employer contact: visit, call, e-mail, event) as its Dutch label; empty for other kinds. */
  default String locationLabel() {
    return "";
  }

  default boolean noShow() {
    return false;
  }

  default boolean aftercare() {
    return false;
  }

  /** A contact's workplace signals as their Dutch labels ("Dreigend baanverlies", decision 0068); else none. */
  default java.util.List<String> signals() {
    return java.util.List.of();
  }

  default String agreements() {
    return null;
  }

  default LocalDate nextContactDate() {
    return null;
  }

  default Integer durationMinutes() {
    return null;
  }

  /** Coaching hours booked, or a placement's hours per week. */
  default BigDecimal hours() {
    return null;
  }

  default Integer fromRung() {
    return null;
  }

  default Integer toRung() {
    return null;
  }
}
