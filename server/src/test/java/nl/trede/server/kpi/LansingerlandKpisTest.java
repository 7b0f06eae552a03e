package nl.trede.server.kpi;

import static nl.trede.domain.placement.PlacementKind.DAY_ACTIVITY;
import static nl.trede.domain.placement.PlacementKind.REGULAR_JOB;
import static nl.trede.domain.placement.PlacementKind.TRAINING;
import static nl.trede.domain.placement.PlacementKind.VOLUNTEERING;
import static nl.trede.server.kpi.KpiFigures.FROM;
import static nl.trede.server.kpi.KpiFigures.TO;
import static nl.trede.server.kpi.KpiFigures.expect;
import static nl.trede.server.kpi.TestFile.candidate;

import java.util.List;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.ExitReason;
import org.junit.jupiter.api.Test;

/** Lansingerland's KPIs (002 §1.2, §2.4, §3.3.5, §6.2, Bijlage 1) over 2025, against a hand computation. */
class LansingerlandKpisTest {
  private final MunicipalityConfig config = KpiFigures.shipped("lansingerland");

  /** The population, recorded by {@code worker}, with jobs at {@code employer}; the database test pushes the same. */
  static List<TestFile> population(UUID worker, UUID employer) {
    return List.of(
        candidate("Lieke").by(worker, employer).benefitSince("2023-02-01").classified("dagritme", "onvoldoende", "doelgroep", "multiproblem")
            .step(null, 2, "2023-03-01").step(2, 3, "2025-05-05").placement(DAY_ACTIVITY, "2025-02-01", null),
        candidate("Luuk").by(worker, employer).benefitSince("2024-06-01").classified("dagritme", "voldoende", "doelgroep", "overig")
            .step(null, 4, "2024-07-01").placement(REGULAR_JOB, "2025-03-01", "2025-08-31").exited("2025-08-31", ExitReason.WORK),
        candidate("Lars").by(worker, employer).benefitSince("2021-01-01").classified("dagritme", "onvoldoende", "doelgroep", "multiproblem")
            .step(null, 1, "2021-02-01").contact("2025-04-04"),
        candidate("Loes").by(worker, employer).withoutBenefit("2024-10-01").classified("doelgroep", "overig")
            .step(null, 5, "2024-10-01"),
        candidate("Lina").by(worker, employer).benefitSince("2025-03-01").classified("dagritme", "onvoldoende", "doelgroep", "nieuw")
            .step(null, 3, "2025-03-10").placement(VOLUNTEERING, "2025-04-01", null),
        candidate("Levi").by(worker, employer).benefitSince("2020-01-01").classified("dagritme", "onvoldoende", "doelgroep", "vijftig-plus")
            .step(null, 3, "2020-02-01").placement(TRAINING, "2025-01-15", null).exited("2025-11-30", ExitReason.EDUCATION)
            .reclassified("2025-06-01", "dagritme", "voldoende", "doelgroep", "vijftig-plus"),
        candidate("Lotte").by(worker, employer).benefitSince("2019-05-01").classified("doelgroep", "overig")
            .step(null, 4, "2019-06-01").exited("2024-06-30", ExitReason.WORK),
        candidate("Lucas").by(worker, employer).benefitSince("2022-09-01").classified("dagritme", "beperkt", "doelgroep", "overig")
            .step(null, 2, "2022-10-01").step(2, 3, "2025-01-20").exited("2025-02-14", ExitReason.SELF_EMPLOYMENT));
  }

  /**
   * Period 2025-01-01 .. 2025-12-31. Lotte closed in 2024: in no population. Loes has no benefit.
   * Reference day 1 January, for Lina (opened 1 March 2025) 1 March.
   *
   * <pre>
   * KPI                         | population                                     | successes                                   | %    | target | met
   * uitstroom-naar-werk         | on benefit: Lieke, Luuk, Lars, Lina, Levi, | Luuk (work 31 Aug), Lucas (own business)= 2 | 33.3 | 15     | yes
   *                             |   Lucas                                    = 6 | (Levi left for education: not work)         |      |        |
   * meedoen                     | the same                                   = 6 | Lieke (day activity), Luuk (job), Lina      | 66.7 | 50     | yes
   *                             |                                                | (volunteering), Levi (training)         = 4 |      |        |
   * activering-stap (rung <= 3) | Lieke (2), Lars (1), Levi (3), Lucas (2)   = 4 | Lieke (2->3 5 May), Lucas (2->3 20 Jan) = 2 | 50.0 | 25     | yes
   *                             | (Lina had no rung yet on 1 March: intake on 10 March; Luuk 4, Loes 5)        |      |        |
   * dagritme-activering         | dagritme onvoldoende: Lieke, Lars, Lina,       | Lieke (day activity), Lina (volunteering)   | 50.0 | 75     | no
   *                             |   Levi (onvoldoende on 1 Jan, voldoende from 1 Jun) = 4 | = 2 (Levi's training is no activation) |  |        |
   * </pre>
   */
  static KpiFigures.Expected[] expected() {
    return new KpiFigures.Expected[] {
        expect("uitstroom-naar-werk", List.of("Lieke", "Luuk", "Lars", "Lina", "Levi", "Lucas"), List.of("Luuk", "Lucas"),
            "33.3", true),
        expect("meedoen", List.of("Lieke", "Luuk", "Lars", "Lina", "Levi", "Lucas"), List.of("Lieke", "Luuk", "Lina", "Levi"),
            "66.7", true),
        expect("activering-stap", List.of("Lieke", "Lars", "Levi", "Lucas"), List.of("Lieke", "Lucas"), "50.0", true),
        expect("dagritme-activering", List.of("Lieke", "Lars", "Lina", "Levi"), List.of("Lieke", "Lina"), "50.0", false)};
  }

  @Test
  void theFiguresOf2025MatchTheHandComputation() {
    List<TestFile> files = population(TestFile.WORKER, TestFile.EMPLOYER);
    KpiReport report = KpiCalculator.compute(config, files.stream().map(TestFile::file).toList(), FROM, TO);

    KpiFigures.assertFigures(report, files, expected());
  }
}
