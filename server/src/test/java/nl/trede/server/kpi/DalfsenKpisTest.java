package nl.trede.server.kpi;

import static nl.trede.domain.placement.PlacementKind.DAY_ACTIVITY;
import static nl.trede.domain.placement.PlacementKind.VOLUNTEERING;
import static nl.trede.server.kpi.KpiFigures.FROM;
import static nl.trede.server.kpi.KpiFigures.TO;
import static nl.trede.server.kpi.KpiFigures.expect;
import static nl.trede.server.kpi.TestFile.candidate;

import java.util.List;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.ExitReason;
import org.junit.jupiter.api.Test;

/** Dalfsen's KPIs (003 §1B, §1C, §3A, §1 acties 2-3) over 2025, movement between categories included. */
class DalfsenKpisTest {
  private final MunicipalityConfig config = KpiFigures.shipped("dalfsen");

  static List<TestFile> population() {
    return List.of(
        candidate("Daan").benefitSince("2024-03-01").classified("categorie", "zorg", "subcategorie", "maximaal-haalbaar"),
        candidate("Dirk").benefitSince("2024-03-01").classified("categorie", "zorg", "subcategorie", "doorstroom-verwacht")
            .reclassified("2025-04-10", "categorie", "meedoen", "subcategorie", "doorstroom-verwacht"),
        candidate("Doris").benefitSince("2024-01-01").classified("categorie", "meedoen", "subcategorie", "doorstroom-verwacht")
            .placement(VOLUNTEERING, "2024-05-01", "2025-03-31")
            .reclassified("2025-09-01", "categorie", "werkfit", "subcategorie", "uitstroom-verwacht"),
        candidate("Douwe").benefitSince("2024-01-01").classified("categorie", "meedoen").exited("2025-10-01", ExitReason.WORK),
        candidate("Dina").benefitSince("2024-01-01").classified("categorie", "meedoen", "subcategorie", "maximaal-haalbaar")
            .placement(DAY_ACTIVITY, "2025-06-01", null)
            .reclassified("2025-02-01", "categorie", "zorg", "subcategorie", "maximaal-haalbaar"),
        candidate("Dewi").benefitSince("2024-06-01").classified("categorie", "werkfit", "subcategorie", "uitstroom-verwacht")
            .exited("2025-03-15", ExitReason.WORK),
        candidate("Dave").benefitSince("2024-06-01").classified("categorie", "werkfit", "subcategorie", "uitstroom-verwacht")
            .exited("2025-05-01", ExitReason.MOVED),
        candidate("Demi").benefitSince("2025-05-01").classified()
            .reclassified("2025-05-20", "categorie", "zorg", "subcategorie", "doorstroom-verwacht"),
        candidate("Duco").benefitSince("2023-01-01").classified("categorie", "werkfit", "subcategorie", "uitstroom-verwacht")
            .exited("2024-11-30", ExitReason.WORK),
        candidate("Dana").benefitSince("2025-11-01").classified("categorie", "werkfit"));
  }

  @Test
  void theFiguresOf2025MatchTheHandComputation() {
    // Period 2025-01-01 .. 2025-12-31. Duco closed in 2024: in no population. Reference day 1 January;
    // Demi (opened 1 May, not classified until 20 May) and Dana (opened 1 November) on their inflow date.
    //
    // KPI                      | population (category on the reference day) | successes                                    | %    | target | met
    // zorg-doorstroom          | Daan, Dirk                             = 2 | Dirk (to Meedoen 10 Apr)                 = 1 | 50.0 | 10     | yes
    //                          | (Dina is Zorg only from 1 Feb; Demi was not yet classified on 1 May)                      |      |        |
    // meedoen-doorstroom       | Doris, Douwe, Dina                     = 3 | Doris (to Werkfit 1 Sep), Douwe (work)   = 2 | 66.7 | 15     | yes
    //                          |                                            | (Dina moved down to Zorg: no)                |      |        |
    // meedoen-actief           | Doris, Douwe, Dina                     = 3 | Doris (volunteering to 31 Mar),              | 66.7 | 50     | yes
    //                          |                                            | Dina (day activity)                      = 2 |      |        |
    // werkfit-uitstroom        | Dewi, Dave, Dana                       = 3 | Dewi (work 15 Mar)                       = 1 | 33.3 | 25     | yes
    //                          |                                            | (Dave moved away)                            |      |        |
    // registratie-subcategorie | all open in 2025: Daan, Dirk, Doris, Douwe, | everyone with category and subcategory on    | 77.8 | 100    | no
    //                          | Dina, Dewi, Dave, Demi, Dana           = 9 | 31 Dec: all but Douwe and Dana           = 7 |      |        |
    List<TestFile> files = population();
    KpiReport report = KpiCalculator.compute(config, files.stream().map(TestFile::file).toList(), FROM, TO);

    KpiFigures.assertFigures(report, files,
        expect("zorg-doorstroom", List.of("Daan", "Dirk"), List.of("Dirk"), "50.0", true),
        expect("meedoen-doorstroom", List.of("Doris", "Douwe", "Dina"), List.of("Doris", "Douwe"), "66.7", true),
        expect("meedoen-actief", List.of("Doris", "Douwe", "Dina"), List.of("Doris", "Dina"), "66.7", true),
        expect("werkfit-uitstroom", List.of("Dewi", "Dave", "Dana"), List.of("Dewi"), "33.3", true),
        expect("registratie-subcategorie", List.of("Daan", "Dirk", "Doris", "Douwe", "Dina", "Dewi", "Dave", "Demi", "Dana"),
            List.of("Daan", "Dirk", "Doris", "Dina", "Dewi", "Dave", "Demi"), "77.8", false));
  }
}
