package nl.trede.server.kpi;

import static nl.trede.domain.placement.EvaluationOutcome.GOAL_REACHED;
import static nl.trede.domain.placement.EvaluationOutcome.NOT_REACHED;
import static nl.trede.domain.placement.EvaluationOutcome.PARTLY_REACHED;
import static nl.trede.domain.placement.EvaluationOutcome.STOPPED_EARLY;
import static nl.trede.server.kpi.TestFile.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.placement.EvaluationOutcome;
import nl.trede.domain.placement.PlacementKind;
import org.junit.jupiter.api.Test;

/** The worked example of docs/kpis.md, "Effect van instrumenten", computed by hand there and here. */
class InstrumentEffectTest {
  private static final UUID OTHER = UUID.fromString("0190a1b2-0000-7000-8000-0000000c0ac2");
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 31);
  private static final List<String> JC = List.of("jobcoaching");

  /** Nine placements; eight end in the first quarter of 2026 (H ends in April). */
  static List<CandidateFile> files() {
    return Stream.of(
        candidate("A").classified("spoor", "werk").placement(PlacementKind.REGULAR_JOB, "2025-10-01", "2026-01-31")
            .evaluated(List.of("loonkostensubsidie", "jobcoaching"), GOAL_REACHED, 4, 5),
        candidate("B").classified("spoor", "werk").placement(PlacementKind.REGULAR_JOB, "2025-11-01", "2026-02-15")
            .evaluated(JC, GOAL_REACHED, 5, 4),
        candidate("C").classified("spoor", "groei").placement(PlacementKind.REGULAR_JOB, "2025-12-01", "2026-02-28")
            .evaluated(JC, PARTLY_REACHED, 3, 3),
        candidate("D").classified("spoor", "groei").placement(PlacementKind.REGULAR_JOB, "2026-01-05", "2026-03-10")
            .evaluated(JC, NOT_REACHED, 2, 2),
        candidate("E").classified("spoor", "groei").placement(PlacementKind.REGULAR_JOB, "2026-01-10", "2026-03-20")
            .evaluated(JC, STOPPED_EARLY, null, null),
        candidate("F").by(OTHER, TestFile.EMPLOYER).classified("spoor", "meedoen")
            .placement(PlacementKind.TRAINING, "2026-01-15", "2026-03-25")
            .evaluated(List.of("scholing"), PARTLY_REACHED, 4, 2),
        candidate("G").by(OTHER, TestFile.EMPLOYER).classified("spoor", "meedoen")
            .placement(PlacementKind.REGULAR_JOB, "2026-02-01", "2026-03-30")
            .evaluated(List.of("jobcoaching", "scholing"), null, null, null),
        candidate("H").classified("spoor", "werk").placement(PlacementKind.REGULAR_JOB, "2026-01-01", "2026-04-15")
            .evaluated(JC, GOAL_REACHED, 5, 5),
        candidate("I").by(OTHER, TestFile.EMPLOYER).placement(PlacementKind.VOLUNTEERING, "2025-06-01", "2026-03-01")
            .evaluated(List.of(), GOAL_REACHED, 5, 4))
        .map(TestFile::file).toList();
  }

  private static InstrumentEffect.Result q1() {
    return InstrumentEffect.compute(KpiDataSet.CONFIG.instruments(), KpiDataSet.CONFIG.budgetLines(), files(),
        KpiDataSet.spoor(), FROM, TO);
  }

  @Test
  void theWholePeriodCountsEndedPlacementsTheirOutcomesAndBothSidesExperience() {
    InstrumentEffect.Group total = q1().total();
    // A-G and I ended in Q1; G is not evaluated; E stopped early without ratings.
    assertThat(List.of(total.ended(), total.evaluated(), total.rated())).containsExactly(8, 7, 6);
    assertThat(total.evaluatedShare()).isCloseTo(0.875, within(1e-9));
    assertThat(total.outcomes()).containsEntry(GOAL_REACHED, 3).containsEntry(PARTLY_REACHED, 2)
        .containsEntry(NOT_REACHED, 1).containsEntry(STOPPED_EARLY, 1);
    // Client (4+5+3+2+4+5)/6, professional (5+4+3+2+2+4)/6.
    assertThat(total.clientAverage()).isCloseTo(23.0 / 6, within(1e-9));
    assertThat(total.professionalAverage()).isCloseTo(20.0 / 6, within(1e-9));
    assertThat(total.meaningful()).isTrue();
  }

  @Test
  void perInstrumentAPlacementCountsForEachOfItsInstrumentsAndFourRatingsAreTooFewForAnAverage() {
    List<InstrumentEffect.PerInstrument> rows = q1().perInstrument();
    assertThat(rows).extracting(InstrumentEffect.PerInstrument::code).containsExactly("jobcoaching",
        "loonkostensubsidie", "scholing", null);
    InstrumentEffect.Group jobcoaching = rows.get(0).group();
    // A, B, C, D, E, G ended; G not evaluated; E without ratings: four rated, below the five.
    assertThat(List.of(jobcoaching.ended(), jobcoaching.evaluated(), jobcoaching.rated())).containsExactly(6, 5, 4);
    assertThat(jobcoaching.meaningful()).isFalse();
    assertThat(jobcoaching.clientAverage()).isCloseTo(3.5, within(1e-9));
    assertThat(rows.get(2).group().ended()).isEqualTo(2);
    assertThat(rows.get(2).group().evaluated()).isEqualTo(1);
    // I's volunteering carries no instrument: counted apart, not dropped.
    assertThat(rows.get(3).group().ended()).isEqualTo(1);
  }

  @Test
  void perBudgetLineCategoryAndCaseManager() {
    InstrumentEffect.Result r = q1();
    InstrumentEffect.Group participatie = r.perLine().get(0).group();
    // Jobcoaching and scholing are on the participatiebudget: A-G, of which A, B, C, D, F rated.
    assertThat(r.perLine().get(0).line().key()).isEqualTo("participatie");
    assertThat(List.of(participatie.ended(), participatie.evaluated(), participatie.rated())).containsExactly(7, 6, 5);
    assertThat(participatie.meaningful()).isTrue();
    assertThat(participatie.clientAverage()).isCloseTo(3.6, within(1e-9));
    assertThat(participatie.professionalAverage()).isCloseTo(3.2, within(1e-9));
    assertThat(r.perLine().get(1).group().ended()).isEqualTo(1);
    assertThat(r.perLine().get(2).line()).isNull();
    assertThat(r.perLine().get(2).group().ended()).isEqualTo(1);

    assertThat(r.perValue()).extracting(InstrumentEffect.Group::key, InstrumentEffect.Group::ended).containsExactly(
        org.assertj.core.groups.Tuple.tuple("werk", 2), org.assertj.core.groups.Tuple.tuple("groei", 3),
        org.assertj.core.groups.Tuple.tuple("meedoen", 2), org.assertj.core.groups.Tuple.tuple(null, 1));
    assertThat(r.perValue().get(1).outcomes()).containsEntry(PARTLY_REACHED, 1).containsEntry(NOT_REACHED, 1)
        .containsEntry(STOPPED_EARLY, 1);
    assertThat(r.perCaseManager()).extracting(InstrumentEffect.Group::key, InstrumentEffect.Group::ended,
        InstrumentEffect.Group::evaluated).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TestFile.WORKER.toString(), 5, 5),
        org.assertj.core.groups.Tuple.tuple(OTHER.toString(), 3, 2));
  }

  @Test
  void aPeriodWithoutEndedPlacementsHasNoAverages() {
    InstrumentEffect.Result r = InstrumentEffect.compute(KpiDataSet.CONFIG.instruments(),
        KpiDataSet.CONFIG.budgetLines(), files(), null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    assertThat(r.total().ended()).isZero();
    assertThat(r.total().evaluatedShare()).isNull();
    assertThat(r.total().clientAverage()).isNull();
    assertThat(r.perValue()).isEmpty();
    assertThat(EvaluationOutcome.values()).hasSize(4);
  }
}
