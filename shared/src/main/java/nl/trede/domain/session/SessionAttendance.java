package nl.trede.domain.session;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Filing;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * One candidate's invitation to a group session, in their own file: whether they came and whether
 * they want a follow-up. One per candidate and session: its id is derived from both
 * ({@link #idFor}), so two devices inviting the same candidate offline make the same record, and
 * the second create is answered as a duplicate rather than kept twice.
 *
 * <p>Light on purpose (DOMAIN: "Recording at events must be quick, light and optional"): presence
 * is left open until someone records it, and for a kind whose presence the municipality does not
 * record (a Wijchen market, {@code SessionKind.Attendance.HEADCOUNT}) it stays open.
 *
 * @param recordedBy who first invited them in Trede: set once by the pushing user
 * @param invitedOn the day of the invitation; optional
 * @param presence whether they came; {@code null} until recorded
 * @param wantsFollowUp the candidate asked for a follow-up conversation; low-threshold and without
 *     obligation ("Initiatief is bij de klant gelaten", 004 Bijlage 2)
 * @param note what followed, in a line; optional
 * @param declarationSigned whether they signed what the session's kind has its attendees sign (its
 *     {@code declaration}, e.g. Lansingerland's participatieverklaring, 002 §3.3.8): {@code null} until
 *     recorded. Only for such a kind and only for who came ({@code SessionRules}, decision 0064).
 */
public record SessionAttendance(
    UUID id,
    UUID sessionId,
    @Filing UUID candidateId,
    UUID recordedBy,
    LocalDate invitedOn,
    Presence presence,
    @JsonSetter(nulls = Nulls.AS_EMPTY) boolean wantsFollowUp,
    String note,
    Boolean declarationSigned)
    implements DomainRecord {

  /** Came, did not come (without notice: a no-show, 002 §4.5), or sent word beforehand. */
  public enum Presence { ATTENDED, NO_SHOW, EXCUSED }

  public static final int MAX_NOTE = 500;

  /** An invitation whose signature, if the kind asks one, is not recorded. */
  public SessionAttendance(UUID id, UUID sessionId, UUID candidateId, UUID recordedBy, LocalDate invitedOn,
      Presence presence, boolean wantsFollowUp, String note) {
    this(id, sessionId, candidateId, recordedBy, invitedOn, presence, wantsFollowUp, note, null);
  }

  public SessionAttendance withPresence(Presence to) {
    return new SessionAttendance(id, sessionId, candidateId, recordedBy, invitedOn, to, wantsFollowUp, note,
        declarationSigned);
  }

  public SessionAttendance withFollowUp(boolean wanted) {
    return new SessionAttendance(id, sessionId, candidateId, recordedBy, invitedOn, presence, wanted, note,
        declarationSigned);
  }

  public SessionAttendance withNote(String line) {
    return new SessionAttendance(id, sessionId, candidateId, recordedBy, invitedOn, presence, wantsFollowUp, line,
        declarationSigned);
  }

  public SessionAttendance withDeclarationSigned(Boolean signed) {
    return new SessionAttendance(id, sessionId, candidateId, recordedBy, invitedOn, presence, wantsFollowUp, note,
        signed);
  }

  /** The one id of this candidate's invitation to this session. */
  public static UUID idFor(UUID sessionId, UUID candidateId) {
    return UUID.nameUUIDFromBytes(("session-attendance:" + sessionId + ":" + candidateId)
        .getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public UUID fileCandidateId() {
    return candidateId;
  }

  @Override
  public UUID author() {
    return recordedBy;
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("sessionId", sessionId);
    v.required("candidateId", candidateId);
    v.required("recordedBy", recordedBy);
    if (id != null && sessionId != null && candidateId != null && !id.equals(idFor(sessionId, candidateId))) {
      v.add("id", "attendance-id", "an invitation's id is derived from its session and candidate");
    }
    v.withinYears("invitedOn", invitedOn, GroupSession.YEARS_BACK, 1);
    v.maxLength("note", note, MAX_NOTE);
    return v.toList();
  }
}
