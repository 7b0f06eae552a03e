package nl.trede.server.kpi;

import static nl.trede.domain.placement.PlacementKind.DAY_ACTIVITY;
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
        candidate("Dana").benefitSince("2025-11-01").classified("categorie", "werkfit"),
        // The edges of issue 14: a move after exit, a placement before inflow, a registration after exit.
        candidate("Djoeke").firstSeen("2024-01-01").classified("categorie", "zorg", "subcategorie", "maximaal-haalbaar")
            .exited("2025-06-30", ExitReason.OTHER_BENEFIT)
            .reclassified("2025-08-01", "categorie", "meedoen", "subcategorie", "maximaal-haalbaar"),
        candidate("Dolf").benefitSince("2025-04-01").classified("categorie", "meedoen", "subcategorie", "doorstroom-verwacht")
            .placement(VOLUNTEERING, "2025-01-01", "2025-03-31"),
        candidate("Dries").firstSeen("2024-01-01").classified("categorie", "werkfit").exited("2025-05-31", ExitReason.WORK)
            .reclassified("2025-07-01", "categorie", "werkfit", "subcategorie", "uitstroom-verwacht"));
  }

  @Test
  void theFiguresOf2025MatchTheHandComputation() {
    // Period 2025-01-01 .. 2025-12-31. Duco closed in 2024: in no population. Reference day 1 January;
    // Demi (opened 1 May, not classified until 20 May), Dana (opened 1 November) and Dolf (1 April) on
    // their inflow date. A success counts inside the file window only: from the reference day to the
    // exit date or 31 December.
    //
    // zorg-doorstroom — 003 §1B/§1C, "doorstroom naar een andere categorie":
    //   population (Zorg on the reference day): Daan, Dirk, Djoeke                          = 3
    //   (Dina is Zorg only from 1 Feb; Demi was not yet classified on 1 May)
    //   successes: Dirk (to Meedoen 10 Apr)                                                 = 1
    //   not: Djoeke, reclassified to Meedoen on 1 Aug, after her exit on 30 Jun
    //   33.3 %, target 10: met.   Before issue 14: Djoeke too, 2 of 3, 66.7 %.
    // meedoen-doorstroom — Meedoen to Werkfit, or out to work:
    //   population: Doris, Douwe, Dina, Dolf                                                = 4
    //   successes: Doris (to Werkfit 1 Sep), Douwe (work 1 Oct); Dina moved down to Zorg     = 2
    //   50.0 %, target 15: met (unchanged).
    // meedoen-actief — 003 §3 "maatschappelijke participatie ... vrijwilligerswerk":
    //   population: Doris, Douwe, Dina, Dolf                                                = 4
    //   successes: Doris (volunteering to 31 Mar), Dina (day activity)                       = 2
    //   not: Dolf (his volunteering ended on 31 March, before his file opened on 1 April)
    //   50.0 %, target 50: met.   Before: Dolf too, 3 of 4, 75.0 %.
    // werkfit-uitstroom — Werkfit out to work:
    //   population: Dewi, Dave, Dana, Dries                                                 = 4
    //   successes: Dewi (work 15 Mar), Dries (work 31 May); Dave moved away                 = 2
    //   50.0 %, target 25: met (unchanged).
    // registratie-subcategorie — 003 §1 acties 2 and 3, the whole file registered:
    //   all open in 2025: Daan, Dirk, Doris, Douwe, Dina, Dewi, Dave, Demi, Dana, Djoeke, Dolf, Dries = 12
    //   with category and subcategory at the end of the window: all but Douwe, Dana and Dries = 9
    //   (Dries's subcategory was recorded on 1 July, after his exit on 31 May)
    //   75.0 %, target 100: not met.   Before: Dries too, 10 of 12, 83.3 %.
    List<TestFile> files = population();
    KpiReport report = KpiCalculator.compute(config, files.stream().map(TestFile::file).toList(), FROM, TO);

    KpiFigures.assertFigures(report, files,
        expect("zorg-doorstroom", List.of("Daan", "Dirk", "Djoeke"), List.of("Dirk"), "33.3", true),
        expect("meedoen-doorstroom", List.of("Doris", "Douwe", "Dina", "Dolf"), List.of("Doris", "Douwe"), "50.0", true),
        expect("meedoen-actief", List.of("Doris", "Douwe", "Dina", "Dolf"), List.of("Doris", "Dina"), "50.0", true),
        expect("werkfit-uitstroom", List.of("Dewi", "Dave", "Dana", "Dries"), List.of("Dewi", "Dries"), "50.0", true),
        expect("registratie-subcategorie", List.of("Daan", "Dirk", "Doris", "Douwe", "Dina", "Dewi", "Dave", "Demi",
                "Dana", "Djoeke", "Dolf", "Dries"),
            List.of("Daan", "Dirk", "Doris", "Dina", "Dewi", "Dave", "Demi", "Djoeke", "Dolf"), "75.0", false));
  }

  @Test
  void theStatusHoldersGroupHoldsTheWomenAmongThemAsTheConfigurationAsks() {
    // 003 §3D: "extra ingezet op de doelgroepen jongeren (SchakelMakelPool), ouderen (IOAW/IOAZ) en
    // vrouwelijke statushouders". Gender is a dimension of Dalfsen's own configuration.
    var group = config.caseloadGroups().stream().filter(g -> g.key().equals("vrouwelijke-statushouders"))
        .findFirst().orElseThrow();
    TestFile woman = candidate("Amal").flags(nl.trede.domain.candidate.CandidateFlag.STATUS_HOLDER)
        .classified("categorie", "meedoen", "geslacht", "vrouw");
    TestFile man = candidate("Basel").flags(nl.trede.domain.candidate.CandidateFlag.STATUS_HOLDER)
        .classified("categorie", "meedoen", "geslacht", "man");
    TestFile unrecorded = candidate("Chadi").flags(nl.trede.domain.candidate.CandidateFlag.STATUS_HOLDER)
        .classified("categorie", "meedoen");

    assertThat(config.dimension("geslacht")).isPresent();
    assertThat(group.label()).isEqualTo("Vrouwelijke statushouders");
    assertThat(group.population().matches(woman.file(), TO)).isTrue();
    assertThat(group.population().matches(man.file(), TO)).isFalse();
    assertThat(group.population().matches(unrecorded.file(), TO)).as("no gender recorded: not in the group").isFalse();
  }

  /**
   * 003 §3D: "Er wordt extra ingezet op de doelgroepen jongeren (SchakelMakelPool), ouderen (IOAW/IOAZ)"
   * and "Deze doelgroepen nemen toe (IOAW/IOAZ en statushouders)": the group holds who has an IOAW or an
   * IOAZ, by the kind of benefit the file records, not everyone of 50 or older (decision 0067).
   */
  @Test
  void theOlderPeoplesGroupHoldsTheIoawAndIoazNotEveryoneOfFifty() {
    var group = config.caseloadGroups().stream().filter(g -> g.key().equals("ouderen")).findFirst().orElseThrow();
    TestFile ioaw = candidate("Ouke").born("1964-02-02").benefitKind(nl.trede.domain.candidate.BenefitKind.IOAW);
    TestFile ioaz = candidate("Olga").born("1962-02-02").benefitKind(nl.trede.domain.candidate.BenefitKind.IOAZ);
    TestFile bijstand = candidate("Otto").born("1963-02-02");
    TestFile none = candidate("Oda").born("1963-02-02").withoutBenefit("2024-01-01");

    assertThat(group.label()).isEqualTo("Ouderen (IOAW/IOAZ)");
    assertThat(group.population().matches(ioaw.file(), TO)).isTrue();
    assertThat(group.population().matches(ioaz.file(), TO)).isTrue();
    assertThat(group.population().matches(bijstand.file(), TO)).as("62, on bijstand").isFalse();
    assertThat(group.population().matches(none.file(), TO)).isFalse();
  }
}
