package nl.trede.client.ui.flags;

import static nl.trede.client.support.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.candidate.ParticipationHours;
import org.junit.jupiter.api.Test;

class FlagsFormPresenterTest extends OneFileOnTheDevice {
  private FlagsFormPresenter form() {
    return new FlagsFormPresenter(loggedInAs(Role.CASE_MANAGER), anna.id(), saved::incrementAndGet);
  }

  @Test
  void flagsWithTheLoonwaardeADatedExemptionAndHoursOfTakingPartAreSavedAsTheyChanged() {
    FlagsFormPresenter form = form();
    form.flags().get(CandidateFlag.WAGE_COST_SUBSIDY).set(true);
    form.wageValue().set("55");
    FlagsFormPresenter.ExemptionRow row = form.addExemption();
    row.kind().set(ExemptionKind.JOB_APPLICATION_DUTY);
    row.reason().set("Tijdelijke medische beperking");
    row.until().set(TODAY.plusMonths(6));
    form.hours().get(ParticipationActivity.VOLUNTEERING).set("12,5");

    assertThat(form.save()).isTrue();

    Candidate now = store.candidate(anna.id()).orElseThrow();
    assertThat(now.flags()).containsExactly(CandidateFlag.WAGE_COST_SUBSIDY);
    assertThat(now.wageValuePercent()).isEqualTo(55);
    assertThat(now.exemptions()).containsExactly(new Exemption(ExemptionKind.JOB_APPLICATION_DUTY,
        "Tijdelijke medische beperking", TODAY, TODAY.plusMonths(6)));
    assertThat(now.participation()).containsExactly(
        new ParticipationHours(ParticipationActivity.VOLUNTEERING, new BigDecimal("12.5")));
    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> assertThat(e.mutation().fields().fieldNames())
        .toIterable().containsExactlyInAnyOrder("flags", "wageValuePercent", "exemptions", "participation"));
  }

  @Test
  void anExemptionEndingBeforeItStartsOrWithoutReasonIsRefusedAtItsRow() {
    FlagsFormPresenter form = form();
    FlagsFormPresenter.ExemptionRow row = form.addExemption();
    row.kind().set(ExemptionKind.WORK_AND_REINTEGRATION_DUTY);
    row.until().set(TODAY.minusDays(1));
    form.hours().get(ParticipationActivity.EDUCATION).set("70");

    assertThat(form.save()).isFalse();

    assertThat(form.errors().of("exemptions[0].until")).isEqualTo("Deze datum kan niet vóór de startdatum liggen.");
    assertThat(form.errors().of("exemptions[0].reason")).isEqualTo("Vul dit veld in.");
    assertThat(form.errors().of("participation.EDUCATION")).isEqualTo("Deze waarde is niet toegestaan.");
    assertThat(store.pendingCount()).isZero();
  }

  @Test
  void aRemovedExemptionIsGoneAndNothingTravels() {
    FlagsFormPresenter form = form();
    FlagsFormPresenter.ExemptionRow row = form.addExemption();
    form.removeExemption(row);

    assertThat(form.save()).isTrue();
    assertThat(store.pendingCount()).as("nothing changed: nothing travels").isZero();
  }

  /** 001 §3.3: the loonwaarde is measured in the proefplaatsing, before a wage-cost subsidy is asked. */
  @Test
  void aLoonwaardeMeasuredBeforeTheSubsidyIsKept() {
    FlagsFormPresenter form = form();
    form.flags().get(CandidateFlag.WAGE_COST_SUBSIDY).set(false);
    form.wageValue().set("40");

    assertThat(form.save()).isTrue();
    Candidate now = store.candidate(anna.id()).orElseThrow();
    assertThat(now.flags()).doesNotContain(CandidateFlag.WAGE_COST_SUBSIDY);
    assertThat(now.wageValuePercent()).isEqualTo(40);
  }
}
