package nl.trede.client.support;

import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.step;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import nl.trede.client.store.LocalStore;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A participation coach's store in Overbetuwe with four candidates, one per track and one never
 * classified, each with a next contact that follows from a different rule, for the screens that
 * read the caseload without a scene.
 */
public abstract class ThreeTracksCaseload {
  @TempDir
  protected Path dir;

  protected LocalStore store;
  protected FieldContext context;
  /** Last spoken 400 days ago, a visit agreed in 100 days: the yearly rule makes it 35 days late. */
  protected Candidate meedoen;
  /** Spoken 3 days ago, next contact agreed in 11 days. */
  protected Candidate groei;
  /** Spoken 20 days ago, no date agreed: the plan's 14 days have passed (6 days late). */
  protected Candidate stale;
  /** Never classified, never spoken. */
  protected Candidate unclassified;

  @BeforeEach
  void caseload() {
    store = openStore(dir);
    context = new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(Role.PARTICIPATION_COACH),
        RecordingDevice.opening());
    meedoen = Fixtures.candidate("Mo", "Meedoen", Map.of("spoor", "meedoen", "profiel", "3"), Set.of(),
        TODAY.minusYears(40));
    groei = Fixtures.candidate("Gea", "Groei", Map.of("spoor", "groei"), Set.of(CandidateFlag.STATUS_HOLDER),
        TODAY.minusYears(22));
    // "participatie" was a track in an earlier version of the scheme: it must show, marked for review.
    stale = Fixtures.candidate("Sam", "Oudspoor", Map.of("spoor", "participatie"), Set.of(), TODAY.minusYears(50));
    unclassified = Fixtures.candidate("Nina", "Nieuw", Map.of(), Set.of(), TODAY.minusYears(30));
    store.storePullPage(page("c1", change(RecordType.CONFIGURATION, Fixtures.overbetuwe(), 1),
        change(RecordType.CANDIDATE, meedoen, 1), change(RecordType.CANDIDATE, groei, 1),
        change(RecordType.CANDIDATE, stale, 1), change(RecordType.CANDIDATE, unclassified, 1),
        change(RecordType.LADDER_STEP, step(meedoen.id(), null, 2, TODAY.minusYears(2)), 1),
        change(RecordType.LADDER_STEP, step(groei.id(), null, 4, TODAY.minusMonths(3)), 1),
        // The yearly rule for "meedoen" (000 §5.3) overrides the visit agreed far ahead.
        change(RecordType.CONTACT, contact(meedoen, 400, TODAY.plusDays(100)), 1),
        change(RecordType.CONTACT, contact(groei, 3, TODAY.plusDays(11)), 1),
        change(RecordType.CONTACT, contact(stale, 20, null), 1)));
  }

  protected static Contact contact(Candidate c, int daysAgo, LocalDate next) {
    return new Contact(Ids.newId(), c.id(), null, COACH, LocationType.HOME, NOW.minus(daysAgo, ChronoUnit.DAYS), 45,
        null, "Gesprek", null, next, false, false, null);
  }

  /** Closes {@link #meedoen}'s file 20 days ago: he left for work. */
  protected Candidate closeMeedoen() {
    Candidate closed = Fixtures.closed(meedoen, new Exit(TODAY.minusDays(20), ExitReason.WORK));
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, closed, 2)));
    return closed;
  }

  /**
   * Closes {@link #meedoen}'s file for work 20 days ago (18 February 2026) under a nazorg schedule
   * of 30 and 90 days: the first aftercare contact is due Friday 20 March 2026, in ten days.
   */
  protected Candidate closeMeedoenWithAftercare() {
    store.storePullPage(page("c-aftercare", change(RecordType.CONFIGURATION,
        Fixtures.withAftercare(Fixtures.overbetuwe(), 30, 90), 2)));
    return closeMeedoen();
  }

  @AfterEach
  void close() {
    store.close();
  }
}
