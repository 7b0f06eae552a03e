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
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PeriodKind;
import nl.trede.domain.candidate.ExitReason;
import org.junit.jupiter.api.Test;

/**
 * Overbetuwe's KPIs (000 §5.3, §6.1, §7) over 2025 for a small hand-made population, against a hand
 * computation from the seed's definitions, with the edges of issue 14: inflow and exit inside the
 * period, a step before inflow, a move after exit, a correction of a correction, two competing
 * offline corrections, the same-day tie and the 31 December / 1 January boundary in Dutch time.
 */
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
            .step(null, 3, "2024-01-10").placement(REGULAR_JOB, "2025-10-01", null),
        // The edges of issue 14.
        candidate("Nora").flags(LANGUAGE_BELOW_LEVEL).placement(REGULAR_JOB, "2025-02-01", null),
        candidate("Olaf").flags(LANGUAGE_BELOW_LEVEL).benefitSince("2025-06-01")
            .placement(TRAINING, "2025-01-15", "2025-05-31"),
        candidate("Pim").benefitSince("2025-03-01").classified("spoor", "groei")
            .step(null, 3, "2025-01-10").step(3, 4, "2025-02-15"),
        candidate("Quinten").classified("spoor", "groei")
            .step(null, 3, "2024-05-01").step(3, 4, "2025-04-04").step(4, 3, "2025-04-04"),
        candidate("Rik").withoutBenefit("2024-01-01").classified("spoor", "groei")
            .step(null, 3, "2024-01-01").step(3, 4, "2025-03-03"),
        candidate("Sanne").classified("spoor", "groei").step(null, 3, "2024-01-01").step(3, 4, "2025-06-10")
            .correctStep(1, 3, 3, "2025-06-11").correctStep(2, 3, 4, "2025-06-12"),
        candidate("Tess").classified("spoor", "groei").step(null, 3, "2024-01-01").step(3, 4, "2025-07-01")
            .competingStepCorrections(1, 3, 4, 3, "2025-07-02"),
        candidate("Uma").classified("werkperspectief", "binnen-12-maanden").placement(REGULAR_JOB, "2024-01-01", "2024-12-31"),
        candidate("Vera").classified("werkperspectief", "direct").exited("2025-03-31", ExitReason.MOVED)
            .placement(REGULAR_JOB, "2025-06-01", null),
        candidate("Wil").classified("spoor", "meedoen").exited("2025-05-31", ExitReason.PENSION).contact("2025-09-01"),
        candidate("Xander").classified("spoor", "meedoen").contactAt("2024-12-31T23:30:00Z"),
        candidate("Yara").classified("spoor", "meedoen").contactAt("2025-12-31T23:30:00Z"),
        candidate("Zoe").classified("spoor", "meedoen").contact("2024-11-20")
            .competingContactCorrections(0, "2025-01-05", "2024-11-21"));
  }

  /**
   * Period 2025-01-01 .. 2025-12-31. Ivo closed on 2024-12-31 and Jet opened in 2026: in no
   * population. The population is judged on 1 January, or the inflow date when later (Hanna 1 July,
   * Olaf 1 June, Pim 1 March); a success counts only inside the file window, from that day to the
   * exit date or 31 December.
   *
   * <pre>
   * taal-traject — 000 §6.1 "minimaal 40% van de inwoners uit deze doelgroep meedoet aan een traject":
   *   population (flag taal): Ahmed, Birgit, Cor, Kees, Nora, Olaf                                  = 6
   *   successes: Ahmed (training to 28 Feb), Kees (training)                                       = 2
   *   not: Cor (volunteering ended 31 Dec 2024), Nora (a regular job is no trajectory),
   *        Olaf (the training ended 31 May, before his file opened on 1 June)
   *   33.3 %, target 40: not met.   Before issue 14: 4 of 6 (Nora's job, Olaf's training), 66.7 %, met.
   *
   * groei-stap — 000 §5.3 "Groeigroep: 40% van inwoners in deze groep maakt een stap op de participatieladder",
   *   the groei track, on benefit (000 §4 "inwoners die een uitkering van ons krijgen"):
   *   population: Ahmed, Cor, Dewi, Erik, Fleur, Mo, Pim, Quinten, Sanne, Tess                      = 10
   *     (Rik has no benefit; Dewi is groei on 1 January, werk only from 20 September)
   *   successes: Ahmed (3-4 on 1 Jun), Dewi (4-5 on 15 Sep),
   *              Sanne (3-4 corrected to 3-3, that corrected to 3-4 on 12 Jun: the last counts)   = 3
   *   not: Cor (stepped in 2024), Fleur (her step was corrected away), Pim (his step of 15 Feb was
   *        before his file opened on 1 March), Quinten (3-4 and 4-3 on one day: the day ends where it
   *        began), Tess (two offline corrections of her step: 3-4 made first, 3-3 made later, which
   *        counts although it reached the server first)
   *   30.0 %, target 40: not met.   Before: Rik in the population, Pim, Quinten and Tess successes:
   *   6 of 11, 54.5 %, met.
   *
   * binnen-12-maanden-betaald-werk — 000 §6.1 "20% van de inwoners die binnen twaalf maanden aan het
   *   werk kunnen, hebben betaald werk" (werkperspectief direct or binnen 12 maanden):
   *   population: Dewi, Erik, Fleur, Lotte, Mo, Uma, Vera                                           = 7
   *   successes: Erik (exit to work 30 Apr), Lotte (job), Mo (job from 1 Oct)                       = 3
   *   not: Dewi (rung 5 is no paid work), Fleur (an unpaid WEP), Uma (job ended 2024),
   *        Vera (left on 31 March; the job from 1 June is after her exit)
   *   42.9 %, target 20: met.   Before: Dewi by rung 5, Vera by the job after exit: 5 of 7, 71.4 %.
   *
   * meedoen-jaarlijks-gesproken — 000 §5.3 "dat we inwoners in deze groep minimaal eenmaal per jaar spreken":
   *   population: Birgit, Gijs, Hanna, Wil, Xander, Yara, Zoe                                     = 7
   *   successes: Gijs (11 Nov), Hanna (1 Aug), Xander (00:30 on 1 January 2025 in Dutch time)      = 3
   *   not: Birgit (no-show), Wil (spoken to on 1 Sep, after her exit on 31 May), Yara (00:30 on
   *        1 January 2026), Zoe (her contact of 20 Nov 2024 was corrected twice offline: to 5 Jan
   *        2025, made first, and to 21 Nov 2024, made later, which counts)
   *   42.9 %, target 100: not met.   Before: Wil and Zoe successes: 5 of 7, 71.4 %.
   * </pre>
   */
  static KpiFigures.Expected[] expected() {
    return new KpiFigures.Expected[] {
        expect("taal-traject", List.of("Ahmed", "Birgit", "Cor", "Kees", "Nora", "Olaf"), List.of("Ahmed", "Kees"),
            "33.3", false),
        expect("groei-stap", List.of("Ahmed", "Cor", "Dewi", "Erik", "Fleur", "Mo", "Pim", "Quinten", "Sanne", "Tess"),
            List.of("Ahmed", "Dewi", "Sanne"), "30.0", false),
        expect("binnen-12-maanden-betaald-werk", List.of("Dewi", "Erik", "Fleur", "Lotte", "Mo", "Uma", "Vera"),
            List.of("Erik", "Lotte", "Mo"), "42.9", true),
        expect("meedoen-jaarlijks-gesproken", List.of("Birgit", "Gijs", "Hanna", "Wil", "Xander", "Yara", "Zoe"),
            List.of("Gijs", "Hanna", "Xander"), "42.9", false)};
  }

  @Test
  void theFiguresOf2025MatchTheHandComputation() {
    List<TestFile> files = population();
    KpiReport report = KpiCalculator.compute(config, files.stream().map(TestFile::file).toList(), FROM, TO);

    KpiFigures.assertFigures(report, files, expected());
    assertThat(report.municipality()).isEqualTo("overbetuwe");
    assertThat(report.kpis()).extracting(KpiResult::source)
        .containsExactly("000 §6.1, §5.2", "000 §5.3, §6.1", "000 §6.1", "000 §5.3");
  }

  @Test
  void structuralJobcoachingIsPaidFromBuigTemporaryFromTheParticipatiebudgetAndNeedsLoonkostensubsidie() {
    // 001 §3.3: "Wat betreft de structurele jobcoaching (en forfaitaire loonkostensubsidie) worden deze
    // nu betaald uit het BUIG-budget. De tijdelijke jobcoaching wordt vergoed uit het participatiebudget."
    assertThat(config.instruments()).filteredOn(i -> i.kind() == nl.trede.config.InstrumentKind.WORKPLACE_SUPPORT
            && !i.code().equals("harrie-training"))
        .extracting(i -> i.code(), i -> i.budgetLine())
        .containsExactlyInAnyOrder(tuple("interne-jobcoaching", "participatiebudget"),
            tuple("jobcoach-overbetuwe", "participatiebudget"), tuple("externe-jobcoaching", "participatiebudget"),
            tuple("structurele-jobcoaching", "buig"));
    // 000 Bijlage A: "Jobcoaching wordt ingezet wanneer een inwoner loonkostensubsidie ontvangt": Overbetuwe's own.
    assertThat(config.jobcoaching().flags()).containsExactly(nl.trede.domain.candidate.CandidateFlag.WAGE_COST_SUBSIDY);
    assertThat(KpiFigures.shipped("lansingerland").jobcoaching()).as("002 §3.4.3: for whoever needs it").isNull();
  }

  @Test
  void everyTargetRunsOverThePlanYearAndIsReviewedMonthlyWithItsCourse() {
    // 000 §7: "worden het behalen van de KPI's maandelijks besproken". The meedoen figure year to date
    // at each month's end: Xander is spoken to on 1 January; Hanna joins the population on 1 July and
    // is spoken to on 1 August; Gijs on 11 November.
    List<TestFile> files = population();
    KpiResult meedoen = KpiCalculator.compute(config, files.stream().map(TestFile::file).toList(), FROM, TO).kpis()
        .stream().filter(k -> k.key().equals("meedoen-jaarlijks-gesproken")).findFirst().orElseThrow();

    assertThat(config.kpis()).allSatisfy(k -> {
      assertThat(k.period()).isEqualTo(PeriodKind.YEAR);
      assertThat(k.reviewedPer()).isEqualTo(PeriodKind.MONTH);
    });
    assertThat(meedoen.review()).isEqualTo(PeriodKind.MONTH);
    assertThat(meedoen.course()).hasSize(12);
    assertThat(meedoen.course()).extracting(KpiResult.Point::to, KpiResult.Point::successes,
        KpiResult.Point::populationSize).contains(
            tuple(LocalDate.of(2025, 1, 31), 1, 6),
            tuple(LocalDate.of(2025, 7, 31), 1, 7),
            tuple(LocalDate.of(2025, 8, 31), 2, 7),
            tuple(LocalDate.of(2025, 10, 31), 2, 7),
            tuple(LocalDate.of(2025, 11, 30), 3, 7),
            tuple(LocalDate.of(2025, 12, 31), 3, 7));
    assertThat(meedoen.course().get(0).percentage()).isEqualByComparingTo(new BigDecimal("16.7"));
  }
}
