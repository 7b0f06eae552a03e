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
import java.util.concurrent.atomic.AtomicInteger;
import nl.trede.client.store.LocalStore;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
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
    context = new FieldContext(store, messages, CLOCK, Fixtures.session(Role.PARTICIPATION_COACH));
    anna = candidate("Anna", "Jansen");
    shop = employer("Supermarkt Heteren");
    store.storePullPage(page("c1", change(RecordType.CANDIDATE, anna, 1), change(RecordType.EMPLOYER, shop, 1),
        change(RecordType.LADDER_STEP, step(anna.id(), null, 3, TODAY.minusMonths(2)), 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }
}
