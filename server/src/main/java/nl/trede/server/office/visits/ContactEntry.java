package nl.trede.server.office.visits;

import java.time.LocalDate;
import java.util.List;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.RecordType;

/**
 * A contact with a candidate or employer, kept to the minute.
 *
 * @param signals its workplace signals as their Dutch labels (decision 0068)
 */
public record ContactEntry(Common common, Contact contact, String time, String locationLabel, List<String> signals)
    implements VisitEntry {
  @Override
  public RecordType type() {
    return RecordType.CONTACT;
  }

  @Override
  public boolean noShow() {
    return contact.noShow();
  }

  @Override
  public boolean aftercare() {
    return contact.aftercare();
  }

  @Override
  public String agreements() {
    return contact.agreements();
  }

  @Override
  public LocalDate nextContactDate() {
    return contact.nextContactDate();
  }

  @Override
  public Integer durationMinutes() {
    return contact.durationMinutes();
  }
}
