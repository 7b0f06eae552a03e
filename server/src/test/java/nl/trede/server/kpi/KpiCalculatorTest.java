package nl.trede.server.kpi;

import static nl.trede.server.kpi.KpiFigures.FROM;
import static nl.trede.server.kpi.KpiFigures.TO;
import static nl.trede.server.kpi.TestFile.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.trede.config.Condition;
import nl.trede.config.KpiDefinition;
import nl.trede.config.PeriodKind;
import nl.trede.config.Population;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.server.config.Municipalities;
import org.junit.jupiter.api.Test;

/** The period rules of docs/kpis.md that the municipality tests do not already show. */
class KpiCalculatorTest {
  private static KpiDefinition kpi(Population population, Condition success, String target) {
    return new KpiDefinition("k", "K", null, population, success, new BigDecimal(target), PeriodKind.YEAR, "test");
  }

  private static final Population GROWTH = new Population(Map.of("spoor", List.of("groei")), null, null, null, null,
      null, null, null, null);

  @Test
  void anEmptyPopulationHasNoPercentageAndNoVerdict() {
    KpiResult result = KpiCalculator.compute(kpi(GROWTH, new Condition.SteppedUp(), "40"), List.of(), FROM, TO);

    assertThat(result.populationSize()).isZero();
    assertThat(result.percentage()).isNull();
    assertThat(result.met()).isNull();
  }

  @Test
  void theTargetIsComparedUnroundedSo39Point96IsNot40() {
    // 999 of 2500 is 39.96 %, shown as 40.0 but short of a 40 % target; 1000 of 2500 reaches it.
    List<CandidateFile> files = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      TestFile f = candidate("c" + i).classified("spoor", "groei").step(null, 3, "2024-01-01");
      files.add((i < 999 ? f.step(3, 4, "2025-06-01") : f).file());
    }
    KpiResult short1 = KpiCalculator.compute(kpi(GROWTH, new Condition.SteppedUp(), "40"), files, FROM, TO);
    files.set(2499, candidate("c2499").classified("spoor", "groei").step(null, 3, "2024-01-01")
        .step(3, 4, "2025-06-01").file());
    KpiResult reached = KpiCalculator.compute(kpi(GROWTH, new Condition.SteppedUp(), "40"), files, FROM, TO);

    assertThat(short1.percentage()).isEqualByComparingTo("40.0");
    assertThat(short1.met()).isFalse();
    assertThat(reached.met()).isTrue();
  }

  @Test
  void aFileIsCountedFromItsInflowDayToItsExitDayBothIncluded() {
    KpiDefinition everyone = kpi(Population.everyone(), new Condition.Exited(List.of()), "0");
    List<CandidateFile> files = List.of(
        candidate("closed on the first day").exited("2025-01-01", ExitReason.MOVED).file(),
        candidate("closed the day before").exited("2024-12-31", ExitReason.MOVED).file(),
        candidate("opened on the last day").benefitSince("2025-12-31").file(),
        candidate("opened the day after").benefitSince("2026-01-01").file());

    KpiResult result = KpiCalculator.compute(everyone, files, FROM, TO);

    assertThat(result.populationSize()).isEqualTo(2);
    assertThat(result.successes()).isEqualTo(1);
  }

  @Test
  void aPeriodEndsOnOrAfterItsStart() {
    assertThatThrownBy(() -> KpiCalculator.compute(kpi(GROWTH, new Condition.SteppedUp(), "40"), List.of(), TO, FROM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReviewPeriodsAreCalendarMonthsQuartersAndYears() {
    LocalDate day = LocalDate.of(2025, 8, 15);

    assertThat(KpiService.periodStart(PeriodKind.MONTH, day)).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(KpiService.periodStart(PeriodKind.QUARTER, day)).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(KpiService.periodStart(PeriodKind.YEAR, day)).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void everyShippedKpiComputesOnAnEmptyMunicipality() {
    Municipalities all = new Municipalities(List.of("overbetuwe", "lansingerland", "dalfsen", "wijchen"), null,
        java.time.Clock.systemUTC());

    assertThat(all.all()).allSatisfy(config ->
        assertThat(KpiCalculator.compute(config, List.of(), FROM, TO).kpis()).hasSize(config.kpis().size()));
  }
}
