package nl.trede.client.support;

import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.step;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.StoredSession;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Colleague;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Employer;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A participation coach's device holding one file, Anna Jansen's (on rung 3 since two months), and
 * one employer: what a screen's presenter needs to be driven without a scene.
 */
public abstract class OneFileOnTheDevice {
  @TempDir
  protected Path dir;

  protected final Messages messages = Messages.dutch();
  /** How often a screen said it saved. */
  protected final AtomicInteger saved = new AtomicInteger();
  protected LocalStore store;
  protected FieldContext context;
  protected Candidate anna;
  protected Employer shop;

  @BeforeEach
  void storeWithACandidate() {
    store = openStore(dir);
    context = new FieldContext(store, messages, CLOCK, Fixtures.session(Role.PARTICIPATION_COACH), RecordingDevice.opening());
    anna = candidate("Anna", "Jansen");
    shop = employer("Supermarkt Heteren");
    store.storePullPage(page("c1", change(RecordType.CANDIDATE, anna, 1), change(RecordType.EMPLOYER, shop, 1),
        change(RecordType.LADDER_STEP, step(anna.id(), null, 3, TODAY.minusMonths(2)), 1)));
  }

  /** Fatima El Amrani, the case manager who logs in for the case manager's screens. */
  protected static final UUID FATIMA = UUID.fromString("00000000-0000-0000-0000-0000000ca5e1");
  /** Bram Visser, a jobcoach of the municipality. */
  protected static final UUID BRAM = UUID.fromString("00000000-0000-0000-0000-00000000b4a3");

  /**
   * Logs in a user of this role on the device: the store then applies the role table to every
   * save, and knows the municipality's colleagues (Anna de Vries the coach, Bram Visser the
   * jobcoach, Fatima El Amrani the case manager) as the server would have listed them.
   */
  protected FieldContext loggedInAs(Role role) {
    StoredSession user = role == Role.CASE_MANAGER
        ? new StoredSession("http://127.0.0.1:9", "casemanager1", FATIMA, "Fatima El Amrani", role, "overbetuwe",
            "Gemeente Overbetuwe", "token-1")
        : Fixtures.session(role);
    store.saveSession(user);
    store.saveColleagues(List.of(new Colleague(Fixtures.COACH, "Anna de Vries", Role.PARTICIPATION_COACH),
        new Colleague(BRAM, "Bram Visser", Role.JOBCOACH), new Colleague(FATIMA, "Fatima El Amrani", Role.CASE_MANAGER)));
    context = new FieldContext(store, messages, CLOCK, user, RecordingDevice.opening());
    return context;
  }

  @AfterEach
  void close() {
    store.close();
  }
}
