package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.trede.domain.Fixtures;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.Placement;
import org.junit.jupiter.api.Test;

/**
 * The uitstroompremie prompt (002 §3.3.9): Sanne is on benefit since 1 May 2024; the premium needs
 * more than 12 months on benefit when the work began and more than six months of work without a
 * break, once. Today is Tuesday 24 November 2026.
 */
class PremiumEligibilityTest {
  private static final LocalDate TODAY = Fixtures.TODAY;

  private static Placement work(LocalDate start, LocalDate end, InstrumentUse... uses) {
    Placement p = Fixtures.placement();
    return new Placement(p.id(), p.candidateId(), p.kind(), p.employerId(), null, null, p.role(), p.goal(),
        p.supervision(), start, null, end, null, p.hoursPerWeek(), p.contractMonths(), false, List.of(uses),
        null, p.createdBy());
  }

  private static Optional<PremiumEligibility> of(Placement... placements) {
    return PremiumEligibility.of(Fixtures.config(), Fixtures.candidate(), List.of(placements), TODAY);
  }

  @Test
  void workBegunAfterAYearOnBenefitQualifiesTheDayAfterSixMonths() {
    // Began 1 June 2025 (13 months on benefit); six months later is 1 December 2025, not yet longer.
    assertThat(of(work(LocalDate.of(2025, 6, 1), null))).hasValueSatisfying(e -> {
      assertThat(e.instrument().code()).isEqualTo("uitstroompremie");
      assertThat(e.since()).isEqualTo(LocalDate.of(2025, 12, 2));
      assertThat(e.met()).isTrue();
    });
  }

  @Test
  void someoneStillAtWorkQualifiesFromALaterDate() {
    assertThat(of(work(LocalDate.of(2026, 8, 1), null))).hasValueSatisfying(e -> {
      assertThat(e.since()).isEqualTo(LocalDate.of(2027, 2, 2));
      assertThat(e.met()).isFalse();
    });
  }

  @Test
  void alreadyGrantedWorkThatEndedTooSoonOrBegunTooEarlyOnBenefitGiveNothing() {
    InstrumentUse premium = new InstrumentUse("uitstroompremie", new BigDecimal("500"), LocalDate.of(2026, 1, 5), null);
    assertThat(of(work(LocalDate.of(2025, 6, 1), null, premium))).isEmpty();
    assertThat(of(work(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 11, 30)))).as("ended before six months").isEmpty();
    assertThat(of(work(LocalDate.of(2025, 4, 1), null))).as("11 months on benefit when it began").isEmpty();
    assertThat(of(work(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 1)))).as("no longer at work").isEmpty();
  }

  @Test
  void aMunicipalityWithoutAPremiumPromptsNothing() {
    MunicipalityConfig c = Fixtures.config();
    MunicipalityConfig none = new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version(), c.source(),
        c.dimensions(), c.caseloadGroups(), c.budgetLines(),
        c.instruments().stream().filter(i -> i.kind() != InstrumentKind.PREMIUM).toList(), c.contactPolicy(),
        c.kpis(), c.migrations(), c.socialReturn(), c.jobcoaching(), c.referralTargets(), c.obligations());

    assertThat(PremiumEligibility.of(none, Fixtures.candidate(), List.of(work(LocalDate.of(2025, 6, 1), null)), TODAY))
        .isEmpty();
  }
}
