package nl.trede.server.office.visits;

import java.time.LocalDate;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.sync.RecordType;

/**
 * A contact with an employer alone (issue 17): how (visit, call, e-mail, event) in the place of a
 * contact's location, the follow-up in the place of the next contact.
 */
public record EmployerContactEntry(Common common, EmployerContact contact, String locationLabel)
    implements VisitEntry {
  @Override
  public RecordType type() {
    return RecordType.EMPLOYER_CONTACT;
  }

  @Override
  public LocalDate nextContactDate() {
    return contact.followUpDate();
  }
}
