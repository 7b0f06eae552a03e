package nl.trede.server.kpi;

import static nl.trede.domain.placement.PlacementKind.VOLUNTEERING;
import static nl.trede.server.kpi.KpiFigures.FROM;
import static nl.trede.server.kpi.KpiFigures.TO;
import static nl.trede.server.kpi.KpiFigures.expect;
import static nl.trede.server.kpi.TestFile.candidate;

import java.util.List;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.ExitReason;
import org.junit.jupiter.api.Test;

/** Wijchen's KPIs (004 §2.1, §4.1, §4.3) over 2025, against a hand computation; the period's edges included. */
class WijchenKpisTest {
  private final MunicipalityConfig config = KpiFigures.shipped("wijchen");

  static List<TestFile> population() {
    return List.of(
        candidate("Wim").classified("plaatsbaarheid", "wel", "competenties", "afdoende", "houding", "gemotiveerd")
            .exited("2025-06-30", ExitReason.WORK),
        candidate("Wendy").classified("plaatsbaarheid", "wel", "competenties", "niet-afdoende", "houding", "twijfelend"),
        candidate("Wout").classified("plaatsbaarheid", "wel").exited("2025-12-31", ExitReason.SELF_EMPLOYMENT),
        candidate("Wilma").classified("plaatsbaarheid", "moeilijk", "houding", "niet-willer")
            .step(null, 2, "2024-01-10").step(2, 3, "2025-03-01").placement(VOLUNTEERING, "2025-02-01", null),
        candidate("Willem").classified("plaatsbaarheid", "moeilijk")
            .step(null, 3, "2024-01-10").step(3, 4, "2025-12-31").placement(VOLUNTEERING, "2024-01-01", "2024-12-31"),
        candidate("Wessel").classified("plaatsbaarheid", "moeilijk").step(null, 3, "2024-01-10").step(3, 4, "2026-01-02"),
        candidate("Wies").firstSeen("2024-01-01").classified("plaatsbaarheid", "niet")
            .reclassified("2025-08-01", "plaatsbaarheid", "moeilijk"),
        candidate("Ward").classified("plaatsbaarheid", "niet"),
        candidate("Wouter").classified("plaatsbaarheid", "niet").exited("2024-12-01", ExitReason.OTHER_BENEFIT),
        candidate("Wanda").benefitSince("2025-12-31").classified("plaatsbaarheid", "wel"));
  }

  @Test
  void theFiguresOf2025MatchTheHandComputation() {
    // Period 2025-01-01 .. 2025-12-31, both days included: Wout's exit and Willem's step on 31 December
    // count, Wanda (opened 31 December) is in, Wessel's step on 2 January 2026 is not. Wouter closed in 2024.
    //
    // KPI                        | population                  | successes                                   | %    | target | met
    // uitstroom-betaald-werk     | Wim, Wendy, Wout, Wanda = 4 | Wim (work), Wout (own business 31 Dec)  = 2 | 50.0 | 30     | yes
    // moeilijk-vrijwilligerswerk | Wilma, Willem, Wessel   = 3 | Wilma                                   = 1 | 33.3 | 50     | no
    //                            |                             | (Willem's volunteering ended in 2024)       |      |        |
    // moeilijk-stap              | Wilma, Willem, Wessel   = 3 | Wilma (1 Mar), Willem (31 Dec)          = 2 | 66.7 | 40     | yes
    // zorg-weer-plaatsbaar       | Wies, Ward              = 2 | Wies (to moeilijk 1 Aug)                = 1 | 50.0 | 20     | yes
    List<TestFile> files = population();
    KpiReport report = KpiCalculator.compute(config, files.stream().map(TestFile::file).toList(), FROM, TO);

    KpiFigures.assertFigures(report, files,
        expect("uitstroom-betaald-werk", List.of("Wim", "Wendy", "Wout", "Wanda"), List.of("Wim", "Wout"), "50.0", true),
        expect("moeilijk-vrijwilligerswerk", List.of("Wilma", "Willem", "Wessel"), List.of("Wilma"), "33.3", false),
        expect("moeilijk-stap", List.of("Wilma", "Willem", "Wessel"), List.of("Wilma", "Willem"), "66.7", true),
        expect("zorg-weer-plaatsbaar", List.of("Wies", "Ward"), List.of("Wies"), "50.0", true));
  }
}
