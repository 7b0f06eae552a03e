package nl.trede.client.ui.caseload;

import static nl.trede.client.support.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.client.support.Fixtures;
import nl.trede.client.support.RecordingDevice;
import nl.trede.client.support.ThreeTracksCaseload;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Role;
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
}
