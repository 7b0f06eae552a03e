package nl.trede.client.ui.candidate;

import nl.trede.client.support.RecordingDevice;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.client.ui.kit.CandidateDraft;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.domain.Colleague;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.candidate.ParticipationHours;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * The candidate page as a case manager's workspace: what the role may do with the file (asked of
 * the role table), who carries it by name, a closed file marked, exemptions and hours of taking
 * part, and referrals on the page and the timeline.
 */
class CandidateFilePresenterTest extends OneFileOnTheDevice {
  private final List<String> asked = new ArrayList<>();

  private CandidatePresenter pageFor(Role role) {
    CandidatePresenter page = new CandidatePresenter(new FieldContext(store, messages, CLOCK, Fixtures.session(role), RecordingDevice.opening()),
        anna.id(), new RecordingActions(asked));
    page.refresh();
    return page;
  }

  private void annaBecomes(Candidate changed) {
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, changed, 2)));
  }

  @Test
  void aCaseManagerMayReassignCloseAndReferACoachOnlyEditsAndRefers() {
    CandidatePresenter manager = pageFor(Role.CASE_MANAGER);
    assertThat(List.of(manager.rights().canEditFile().get(), manager.rights().canAssign().get(), manager.rights().canClose().get(),
        manager.rights().canRefer().get())).containsOnly(true);

    for (Role fieldRole : List.of(Role.PARTICIPATION_COACH, Role.JOBCOACH)) {
      CandidatePresenter coach = pageFor(fieldRole);
      assertThat(coach.rights().canEditFile().get()).as(fieldRole + " edits person, plan and flags").isTrue();
      assertThat(coach.rights().canAssign().get()).as(fieldRole + " does not reassign").isFalse();
      assertThat(coach.rights().canClose().get()).as(fieldRole + " does not close").isFalse();
    }
  }

  @Test
  void whoCarriesTheFileIsNamedFromTheColleagueListAndAClosedFileSaysSo() {
    store.saveColleagues(List.of(new Colleague(FATIMA, "Fatima El Amrani", Role.CASE_MANAGER)));
    annaBecomes(CandidateDraft.of(anna).carriedBy(FATIMA, List.of(COACH, Ids.newId()))
        .exit(new Exit(TODAY.minusDays(3), ExitReason.WORK)).build());

    CandidatePresenter page = pageFor(Role.CASE_MANAGER);

    assertThat(page.rights().carriedBy().get()).isEqualTo(
        "Klantmanager: Fatima El Amrani\nCoaches: Anna de Vries, Onbekende collega");
    assertThat(page.rights().closedBanner().get()).isEqualTo("Dossier gesloten op 7 mrt. 2026 (betaald werk)");
    assertThat(page.rights().fileClosed().get()).isTrue();
    page.exit();
    assertThat(asked).containsExactly("exit");
  }

  @Test
  void exemptionsWithTheirPeriodAndTheHoursOfTakingPartAreOnThePage() {
    annaBecomes(CandidateDraft.of(anna)
        .exemptions(List.of(new Exemption(ExemptionKind.JOB_APPLICATION_DUTY, "tijdelijke medische beperking",
            TODAY.minusMonths(1), TODAY.plusMonths(5)), new Exemption(ExemptionKind.WORK_AND_REINTEGRATION_DUTY,
            "mantelzorg", null)))
        .participation(List.of(new ParticipationHours(ParticipationActivity.VOLUNTEERING, new BigDecimal("12.5"))))
        .build());

    assertThat(pageFor(Role.PARTICIPATION_COACH).notes()).containsExactly(
        "Vrijstelling sollicitatieplicht van 10 feb. 2026 tot en met 10 aug. 2026: tijdelijke medische beperking",
        "Ontheffing arbeids- en re-integratieplicht: mantelzorg",
        "Meedoen: Vrijwilligerswerk 12,5 uur");
  }

  @Test
  void referralsShowHowTheyStandOnThePageAndTheTimelineAndOnlyOpenOnesAreSignedOff() {
    Referral open = new Referral(Ids.newId(), anna.id(), COACH, "werkbedrijf", null, "Werkfit worden",
        ReferralStatus.ACCEPTED, TODAY.minusDays(20), TODAY.minusDays(18), "Start maandag", null, null);
    Referral done = new Referral(Ids.newId(), anna.id(), COACH, "schuldhulp", null, "Schulden op orde",
        ReferralStatus.SIGNED_OFF, TODAY.minusDays(90), null, null, TODAY.minusDays(1), "Regeling getroffen");
    store.storePullPage(page("c2", change(RecordType.REFERRAL, open, 2), change(RecordType.REFERRAL, done, 1),
        change(RecordType.CONTACT, Fixtures.contact(anna.id(), NOW.minus(2, ChronoUnit.DAYS), "Bellen"), 1)));

    CandidatePresenter page = pageFor(Role.CASE_MANAGER);

    assertThat(page.referrals()).extracting(CandidatePresenter.ReferralCard::title, CandidatePresenter.ReferralCard::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Naar werkbedrijf, 18 feb. 2026", "Aangenomen op 20 feb. 2026: Start maandag"),
            org.assertj.core.groups.Tuple.tuple("Naar schuldhulp, 10 dec. 2025", "Afgemeld op 9 mrt. 2026: Regeling getroffen"));
    // Newest first: the sign-off of yesterday above the call of two days ago.
    assertThat(page.timeline()).extracting(CandidatePresenter.Item::title).containsSubsequence(
        "Verwezen naar schuldhulp", "Thuis (huisbezoek) · 45 min", "Verwezen naar werkbedrijf");
    assertThat(page.timeline()).filteredOn(i -> i.type() == RecordType.REFERRAL)
        .allSatisfy(i -> assertThat(i.correctable()).isFalse());

    page.referrals().forEach(page::signOff);
    assertThat(asked).containsExactly("sign off " + open.id());
  }

  @Test
  void aMaatregelShowsOnTheTimelineWithItsJustificationAndCannotBeCorrectedInTheField() {
    nl.trede.domain.obligation.ObligationMeasure maatregel = new nl.trede.domain.obligation.ObligationMeasure(
        Ids.newId(), anna.id(), nl.trede.domain.obligation.ObligationKind.BENEFIT_REDUCTION, COACH, TODAY.minusDays(1),
        "Twee keer niet verschenen zonder bericht", 20, 3, null, null, null, TODAY.plusDays(6), null, null);
    store.storePullPage(page("c2", change(RecordType.OBLIGATION_MEASURE, maatregel, 1)));

    for (Role role : List.of(Role.CASE_MANAGER, Role.PARTICIPATION_COACH)) {
      CandidatePresenter page = pageFor(role);

      assertThat(page.timeline()).filteredOn(i -> i.type() == RecordType.OBLIGATION_MEASURE).singleElement()
          .satisfies(i -> {
            assertThat(i.title()).isEqualTo("Maatregel");
            assertThat(i.details()).containsExactly("20 % verlaagd, 3 maanden, vanaf " + messages.date(TODAY.plusDays(6)),
                "Verantwoording: Twee keer niet verschenen zonder bericht");
            assertThat(i.correctable()).isFalse();
          });
    }
  }
}
