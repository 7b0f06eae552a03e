package nl.trede.client.ui.caseload;

import nl.trede.client.support.RecordingDevice;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
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
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Mijn kandidaten" and "Achterstallig" driven by the municipality's configuration, without a scene. */
class CaseloadPresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private FieldContext context;
  private Candidate meedoen;
  private Candidate groei;
  private Candidate stale;
  private Candidate unclassified;

  @BeforeEach
  void caseload() {
    store = openStore(dir);
    context = new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(Role.PARTICIPATION_COACH), RecordingDevice.opening());
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
        // Meedoen: last spoken 400 days ago, and a next visit agreed far ahead (in 100 days): the yearly
        // rule for "meedoen" (000 §5.3) makes it due 35 days ago all the same.
        change(RecordType.CONTACT, contact(meedoen, 400, TODAY.plusDays(100)), 1),
        // Groei: spoken 3 days ago, next contact agreed in 11 days.
        change(RecordType.CONTACT, contact(groei, 3, TODAY.plusDays(11)), 1),
        // Oudspoor: spoken 20 days ago, no date agreed: the plan's 14 days have passed.
        change(RecordType.CONTACT, contact(stale, 20, null), 1)));
  }

  private static Contact contact(Candidate c, int daysAgo, java.time.LocalDate next) {
    return new Contact(Ids.newId(), c.id(), null, COACH, LocationType.HOME, NOW.minus(daysAgo, ChronoUnit.DAYS), 45,
        null, "Gesprek", null, next, false, false, null);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void filtersComeFromTheConfigurationWithItsLabelsAndSpecialChoices() {
    CaseloadPresenter caseload = new CaseloadPresenter(context, CaseloadPresenter.Mode.ALL, id -> {});
    caseload.refresh();

    assertThat(caseload.groups()).extracting(CaseloadPresenter.Option::label)
        .containsExactly("Alle groepen", "Jongeren tot 27 jaar", "Meedoen");
    assertThat(caseload.dimensions()).extracting(CaseloadPresenter.DimensionFilter::label)
        .containsExactly("Spoor", "Klantprofiel");
    assertThat(caseload.dimensions().get(0).options()).extracting(CaseloadPresenter.Option::label)
        .containsExactly("Alle", "Focus op werk", "Focus op groei", "Focus op meedoen", "Nog niet ingedeeld",
            "Te herzien");
  }

  @Test
  void aDimensionValueTheSchemeNoLongerKnowsIsShownForReviewNeverDropped() {
    CaseloadPresenter caseload = new CaseloadPresenter(context, CaseloadPresenter.Mode.ALL, id -> {});
    caseload.refresh();

    CaseloadPresenter.Row row = caseload.rows().stream().filter(r -> r.candidateId().equals(stale.id()))
        .findFirst().orElseThrow();
    assertThat(row.needsReview()).isTrue();
    assertThat(row.tags()).containsExactly(new CaseloadPresenter.Tag("participatie (te herzien)", true));

    CaseloadPresenter.DimensionFilter track = caseload.dimensions().get(0);
    track.selected().set(track.options().get(5));
    assertThat(caseload.rows()).extracting(CaseloadPresenter.Row::candidateId).containsExactly(stale.id());
    track.selected().set(track.options().get(4));
    assertThat(caseload.rows()).extracting(CaseloadPresenter.Row::candidateId).containsExactly(unclassified.id());
  }

  @Test
  void filtersCombineByGroupValueRungAndFlagAndSayHowManyAreShown() {
    CaseloadPresenter caseload = new CaseloadPresenter(context, CaseloadPresenter.Mode.ALL, id -> {});
    caseload.refresh();
    assertThat(caseload.summary().get()).isEqualTo("4 kandidaten");

    caseload.group().set(caseload.groups().get(1));
    assertThat(caseload.rows()).extracting(CaseloadPresenter.Row::candidateId).containsExactly(groei.id());
    assertThat(caseload.summary().get()).isEqualTo("1 van 4 getoond");
    caseload.clearFilters();
    caseload.rung().set(caseload.rungs().get(2));
    assertThat(caseload.rows()).extracting(CaseloadPresenter.Row::candidateId).containsExactly(meedoen.id());
    caseload.clearFilters();
    caseload.flag().set(caseload.flags().stream().filter(o -> "STATUS_HOLDER".equals(o.key())).findFirst().orElseThrow());
    assertThat(caseload.rows()).extracting(CaseloadPresenter.Row::candidateId).containsExactly(groei.id());
    caseload.clearFilters();
    caseload.search().set("oudSP");
    assertThat(caseload.rows()).extracting(CaseloadPresenter.Row::candidateId).containsExactly(stale.id());
    assertThat(caseload.filtered().get()).isTrue();
  }

  @Test
  void overdueListsWhoIsPastTheContactPolicyMostOverdueFirstWithTheReason() {
    CaseloadPresenter overdue = new CaseloadPresenter(context, CaseloadPresenter.Mode.OVERDUE, id -> {});
    overdue.refresh();

    assertThat(overdue.rows()).extracting(CaseloadPresenter.Row::candidateId).containsExactly(meedoen.id(), stale.id());
    assertThat(overdue.rows().get(0).nextContact()).contains("35 dagen geleden")
        .contains("gemeente: minstens elke 365 dagen");
    assertThat(overdue.rows().get(1).nextContact()).contains("6 dagen geleden").contains("plan: elke 14 dagen");
    assertThat(overdue.rows()).allMatch(CaseloadPresenter.Row::overdue);
    assertThat(overdue.summary().get()).isEqualTo("2 kandidaten te laat gesproken");
  }

  @Test
  void aClosedFileIsNeverOverdueAndSaysWhenItClosed() {
    Candidate c = meedoen;
    Candidate closed = new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), c.phone(), c.address(),
        c.caseManagerId(), c.coachIds(), c.benefitStartDate(), c.flags(), c.classification(), c.wageValuePercent(),
        c.exemptions(), c.participation(), c.plan(), c.inflow(),
        new nl.trede.domain.candidate.Exit(TODAY.minusDays(20), nl.trede.domain.candidate.ExitReason.WORK),
        c.certificates(), c.languageLevel(), c.availableHoursPerWeek());
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, closed, 2)));
    CaseloadPresenter overdue = new CaseloadPresenter(context, CaseloadPresenter.Mode.OVERDUE, id -> {});
    CaseloadPresenter all = new CaseloadPresenter(context, CaseloadPresenter.Mode.ALL, id -> {});
    overdue.refresh();
    all.refresh();

    assertThat(overdue.rows()).extracting(CaseloadPresenter.Row::candidateId).containsExactly(stale.id());
    CaseloadPresenter.Row row = all.rows().stream().filter(r -> r.candidateId().equals(c.id())).findFirst()
        .orElseThrow();
    assertThat(row.nextContact()).isEqualTo("Uitgestroomd 18 feb. 2026 (betaald werk)");
    assertThat(row.overdue()).isFalse();
    assertThat(all.rows().get(all.rows().size() - 1).candidateId()).isIn(c.id(), unclassified.id());
  }

  @Test
  void theAllViewPutsTheOverdueFirstAndAnAgreedDateLater() {
    CaseloadPresenter caseload = new CaseloadPresenter(context, CaseloadPresenter.Mode.ALL, id -> {});
    caseload.refresh();

    assertThat(caseload.rows()).extracting(CaseloadPresenter.Row::candidateId)
        .startsWith(meedoen.id(), stale.id(), groei.id());
    CaseloadPresenter.Row agreed = caseload.rows().get(2);
    assertThat(agreed.overdue()).isFalse();
    assertThat(agreed.nextContact()).isEqualTo("Contact 21 mrt. 2026 · over 11 dagen");
  }

  @Test
  void onlyRolesThatMayRegisterAFileAreOfferedNieuwDossierOnTheCaseload() {
    int[] opened = new int[1];
    Runnable intake = () -> opened[0]++;
    FieldContext manager = new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(Role.CASE_MANAGER), RecordingDevice.opening());

    CaseloadPresenter caseload = new CaseloadPresenter(manager, CaseloadPresenter.Mode.ALL, id -> { }, intake);
    assertThat(caseload.canRegister()).isTrue();
    caseload.register();
    assertThat(opened[0]).isEqualTo(1);
    assertThat(new CaseloadPresenter(manager, CaseloadPresenter.Mode.OVERDUE, id -> { }, intake).canRegister())
        .as("not on Achterstallig").isFalse();
    for (Role field : java.util.List.of(Role.PARTICIPATION_COACH, Role.JOBCOACH)) {
      FieldContext coach = new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(field), RecordingDevice.opening());
      assertThat(new CaseloadPresenter(coach, CaseloadPresenter.Mode.ALL, id -> { }, intake).canRegister())
          .as(field.name()).isFalse();
    }
  }
}
