package nl.trede.client.ui;

import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.FieldFixtures;
import nl.trede.domain.Role;
import nl.trede.client.ui.caseload.CaseloadPresenter;
import nl.trede.client.ui.contact.ContactFormPresenter;
import nl.trede.client.ui.hours.HoursFormPresenter;
import nl.trede.client.ui.ladder.LadderFormPresenter;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screens' logic, driven without a scene. */
class FormPresentersTest {
  @TempDir
  Path dir;

  private final Messages messages = Messages.dutch();
  private final AtomicInteger saved = new AtomicInteger();
  private LocalStore store;
  private FieldContext context;
  private Candidate anna;
  private Employer shop;

  @BeforeEach
  void storeWithACandidate() {
    store = openStore(dir);
    context = new FieldContext(store, messages, CLOCK, FieldFixtures.session(Role.PARTICIPATION_COACH));
    anna = candidate("Anna", "Jansen");
    shop = employer("Supermarkt Heteren");
    store.storePullPage(page("c1", change(RecordType.CANDIDATE, anna, 1), change(RecordType.EMPLOYER, shop, 1),
        change(RecordType.LADDER_STEP, step(anna.id(), null, 3, TODAY.minusMonths(2)), 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aContactWithANextContactBeforeItIsRefusedWithTheDutchReasonAtThatField() {
    ContactFormPresenter form = new ContactFormPresenter(context, anna.id(), null, false, saved::incrementAndGet);
    form.summary().set("Gesprek");
    form.nextContact().set(TODAY.minusDays(3));

    assertThat(form.save()).isFalse();

    assertThat(form.errors().of("nextContactDate"))
        .isEqualTo("Het volgende contact kan niet vóór dit contactmoment liggen.");
    assertThat(store.pendingCount()).isZero();
    assertThat(saved).hasValue(0);
  }

  @Test
  void aNoShowIsSavedWithZeroMinutes() {
    ContactFormPresenter form = new ContactFormPresenter(context, anna.id(), null, false, saved::incrementAndGet);
    form.noShow().set(true);

    assertThat(form.save()).isTrue();

    assertThat(form.duration().get()).isZero();
    assertThat(store.pendingCount()).isEqualTo(1);
    assertThat(saved).hasValue(1);
  }

  @Test
  void anUnreadableTimeIsNamedAtTheDateAndTimeField() {
    ContactFormPresenter form = new ContactFormPresenter(context, anna.id(), null, false, saved::incrementAndGet);
    form.time().set("half tien");

    assertThat(form.save()).isFalse();

    assertThat(form.errors().of("occurredAt")).isEqualTo("Vul de tijd in als uu:mm, bijvoorbeeld 09:30.");
  }

  @Test
  void aLadderStepStartsFromTheCurrentRung() {
    LadderFormPresenter form = new LadderFormPresenter(context, anna.id(), null, saved::incrementAndGet);
    assertThat(form.fromRung()).isEqualTo(3);
    form.toRung().set(3);
    form.reason().set("Geen verandering");

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("toRung")).isEqualTo("Kies een andere trede dan de huidige.");

    form.toRung().set(4);
    assertThat(form.save()).isTrue();
    assertThat(store.currentRung(anna.id())).contains(4);
    assertThat(((LadderStep) store.timeline(anna.id()).get(0).record()).fromRung()).isEqualTo(3);
  }

  @Test
  void coachingHoursStepByQuarterHoursAndShowTheDutchAmount() {
    HoursFormPresenter form = new HoursFormPresenter(context, anna.id(), null, null, saved::incrementAndGet);
    form.more();
    form.more();
    assertThat(form.amount().get()).isEqualTo("1,5 uur");
    form.less();

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("employerId")).isEqualTo("Kies de werkgever.");

    form.employer().set(form.employers().get(0));
    assertThat(form.save()).isTrue();
    assertThat(((CoachingHours) store.timeline(anna.id()).get(0).record()).quarterHours()).isEqualTo(5);
  }

  @Test
  void theCaseloadShowsTheRungAndNextContactInDutch() {
    CaseloadPresenter caseload = new CaseloadPresenter(context, CaseloadPresenter.Mode.ALL, id -> {});
    caseload.refresh();

    assertThat(caseload.rows()).singleElement().satisfies(row -> {
      assertThat(row.name()).isEqualTo("Anna Jansen");
      assertThat(row.rung()).isEqualTo("Trede 3 · Deelname aan georganiseerde activiteiten");
      assertThat(row.nextContact()).isEqualTo("Nog geen contact gehad en geen startdatum bekend");
    });
    caseload.search().set("xyz");
    assertThat(caseload.rows()).isEmpty();
  }

  @Test
  void unknownRulesFallBackToAGeneralDutchText() {
    assertThat(messages.violation(new Violation("fields.durationMinutes", "range", "x")))
        .isEqualTo("De duur ligt tussen 1 en 600 minuten (0 bij niet verschenen).");
    assertThat(messages.violation(new Violation("foo", "no-such-rule", "x"))).isEqualTo("Deze waarde is niet geldig.");
  }
}
