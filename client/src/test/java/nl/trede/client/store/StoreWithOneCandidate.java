package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;

import java.nio.file.Path;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real encrypted store in a temporary folder, holding one file (Anna Jansen's) as a first pull leaves it. */
abstract class StoreWithOneCandidate {
  @TempDir
  Path dir;

  LocalStore store;
  Candidate anna;

  @BeforeEach
  void openWithOneCandidate() {
    store = openStore(dir);
    anna = candidate("Anna", "Jansen");
    store.storePullPage(page("c1", change(RecordType.CANDIDATE, anna, 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Candidate withPhone(Candidate c, String phone) {
    return new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), phone, c.address(),
        c.caseManagerId(), c.coachIds(), c.benefitStartDate(), c.flags(), c.classification(),
        c.wageValuePercent(), c.exemptions(), c.participation(), c.plan(), null, null, null, null, null);
  }
}
