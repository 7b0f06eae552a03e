package nl.trede.server.kpi;

import static nl.trede.domain.candidate.CandidateFlag.LANGUAGE_BELOW_LEVEL;
import static nl.trede.domain.placement.PlacementKind.REGULAR_JOB;
import static nl.trede.domain.placement.PlacementKind.TRAINING;
import static nl.trede.domain.placement.PlacementKind.VOLUNTEERING;
import static nl.trede.domain.placement.PlacementKind.WORK_EXPERIENCE;
import static nl.trede.server.kpi.KpiFigures.FROM;
import static nl.trede.server.kpi.KpiFigures.TO;
import static nl.trede.server.kpi.KpiFigures.expect;
import static nl.trede.server.kpi.TestFile.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.ExitReason;
import org.junit.jupiter.api.Test;

/** Overbetuwe's KPIs (000 §6.1, §5.3) over 2025 for a small population, against a hand computation. */
class OverbetuweKpisTest {
  private final MunicipalityConfig config = KpiFigures.shipped("overbetuwe");

  static List<TestFile> population() {
    return List.of(
        candidate("Ahmed").flags(LANGUAGE_BELOW_LEVEL).classified("spoor", "groei", "werkperspectief", "grote-afstand")
            .step(null, 3, "2024-03-01").step(3, 4, "2025-06-01").placement(TRAINING, "2024-09-01", "2025-02-28"),
        candidate("Birgit").flags(LANGUAGE_BELOW_LEVEL).classified("spoor", "meedoen")
            .step(null, 2, "2024-03-01").noShow("2025-03-03"),
        candidate("Cor").flags(LANGUAGE_BELOW_LEVEL).classified("spoor", "groei")
            .step(null, 3, "2023-02-01").step(3, 4, "2024-11-01").placement(VOLUNTEERING, "2023-01-01", "2024-12-31"),
        candidate("Dewi").classified("spoor", "groei", "werkperspectief", "binnen-12-maanden")
            .step(null, 4, "2024-02-01").step(4, 5, "2025-09-15")
            .reclassified("2025-09-20", "spoor", "werk", "werkperspectief", "binnen-12-maanden"),
        candidate("Erik").classified("spoor", "groei", "werkperspectief", "direct")
            .step(null, 4, "2024-02-01").exited("2025-04-30", ExitReason.WORK),
        candidate("Fleur").classified("spoor", "groei", "werkperspectief", "binnen-12-maanden")
            .step(null, 4, "2024-02-01").step(4, 5, "2025-05-01").correctLastStep(4)
            .placement(WORK_EXPERIENCE, "2025-03-01", null),
        candidate("Gijs").classified("spoor", "meedoen").step(null, 1, "2023-05-01").contact("2025-11-11"),
        candidate("Hanna").benefitSince("2025-07-01").classified("spoor", "meedoen")
            .step(null, 2, "2025-07-15").contact("2025-08-01"),
        candidate("Ivo").benefitSince("2020-01-01").classified("spoor", "meedoen")
            .step(null, 1, "2020-02-01").contact("2024-06-01").exited("2024-12-31", ExitReason.PENSION),
        candidate("Jet").benefitSince("2026-01-05").classified("spoor", "meedoen").contact("2026-01-10"),
        candidate("Kees").flags(LANGUAGE_BELOW_LEVEL).placement(TRAINING, "2025-03-01", null),
        candidate("Lotte").classified("spoor", "werk", "werkperspectief", "direct")
            .step(null, 5, "2024-05-01").placement(REGULAR_JOB, "2024-05-01", null),
        candidate("Mo").classified("spoor", "groei", "werkperspectief", "binnen-12-maanden")
            .step(null, 3, "2024-01-10").placement(REGULAR_JOB, "2025-10-01", null));
  }

  @Test
  void theFiguresOf2025MatchTheHandComputation() {
    // Period 2025-01-01 .. 2025-12-31. Ivo closed on 2024-12-31 and Jet opened in 2026: in no population.
    //
    // KPI                              | population (reference day 1 Jan, Hanna 1 Jul)      | successes                                  | %    | target | met
    // taal-traject (flag taal)         | Ahmed, Birgit, Cor, Kees                     = 4 | Ahmed (training to 28 Feb), Kees       = 2 | 50.0 | 40     | yes
    //                                  |                                                    | (Cor's volunteering ended 31 Dec 2024)     |      |        |
    // groei-stap (spoor groei)         | Ahmed, Cor, Dewi, Erik, Fleur, Mo            = 6 | Ahmed (3->4 1 Jun), Dewi (4->5 15 Sep) = 2 | 33.3 | 40     | no
    //                                  | (Dewi counts: groei on 1 Jan, werk only from 20 Sep; Cor stepped in 2024; Fleur's step was corrected)  |
    // binnen-12-maanden-betaald-werk   | Dewi, Erik, Fleur, Lotte, Mo                 = 5 | Dewi (rung 5), Erik (exit to work),        | 80.0 | 20     | yes
    //   (direct or binnen 12 maanden)  |                                                    | Lotte (rung 5, job), Mo (job)          = 4 |      |        |
    //                                  |                                                    | (Fleur's WEP is unpaid and her rung is 4)  |      |        |
    // meedoen-jaarlijks-gesproken      | Birgit, Gijs, Hanna                          = 3 | Gijs (11 Nov), Hanna (1 Aug)           = 2 | 66.7 | 100    | no
    //                                  |                                                    | (Birgit did not show up)                   |      |        |
    List<TestFile> files = population();
    KpiReport report = KpiCalculator.compute(config, files.stream().map(TestFile::file).toList(), FROM, TO);

    KpiFigures.assertFigures(report, files,
        expect("taal-traject", List.of("Ahmed", "Birgit", "Cor", "Kees"), List.of("Ahmed", "Kees"), "50.0", true),
        expect("groei-stap", List.of("Ahmed", "Cor", "Dewi", "Erik", "Fleur", "Mo"), List.of("Ahmed", "Dewi"), "33.3", false),
        expect("binnen-12-maanden-betaald-werk", List.of("Dewi", "Erik", "Fleur", "Lotte", "Mo"),
            List.of("Dewi", "Erik", "Lotte", "Mo"), "80.0", true),
        expect("meedoen-jaarlijks-gesproken", List.of("Birgit", "Gijs", "Hanna"), List.of("Gijs", "Hanna"), "66.7", false));
    assertThat(report.municipality()).isEqualTo("overbetuwe");
  }
}
