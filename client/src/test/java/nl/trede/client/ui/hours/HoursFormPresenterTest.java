package nl.trede.client.ui.hours;

import nl.trede.client.support.RecordingDevice;
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
import java.util.Map;
import java.util.Set;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoursFormPresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private FieldContext context;
  private Candidate kim;
  private Employer shop;
  private Placement job;

  @BeforeEach
  void placement() {
    store = openStore(dir);
    context = new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(Role.JOBCOACH), RecordingDevice.opening());
    kim = Fixtures.candidate("Kim", "Bos", Map.of(), Set.of(CandidateFlag.WAGE_COST_SUBSIDY), TODAY.minusYears(25));
    shop = employer("Supermarkt Heteren");
    job = Fixtures.coachedJob(kim.id(), shop.id(), COACH, TODAY.plusMonths(3));
    CoachingHours earlier = new CoachingHours(Ids.newId(), kim.id(), shop.id(), TODAY.minusDays(7), 36,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, COACH, null, "Jan", NOW.minusSeconds(7 * 86400L),
        null, job.id());
    CoachingHours longDay = new CoachingHours(Ids.newId(), kim.id(), shop.id(), TODAY.minusDays(14), 96,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, COACH, null, null, null, null, job.id());
    store.storePullPage(page("c1", change(RecordType.CANDIDATE, kim, 1), change(RecordType.EMPLOYER, shop, 1),
        change(RecordType.PLACEMENT, job, 1), change(RecordType.COACHING_HOURS, earlier, 1),
        change(RecordType.COACHING_HOURS, longDay, 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theFormStartsOnThePlacementWithItsEmployerAndShowsTheHoursAgainstTheGrant() {
    HoursFormPresenter form = new HoursFormPresenter(context, kim.id(), job.id(), null, () -> {});

    assertThat(form.target().get().placement().id()).isEqualTo(job.id());
    assertThat(form.employer().get()).isEqualTo(shop);
    // 9 + 24 hours booked before, corrections aside.
    form.set(8);
    assertThat(form.budget().get()).isEqualTo("Na deze boeking 35 van 40 toegekende uren.");
    form.set(32);
    assertThat(form.budget().get()).startsWith("Na deze boeking 41 uur: meer dan de 40 toegekende uren");
  }

  @Test
  void aConfirmationNeedsANameAndIsSavedWithTheEntry() {
    HoursFormPresenter form = new HoursFormPresenter(context, kim.id(), job.id(), null, () -> {});

    assertThat(form.confirm()).isFalse();
    assertThat(form.errors().of("confirmedBy")).isEqualTo("Laat de contactpersoon eerst de eigen naam typen.");
    form.confirmName().set("  Jan Peeters ");
    assertThat(form.confirm()).isTrue();
    assertThat(form.confirmation().get()).isEqualTo("Bevestigd door Jan Peeters om 10:00: 1 uur.");
    assertThat(form.save()).isTrue();

    CoachingHours saved = store.<CoachingHours>inFile(kim.id(), RecordType.COACHING_HOURS).stream()
        .filter(h -> h.date().equals(TODAY)).findFirst().orElseThrow();
    assertThat(saved.confirmedBy()).isEqualTo("Jan Peeters");
    assertThat(saved.confirmedAt()).isEqualTo(NOW);
    assertThat(saved.placementId()).isEqualTo(job.id());
  }

  @Test
  void changingTheHoursAfterConfirmingVoidsTheConfirmation() {
    HoursFormPresenter form = new HoursFormPresenter(context, kim.id(), job.id(), null, () -> {});
    form.confirmName().set("Jan Peeters");
    form.confirm();

    form.more();

    assertThat(form.confirmed().get()).isFalse();
    assertThat(form.confirmation().get()).startsWith("De bevestiging is vervallen");
    assertThat(form.save()).isTrue();
    CoachingHours saved = store.<CoachingHours>inFile(kim.id(), RecordType.COACHING_HOURS).stream()
        .filter(h -> h.date().equals(TODAY)).findFirst().orElseThrow();
    assertThat(saved.confirmedBy()).isNull();
    assertThat(saved.quarterHours()).isEqualTo(5);
  }

  @Test
  void aCorrectionMayBringAnEntryToZeroAndReplacesItsHours() {
    CoachingHours earlier = store.<CoachingHours>inFile(kim.id(), RecordType.COACHING_HOURS).stream()
        .filter(h -> h.quarterHours() == 36).findFirst().orElseThrow();
    HoursFormPresenter form = new HoursFormPresenter(context, kim.id(), null, earlier, () -> {});
    assertThat(form.quarterHours().get()).isEqualTo(36);

    form.set(0);
    assertThat(form.amount().get()).isEqualTo("0 uur (boeking vervalt)");
    assertThat(form.budget().get()).isEqualTo("Na deze boeking 24 van 40 toegekende uren.");
    assertThat(form.save()).isTrue();

    CoachingHours correction = store.<CoachingHours>inFile(kim.id(), RecordType.COACHING_HOURS).stream()
        .filter(h -> earlier.id().equals(h.correctsId())).findFirst().orElseThrow();
    assertThat(correction.quarterHours()).isZero();
    assertThat(nl.trede.domain.coaching.HoursLedger.quarterHours(store.inFile(kim.id(), RecordType.COACHING_HOURS),
        job.id(), null)).isEqualTo(96);
  }
}
