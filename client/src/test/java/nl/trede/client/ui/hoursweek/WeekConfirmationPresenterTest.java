package nl.trede.client.ui.hoursweek;

import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.RecordingDevice;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.coaching.HoursLedger;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Week confirmation on a real store. TODAY is Tuesday 10 March 2026: this week is Monday 9 and
 * Tuesday 10, the previous week Monday 2 to Sunday 8 March.
 */
class WeekConfirmationPresenterTest {
  private static final LocalDate MONDAY = TODAY.minusDays(1);

  @TempDir
  Path dir;

  private LocalStore store;
  private FieldContext context;
  private Candidate kim;
  private Employer shop;
  private Placement job;
  private final List<WeekConfirmationPresenter.Confirmed> confirmed = new ArrayList<>();

  @BeforeEach
  void placement() {
    store = openStore(dir);
    context = new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(Role.JOBCOACH),
        RecordingDevice.opening());
    kim = Fixtures.candidate("Kim", "Bos", Map.of(), Set.of(CandidateFlag.WAGE_COST_SUBSIDY), TODAY.minusYears(25));
    shop = employer("Supermarkt Heteren");
    job = Fixtures.coachedJob(kim.id(), shop.id(), COACH, TODAY.plusMonths(3));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private CoachingHours hours(LocalDate day, int quarters, String confirmedBy) {
    return new CoachingHours(Ids.newId(), kim.id(), shop.id(), day, quarters, CoachingActivity.ON_SITE_COACHING,
        CoachKind.MUNICIPAL, COACH, null, confirmedBy, confirmedBy == null ? null : NOW.minusSeconds(3600), null,
        job.id());
  }

  private void pulled(Employer employer, CoachingHours... entries) {
    List<nl.trede.sync.RecordChange> changes = new ArrayList<>(List.of(change(RecordType.CANDIDATE, kim, 1),
        change(RecordType.EMPLOYER, employer, 1), change(RecordType.PLACEMENT, job, 1)));
    for (CoachingHours h : entries) {
      changes.add(change(RecordType.COACHING_HOURS, h, 1));
    }
    store.storePullPage(page("c1", changes.toArray(nl.trede.sync.RecordChange[]::new)));
  }

  private WeekConfirmationPresenter open() {
    return new WeekConfirmationPresenter(context, kim.id(), job.id(), confirmed::add);
  }

  @Test
  void thisWeekListsTheEntriesInForceUnconfirmedChosenConfirmedShownButNotChosen() throws InterruptedException {
    CoachingHours monday = hours(MONDAY, 8, null);
    Thread.sleep(2);
    CoachingHours mondayCorrected = new CoachingHours(Ids.newId(), kim.id(), shop.id(), MONDAY, 10,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, COACH, null, null, null, monday.id(), job.id());
    CoachingHours tuesday = hours(TODAY, 4, "Jan");
    CoachingHours lastWeek = hours(MONDAY.minusDays(3), 6, null);
    pulled(shop, monday, mondayCorrected, tuesday, lastWeek);

    WeekConfirmationPresenter week = open();

    assertThat(week.rows()).extracting(r -> r.entry().id()).containsExactly(mondayCorrected.id(), tuesday.id());
    assertThat(week.rows().get(0).selected().get()).isTrue();
    assertThat(week.rows().get(1).confirmed()).isTrue();
    assertThat(week.rows().get(1).confirmedText()).startsWith("Bevestigd door Jan (10 mrt");
    assertThat(week.total().get()).isEqualTo("Te bevestigen: 1 dag, 2,5 uur");
    assertThat(week.range().get()).isEqualTo("Van maandag 9 mrt. tot en met dinsdag 10 mrt.");
    assertThat(week.confirmName().get()).as("the contact on file, prefilled").isEqualTo("Jan");

    week.week().set(WeekConfirmationPresenter.Week.PREVIOUS);

    assertThat(week.rows()).extracting(r -> r.entry().id()).containsExactly(lastWeek.id());
    assertThat(week.range().get()).isEqualTo("Van maandag 2 mrt. tot en met zondag 8 mrt.");
  }

  @Test
  void theContactOnFileConfirmsWithoutAWarningWhateverTheCaseEveryChosenEntryGetsItsCorrection() {
    CoachingHours monday = hours(MONDAY, 8, null);
    CoachingHours tuesday = hours(TODAY, 6, null);
    pulled(shop, monday, tuesday);
    WeekConfirmationPresenter week = open();
    week.confirmName().set("  JAN ");

    assertThat(week.confirm()).isTrue();

    assertThat(week.warning().get()).isNull();
    assertThat(confirmed).singleElement().satisfies(c -> {
      assertThat(c.notice()).isEqualTo("2 dagen, 3,5 uur bevestigd door JAN.");
      assertThat(c.confirmations()).extracting(CoachingHours::correctsId).containsExactly(monday.id(), tuesday.id());
    });
    List<CoachingHours> all = store.inFile(kim.id(), RecordType.COACHING_HOURS);
    assertThat(HoursLedger.inForceBetween(all, job.id(), MONDAY, TODAY)).allSatisfy(h -> {
      assertThat(h.confirmedBy()).isEqualTo("JAN");
      assertThat(h.confirmedAt()).isEqualTo(NOW);
      assertThat(h.authorId()).isEqualTo(context.userId());
    });
    assertThat(HoursLedger.quarterHours(all, job.id(), null)).isEqualTo(14);
    assertThat(store.pendingOutbox(10)).hasSize(2).allMatch(e -> e.mutation().kind() == MutationKind.CREATE);
  }

  @Test
  void anotherNameIsWarnedAboutFirstAndConfirmsOnlyWhenTheConfirmerGoesAhead() {
    pulled(shop, hours(MONDAY, 8, null), hours(TODAY, 6, null));
    WeekConfirmationPresenter week = open();
    week.rows().get(1).selected().set(false);
    week.confirmName().set("Piet de Vries");

    assertThat(week.confirm()).isFalse();

    assertThat(week.warning().get()).isEqualTo(
        "Piet de Vries is niet de contactpersoon die bij Supermarkt Heteren bekend is (Jan). Toch bevestigen?");
    assertThat(store.pendingCount()).isZero();
    assertThat(week.total().get()).isEqualTo("Te bevestigen: 1 dag, 2 uur");

    week.confirmName().set("Piet de Vries (chef)");
    assertThat(week.warning().get()).as("a new name is judged anew").isNull();

    assertThat(week.confirmAnyway()).isTrue();
    assertThat(store.pendingOutbox(10)).singleElement();
    assertThat(confirmed.get(0).notice()).isEqualTo("1 dag, 2 uur bevestigd door Piet de Vries (chef).");
  }

  @Test
  void anEmployerWithoutAContactOnFileWarnsAsWellAndNoNameConfirmsNothing() {
    Employer noContact = new Employer(shop.id(), shop.name(), shop.kvkNumber(), shop.sector(), shop.address(), null,
        null, null, false, false, null, null);
    pulled(noContact, hours(MONDAY, 8, null));
    WeekConfirmationPresenter week = open();
    assertThat(week.confirmName().get()).isEmpty();

    assertThat(week.confirm()).isFalse();
    assertThat(week.errors().of("confirmedBy")).isEqualTo("Laat de contactpersoon eerst de eigen naam typen.");

    week.confirmName().set("Jan");
    assertThat(week.confirm()).isFalse();
    assertThat(week.warning().get()).startsWith("Bij Supermarkt Heteren is geen contactpersoon bekend")
        .endsWith("Toch bevestigen?");
    assertThat(store.pendingCount()).isZero();
  }
}
