package nl.trede.server.office.visits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the visit log or of a candidate's timeline, as the office reads it.
 *
 * @param time HH:mm for contacts, null for entries that have only a date
 * @param what the short Dutch description: the contact's duration, the step, the hours and activity
 * @param text what was discussed, the step's reason, the coaching note
 * @param superseded a later entry corrects this one, so it no longer counts
 * @param correction this entry corrects an earlier one
 * @param afterHandover its author recorded it while the file was on their device and it arrived
 *     after they had left the caseload (sync-protocol.md, "When a file leaves a caseload")
 * @param madeAt when it was recorded on the device (from its UUID v7 id), when known
 * @param syncedAt when it reached the server
 */
public record VisitEntry(
    String id,
    String kind,
    LocalDate date,
    String time,
    String candidateId,
    String candidateName,
    String employerId,
    String employerName,
    String authorName,
    String location,
    String locationLabel,
    boolean noShow,
    boolean aftercare,
    boolean superseded,
    boolean correction,
    boolean afterHandover,
    String what,
    String text,
    String agreements,
    LocalDate nextContactDate,
    Integer durationMinutes,
    BigDecimal hours,
    Integer fromRung,
    Integer toRung,
    Instant madeAt,
    Instant syncedAt) {}
