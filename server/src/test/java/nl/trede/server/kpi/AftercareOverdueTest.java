package nl.trede.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.trede.config.Aftercare;
import nl.trede.config.ContactPolicy;
import nl.trede.domain.Ids;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import org.junit.jupiter.api.Test;

/**
 * "Nazorg te laat" (decision 0057): files closed for work whose aftercare contact is late, counted
 * beside the overdue contacts of the open files and never in their share. Schedule: 14 and 91 days
 * after the exit; reference date Tuesday 31 March 2026.
 */
class AftercareOverdueTest {
  private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 31);
  private static final ContactPolicy POLICY =
      new ContactPolicy(42, List.of(), new Aftercare(List.of(14, 91), "002 §3.4.2"));

  private static Synced<CandidateFile> file(TestFile f, LocalDate... aftercare) {
    CandidateFile file = f.by(TestFile.WORKER, TestFile.EMPLOYER).file();
    List<Contact> contacts = new ArrayList<>(file.contacts());
    for (LocalDate day : aftercare) {
      contacts.add(new Contact(Ids.newId(), file.candidate().id(), null, TestFile.WORKER, LocationType.PHONE,
          day.atTime(10, 0).atZone(Violations.ZONE).toInstant(), 15, null, "Nazorg", null, null, false, true, null));
    }
    return new Synced<>(new CandidateFile(file.candidate(), file.steps(), file.placements(), contacts, file.history()),
        1, Instant.parse("2025-01-01T09:00:00Z"));
  }

  @Test
  void lateAftercareIsAFigureOfItsOwnBesideTheOpenFiles() {
    List<Synced<CandidateFile>> files = List.of(
        // Left for work on 1 March: the first aftercare contact was due 15 March, 16 days ago.
        file(TestFile.candidate("Ann").exited("2026-03-01", ExitReason.WORK)),
        // Left on 20 March: due 3 April, not late yet.
        file(TestFile.candidate("Ben").exited("2026-03-20", ExitReason.WORK)),
        // Both steps met: nothing due.
        file(TestFile.candidate("Cor").exited("2026-01-01", ExitReason.WORK),
            LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 20)),
        // Moved away: no aftercare.
        file(TestFile.candidate("Dio").exited("2026-03-01", ExitReason.MOVED)),
        // Open, never spoken to since 1 January 2025: overdue in the caseload.
        file(TestFile.candidate("Eva")));

    OverdueContacts.Result r = OverdueContacts.compute(POLICY, files, REFERENCE);

    assertThat(r.aftercare()).isEqualTo(2);
    assertThat(r.aftercareOverdue()).isEqualTo(1);
    assertThat(r.candidates()).as("the caseload's population is the open files only").isEqualTo(1);
    assertThat(r.overdue()).isEqualTo(1);
  }
}
