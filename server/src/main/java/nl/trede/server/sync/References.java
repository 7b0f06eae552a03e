package nl.trede.server.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.domain.placement.Placement;

/**
 * The ids a record names, so a push fetches the records it refers to in one query with its own
 * ({@link PreparedCreate}) and {@link WritePolicy} checks them.
 */
final class References {
  private References() {}

  /** The records a new record refers to, so one query can fetch them with the push's own. */
  static List<String> of(DomainRecord record) {
    List<String> ids = new ArrayList<>(3);
    if (record.correctsId() != null) {
      ids.add(record.correctsId().toString());
    }
    if (!(record instanceof Candidate) && record.fileCandidateId() != null) {
      ids.add(record.fileCandidateId().toString());
    }
    UUID employerId = employerOf(record);
    if (employerId != null) {
      ids.add(employerId.toString());
    }
    if (record instanceof CoachingHours hours && hours.placementId() != null) {
      ids.add(hours.placementId().toString());
    }
    if (record instanceof ObligationMeasure measure && measure.reasonContactId() != null) {
      ids.add(measure.reasonContactId().toString());
    }
    if (record instanceof EmployerContact contact && contact.vacancyId() != null) {
      ids.add(contact.vacancyId().toString());
    }
    if (record instanceof Assessment measured && measured.placementId() != null) {
      ids.add(measured.placementId().toString());
    }
    if (record instanceof SessionAttendance invitation && invitation.sessionId() != null) {
      ids.add(invitation.sessionId().toString());
    }
    if (record instanceof Placement placement && placement.vacancyId() != null) {
      ids.add(placement.vacancyId().toString());
    }
    return ids;
  }

  /** The employer a record names, if its kind names one. */
  static UUID employerOf(DomainRecord record) {
    if (record instanceof Contact c) {
      return c.employerId();
    }
    if (record instanceof EmployerContact c) {
      return c.employerId();
    }
    if (record instanceof CoachingHours h) {
      return h.employerId();
    }
    if (record instanceof Vacancy vacancy) {
      return vacancy.employerId();
    }
    if (record instanceof Placement p) {
      return p.employerId();
    }
    return null;
  }}
