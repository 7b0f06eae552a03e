package nl.trede.client.ui.caseload;

import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.RecordingDevice;
import nl.trede.client.support.ThreeTracksCaseload;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.contact.WorkplaceSignal;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/** "Mijn kandidaten" driven by the municipality's configuration, without a scene. */
class CaseloadPresenterTest extends ThreeTracksCaseload {
  @Test
  void filtersComeFromTheConfigurationWithItsLabelsAndSpecialChoices() {
    CaseloadPresenter caseload = new CaseloadPresenter(context, id -> {}, null);
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
    CaseloadPresenter caseload = new CaseloadPresenter(context, id -> {}, null);
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
    CaseloadPresenter caseload = new CaseloadPresenter(context, id -> {}, null);
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
  void aClosedFileSaysWhenItClosedAndIsNeverOverdue() {
    closeMeedoen();
    CaseloadPresenter all = new CaseloadPresenter(context, id -> {}, null);
    all.refresh();

    CaseloadPresenter.Row row = all.rows().stream().filter(r -> r.candidateId().equals(meedoen.id())).findFirst()
        .orElseThrow();
    assertThat(row.nextContact()).isEqualTo("Uitgestroomd 18 feb. 2026 (betaald werk)");
    assertThat(row.overdue()).isFalse();
    assertThat(all.rows().get(all.rows().size() - 1).candidateId()).isIn(meedoen.id(), unclassified.id());
  }

  @Test
  void theAllViewPutsTheOverdueFirstAndAnAgreedDateLater() {
    CaseloadPresenter caseload = new CaseloadPresenter(context, id -> {}, null);
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
    FieldContext manager = new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(Role.CASE_MANAGER),
        RecordingDevice.opening());

    CaseloadPresenter caseload = new CaseloadPresenter(manager, id -> { }, intake);
    assertThat(caseload.canRegister()).isTrue();
    caseload.register();
    assertThat(opened[0]).isEqualTo(1);
    for (Role field : java.util.List.of(Role.PARTICIPATION_COACH, Role.JOBCOACH)) {
      FieldContext coach = new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(field),
          RecordingDevice.opening());
      assertThat(new CaseloadPresenter(coach, id -> { }, intake).canRegister())
          .as(field.name()).isFalse();
    }
  }

  private static Contact atWork(UUID candidate, UUID author, int daysAgo, Set<WorkplaceSignal> signals) {
    return new Contact(Ids.newId(), candidate, null, author, LocationType.WORKPLACE,
        NOW.minus(daysAgo, ChronoUnit.DAYS), 30, null, "Op de werkvloer", null, null, false, false, null, false, signals);
  }

  private static CaseloadPresenter.Row row(CaseloadPresenter caseload, UUID candidate) {
    return caseload.rows().stream().filter(r -> r.candidateId().equals(candidate)).findFirst().orElseThrow();
  }

  /**
   * 002 §3.4.3: "De jobcoaches houden onze uitvoeringsprofessionals op de hoogte van zaken die spelen op
   * de werkvloer, bijvoorbeeld dreigend baanverlies". The card says so until the case manager speaks
   * with the candidate after it, for at most eight weeks (ours, decision 0068).
   */
  @Test
  void aCardShowsAWorkplaceSignalUntilTheCaseManagerSpeaksWithTheCandidateAfterIt() {
    UUID caseManager = UUID.randomUUID();
    UUID jobcoach = UUID.randomUUID();
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, Fixtures.withCaseManager(groei, caseManager), 2),
        change(RecordType.CONTACT, atWork(groei.id(), jobcoach, 5, Set.of(WorkplaceSignal.THREATENED_JOB_LOSS)), 1),
        change(RecordType.CONTACT, atWork(stale.id(), jobcoach, 57, Set.of(WorkplaceSignal.TRAINING_OR_SUPPORT_NEED)), 1),
        change(RecordType.CONTACT, atWork(meedoen.id(), jobcoach, 55, Set.of(WorkplaceSignal.TRAINING_OR_SUPPORT_NEED)), 1)));
    CaseloadPresenter caseload = new CaseloadPresenter(context, id -> {}, null);
    caseload.refresh();

    assertThat(row(caseload, groei.id()).signals()).containsExactly("Dreigend baanverlies");
    assertThat(row(caseload, meedoen.id()).signals()).containsExactly("Behoefte aan training of ondersteuning");
    assertThat(row(caseload, stale.id()).signals()).as("more than eight weeks ago").isEmpty();
    assertThat(row(caseload, unclassified.id()).signals()).isEmpty();

    // The jobcoach's next visit without the box ticked leaves it; the case manager's conversation answers it.
    store.storePullPage(page("c3", change(RecordType.CONTACT, atWork(groei.id(), jobcoach, 3, Set.of()), 1)));
    caseload.refresh();
    assertThat(row(caseload, groei.id()).signals()).containsExactly("Dreigend baanverlies");
    store.storePullPage(page("c4", change(RecordType.CONTACT, atWork(groei.id(), caseManager, 1, Set.of()), 1)));
    caseload.refresh();
    assertThat(row(caseload, groei.id()).signals()).isEmpty();
  }
}
