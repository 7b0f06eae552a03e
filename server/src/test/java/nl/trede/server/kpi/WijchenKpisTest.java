package nl.trede.server.kpi;

import static nl.trede.domain.placement.PlacementKind.VOLUNTEERING;
import static nl.trede.server.kpi.KpiFigures.FROM;
import static nl.trede.server.kpi.KpiFigures.TO;
import static nl.trede.server.kpi.KpiFigures.expect;
import static nl.trede.server.kpi.TestFile.candidate;
import static org.assertj.core.api.Assertions.assertThat;

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
        candidate("Wanda").benefitSince("2025-12-31").classified("plaatsbaarheid", "wel"),
        // The edges of issue 14: paid work for the moeilijk plaatsbaren, a step and a job after exit,
        // a reclassification after exit.
        candidate("Wiebe").classified("plaatsbaarheid", "moeilijk").step(null, 3, "2024-02-01")
            .placement(nl.trede.domain.placement.PlacementKind.REGULAR_JOB, "2025-09-01", null),
        candidate("Wisse").classified("plaatsbaarheid", "moeilijk").step(null, 3, "2024-02-01")
            .exited("2025-04-30", ExitReason.MOVED).step(3, 4, "2025-06-01")
            .placement(nl.trede.domain.placement.PlacementKind.REGULAR_JOB, "2025-05-15", null),
        candidate("Wendel").firstSeen("2024-01-01").classified("plaatsbaarheid", "niet")
            .exited("2025-03-31", ExitReason.OTHER_BENEFIT).reclassified("2025-05-01", "plaatsbaarheid", "wel"));
  }

  @Test
  void theFiguresOf2025MatchTheHandComputation() {
    // Period 2025-01-01 .. 2025-12-31, both days included: Wout's exit and Willem's step on 31 December
    // count, Wanda (opened 31 December) is in, Wessel's step on 2 January 2026 is not. Wouter closed in
    // 2024. A success counts inside the file window only.
    //
    // uitstroom-betaald-werk — 004 §2.1 "Uitstroom uit de uitkering door betaald werk is het doel":
    //   population (wel): Wim, Wendy, Wout, Wanda = 4; successes Wim (work), Wout (own business 31 Dec) = 2
    //   50.0 %, target 30: met (unchanged).
    // moeilijk-betaald-werk — 004 §4.2 "een specifieke Wijchense caseload moeilijk bemiddelbare
    //   kandidaten" of the bedrijfsdienstverleners, towards "de loonvormende keten ... en naar betaald werk":
    //   population (moeilijk): Wilma, Willem, Wessel, Wiebe, Wisse                          = 5
    //   successes: Wiebe (regular job from 1 Sep)                                           = 1
    //   not: Wisse (left on 30 April; the job from 15 May is after her exit); Wilma volunteers
    //   20.0 %, target 20: met.
    //   Before issue 14 the KPI was "moeilijk-vrijwilligerswerk", the moeilijk plaatsbaren as the
    //   participatiecoach's volunteers: Wilma, 1 of 5, 20.0 % against 50: not met.
    // moeilijk-stap — 004 §4.1 "iedereen uitdagen stapjes te maken":
    //   population: Wilma, Willem, Wessel, Wiebe, Wisse                                     = 5
    //   successes: Wilma (1 Mar), Willem (31 Dec)                                           = 2
    //   not: Wisse (3-4 on 1 June, after her exit), Wessel (2 January 2026)
    //   40.0 %, target 40: met.   Before: Wisse too, 3 of 5, 60.0 %.
    // zorg-weer-plaatsbaar — 004 §4.1, §4.3: (tijdelijk) niet plaatsbaar becomes moeilijk or wel:
    //   population (niet): Wies, Ward, Wendel                                               = 3
    //   successes: Wies (to moeilijk 1 Aug)                                                 = 1
    //   not: Wendel (reclassified to wel on 1 May, after her exit on 31 March)
    //   33.3 %, target 20: met.   Before: Wendel too, 2 of 3, 66.7 %.
    List<TestFile> files = population();
    KpiReport report = KpiCalculator.compute(config, files.stream().map(TestFile::file).toList(), FROM, TO);

    KpiFigures.assertFigures(report, files,
        expect("uitstroom-betaald-werk", List.of("Wim", "Wendy", "Wout", "Wanda"), List.of("Wim", "Wout"), "50.0", true),
        expect("moeilijk-betaald-werk", List.of("Wilma", "Willem", "Wessel", "Wiebe", "Wisse"), List.of("Wiebe"),
            "20.0", true),
        expect("moeilijk-stap", List.of("Wilma", "Willem", "Wessel", "Wiebe", "Wisse"), List.of("Wilma", "Willem"),
            "40.0", true),
        expect("zorg-weer-plaatsbaar", List.of("Wies", "Ward", "Wendel"), List.of("Wies"), "33.3", true));
  }

  @Test
  void moeilijkPlaatsbaarIsTheBedrijfsdienstverlenersCaseloadNotTheParticipatiecoachs() {
    // 004 §4.2: "De bedrijfsdienstverleners van het WerkBedrijf werken vanuit die locatie intensief aan
    // een specifieke Wijchense caseload moeilijk bemiddelbare kandidaten."
    assertThat(config.caseloadGroups()).extracting(g -> g.key()).doesNotContain("participatiecoach")
        .contains("moeilijk-bemiddelbaar");
    assertThat(config.caseloadGroups().stream().filter(g -> g.key().equals("moeilijk-bemiddelbaar")).findFirst()
        .orElseThrow().label()).contains("WerkBedrijf");
    assertThat(config.dimension("plaatsbaarheid").orElseThrow().description())
        .contains("moeilijk plaatsbaar door de bedrijfsdienstverleners").doesNotContain("moeilijk plaatsbaar door de participatiecoach");
    assertThat(config.kpis()).extracting(k -> k.description()).noneMatch(d -> d.contains("participatiecoach"));
  }
}
