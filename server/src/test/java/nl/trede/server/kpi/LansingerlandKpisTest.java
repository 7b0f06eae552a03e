package nl.trede.server.kpi;

import static nl.trede.domain.placement.PlacementKind.DAY_ACTIVITY;
import static nl.trede.domain.placement.PlacementKind.REGULAR_JOB;
import static nl.trede.domain.placement.PlacementKind.TRAINING;
import static nl.trede.domain.placement.PlacementKind.VOLUNTEERING;
import static nl.trede.server.kpi.KpiFigures.FROM;
import static nl.trede.server.kpi.KpiFigures.TO;
import static nl.trede.server.kpi.KpiFigures.expect;
import static nl.trede.server.kpi.TestFile.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.config.BudgetLine;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.ParticipationActivity;
import org.junit.jupiter.api.Test;

/**
 * Lansingerland's KPIs (002 §1.2, §2.4, §3.3.5, §6.2, Bijlage 1) over 2025, against a hand computation
 * from the seed's definitions, edges included; and the yearly report's months on benefit and hours
 * (002 §6.2) and the budget table (002 §6.1).
 */
class LansingerlandKpisTest {
  private final MunicipalityConfig config = KpiFigures.shipped("lansingerland");

  /** The population, recorded by {@code worker}, with jobs at {@code employer}; the database test pushes the same. */
  static List<TestFile> population(UUID worker, UUID employer) {
    return List.of(
        candidate("Lieke").by(worker, employer).benefitSince("2023-02-01").classified("dagritme", "onvoldoende", "doelgroep", "multiproblem")
            .step(null, 2, "2023-03-01").step(2, 3, "2025-05-05").placement(DAY_ACTIVITY, "2025-02-01", null)
            .takesPart(ParticipationActivity.DAY_ACTIVITIES, 12),
        candidate("Luuk").by(worker, employer).benefitSince("2024-06-01").classified("dagritme", "voldoende", "doelgroep", "overig")
            .step(null, 4, "2024-07-01").placement(REGULAR_JOB, "2025-03-01", "2025-08-31").exited("2025-08-31", ExitReason.WORK)
            .takesPart(ParticipationActivity.PART_TIME_WORK, 32),
        candidate("Lars").by(worker, employer).benefitSince("2021-01-01").classified("dagritme", "onvoldoende", "doelgroep", "multiproblem")
            .step(null, 1, "2021-02-01").contact("2025-04-04").step(1, 2, "2025-05-01")
            .competingStepCorrections(1, 1, 2, 1, "2025-05-01"),
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
            .step(null, 2, "2022-10-01").step(2, 3, "2025-01-20").correctStep(1, 2, 2, "2025-01-20")
            .correctStep(2, 2, 3, "2025-01-21").exited("2025-02-14", ExitReason.SELF_EMPLOYMENT)
            .placement(VOLUNTEERING, "2025-03-01", null),
        // On bijstand since before the baseline of the net change, 1 January 2019.
        candidate("Laura").by(worker, employer).benefitSince("2017-03-01").classified("doelgroep", "overig")
            .step(null, 2, "2017-04-01").step(2, 3, "2025-12-31").placement(VOLUNTEERING, "2015-01-01", "2018-12-31"),
        candidate("Lex").by(worker, employer).benefitSince("2016-01-01").classified("doelgroep", "overig")
            .exited("2023-05-31", ExitReason.WORK),
        candidate("Lisa").by(worker, employer).benefitSince("2018-06-01").classified("doelgroep", "overig")
            .exited("2020-01-31", ExitReason.PARTNER_INCOME),
        candidate("Lode").by(worker, employer).benefitSince("2015-01-01").classified("doelgroep", "vijftig-plus")
            .exited("2024-12-31", ExitReason.PENSION).takesPart(ParticipationActivity.VOLUNTEERING, 10),
        candidate("Lieve").by(worker, employer).benefitSince("2018-01-15").classified("doelgroep", "overig")
            .step(null, 3, "2018-02-01").step(3, 4, "2025-06-06").step(4, 3, "2025-06-06")
            .placement(DAY_ACTIVITY, "2026-01-05", null));
  }

  /**
   * Period 2025-01-01 .. 2025-12-31. Lotte, Lex, Lisa and Lode closed before 2025: in no population of
   * a share. Loes has no benefit. Reference day 1 January, for Lina (opened 1 March 2025) 1 March; a
   * success counts inside the file window only.
   *
   * <pre>
   * minder-bijstand — 002 §1.2 "het aantal bijstandsgerechtigden in Lansingerland te verlagen met 15%":
   *   on bijstand on the baseline 1 January 2019: Laura, Lex, Lisa, Lode, Lieve                       = 5
   *   on bijstand on 31 December 2025: Lieke, Lars, Lina, Laura, Lieve                               = 5
   *   (Luuk, Levi and Lucas came in and left again; Lotte came and went)
   *   change (5 - 5) / 5 = 0.0 %, target -15 %: not met.
   *   Before issue 14 the goal was shown as "uitstroom-naar-werk": of 8 on benefit in 2025, Luuk and
   *   Lucas left for work, 25.0 % against 15: met. The verdict flips.
   *
   * meedoen — 002 §1.2 subdoelstelling 3, §2.4 (any placement):
   *   population (on benefit on the reference day): Lieke, Luuk, Lars, Lina, Levi, Lucas, Laura, Lieve = 8
   *   successes: Lieke (day activity), Luuk (job), Lina (volunteering), Levi (training)           = 4
   *   not: Lucas (volunteering from 1 March, after his exit on 14 February), Laura (volunteering
   *        ended 2018), Lieve (day activity from 2026), Lars
   *   50.0 %, target 50: met (4 x 100 = 50 x 8).   Before: Lucas too, 5 of 8, 62.5 %.
   *
   * activering-stap — footnote 17: rungs 1, 2 and 3; §3.3.5 "groei op de Participatieladder":
   *   population (rung 1-3 on the reference day): Lieke (2), Lars (1), Levi (3), Lucas (2), Laura (2),
   *   Lieve (3)                                                                                 = 6
   *   (Lina had no rung yet on 1 March: intake on 10 March; Luuk 4, Loes 5)
   *   successes: Lieke (2-3 on 5 May), Lucas (2-3 corrected to 2-2, that corrected to 2-3 on 21 January,
   *   before his exit), Laura (2-3 on 31 December, the last day)                                  = 3
   *   not: Lars (1-2 corrected twice offline: to 1-2 made first, to 1-1 made later, which counts),
   *        Lieve (3-4 and 4-3 on one day)
   *   50.0 %, target 25: met.   Before: Lars and Lieve too, 5 of 6, 83.3 %.
   *
   * dagritme-activering — Bijlage 1, dagritme onvoldoende leads to activering:
   *   population: Lieke, Lars, Lina, Levi (onvoldoende on 1 Jan, voldoende from 1 Jun)            = 4
   *   successes: Lieke (day activity), Lina (volunteering); Levi's training is no activation      = 2
   *   50.0 %, target 75: not met (unchanged).
   * </pre>
   */
  static KpiFigures.Expected[] expected() {
    return new KpiFigures.Expected[] {
        expect("minder-bijstand", List.of("Lieke", "Lars", "Lina", "Laura", "Lieve"), List.of("Lex", "Lisa", "Lode"),
            "0.0", false),
        expect("meedoen", List.of("Lieke", "Luuk", "Lars", "Lina", "Levi", "Lucas", "Laura", "Lieve"),
            List.of("Lieke", "Luuk", "Lina", "Levi"), "50.0", true),
        expect("activering-stap", List.of("Lieke", "Lars", "Levi", "Lucas", "Laura", "Lieve"),
            List.of("Lieke", "Lucas", "Laura"), "50.0", true),
        expect("dagritme-activering", List.of("Lieke", "Lars", "Lina", "Levi"), List.of("Lieke", "Lina"), "50.0", false)};
  }

  @Test
  void theFiguresOf2025MatchTheHandComputation() {
    List<TestFile> files = population(TestFile.WORKER, TestFile.EMPLOYER);
    KpiReport report = KpiCalculator.compute(config, files.stream().map(TestFile::file).toList(), FROM, TO);

    KpiFigures.assertFigures(report, files, expected());
    KpiResult net = report.kpis().get(0);
    assertThat(net.isNetChange()).isTrue();
    assertThat(net.baseline()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(net.targetPercent()).isEqualByComparingTo("-15");
    assertThat(net.baselineIds()).hasSize(5);
  }

  @Test
  void theNetFallIsMetWhenTheNumberOnBijstandFellByFifteenPercentOrMore() {
    // Over 2024 instead: on 31 December 2024 Lieke, Luuk, Lars, Levi, Lucas, Laura, Lieve are on
    // bijstand (Lode left that day, Lina comes in 2025): 7 against 5, +40.0 %. Over the years only
    // Laura and Lieve of the five stayed: with the later inflow left out, 2 against 5 is -60.0 %: met.
    List<TestFile> files = population(TestFile.WORKER, TestFile.EMPLOYER);
    KpiResult in2024 = KpiCalculator.compute(config.kpis().get(0), files.stream().map(TestFile::file).toList(),
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    KpiResult withoutInflow = KpiCalculator.compute(config.kpis().get(0), files.stream()
            .filter(f -> List.of("Laura", "Lex", "Lisa", "Lode", "Lieve").contains(f.name)).map(TestFile::file).toList(),
        FROM, TO);

    assertThat(in2024.percentage()).isEqualByComparingTo("40.0");
    assertThat(in2024.met()).isFalse();
    assertThat(withoutInflow.percentage()).isEqualByComparingTo("-60.0");
    assertThat(withoutInflow.met()).isTrue();
  }

  @Test
  void monthsOnBenefitAndHoursCountOnlyFilesOpenOnTheReferenceDate() {
    // 002 §6.2 reports on "inwoners met een bijstandsuitkering". On 31 December 2025 open with benefit:
    // Lieke (34 months), Lars (59), Lina (9), Laura (105), Lieve (95); Loes is open without benefit.
    // Luuk (32 h of part-time work) left on 31 August and Lode (10 h volunteering) in 2024: their
    // months and hours no longer count. Taking part: Lieke, 12 hours.
    // Before issue 14: every registered file, 13, with Luuk's 18 months and his 32 hours.
    List<Synced<nl.trede.domain.candidate.Candidate>> synced = population(TestFile.WORKER, TestFile.EMPLOYER).stream()
        .map(f -> new Synced<>(f.candidate(), 1, Instant.parse("2024-01-01T10:00:00Z"))).toList();

    BenefitAndParticipation.Result r = BenefitAndParticipation.compute(synced, TO);

    assertThat(r.population()).isEqualTo(6);
    assertThat(r.withBenefit()).isEqualTo(5);
    assertThat(r.withoutBenefit()).isEqualTo(1);
    assertThat(r.medianMonths()).isEqualTo(59.0);
    assertThat(r.takingPart()).isEqualTo(1);
    assertThat(r.meanHoursTakingPart()).isEqualByComparingTo("12.0");
  }

  @Test
  void budgetLinesCarryAmountsOnlyForTheYearsOfTheSeedsTable() {
    // 002 §6.1: "het beschikbare budget voor participatie en re-integratie ... voor de periode 2019-2022".
    for (BudgetLine line : config.budgetLines()) {
      assertThat(line.annualAmount()).as(line.key()).isNull();
      assertThat(line.amountFor(2023)).as(line.key() + " in 2023: niet vastgelegd").isNull();
    }
    assertThat(config.budgetLine("verlagen-caseload").orElseThrow().amountFor(2022)).isEqualByComparingTo("210000");
    assertThat(config.budgetLine("participatie").orElseThrow().amountFor(2019))
        .isEqualByComparingTo(new BigDecimal("1097004"));
  }
}
