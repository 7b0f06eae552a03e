package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
import org.junit.jupiter.api.Test;

/** What each KPI building block means for one candidate; docs/kpis.md explains the same in words. */
class ConditionsAndPopulationsTest {
  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 30);

  private static CandidateFile withSteps(LadderStep... steps) {
    return new CandidateFile(Files.candidate(Map.of("spoor", "groei")), List.of(steps), List.of(), List.of());
  }

  private static Population population(Map<String, List<String>> classification, List<CandidateFlag> flags,
      Integer minRung, Integer maxRung, Integer ageFrom, Integer ageBelow, Integer benefitFrom, Integer benefitBelow) {
    return new Population(classification, flags, minRung, maxRung, ageFrom, ageBelow, benefitFrom, benefitBelow, null);
  }

  @Test
  void aStepUpCountsOnlyInsideThePeriodAndACorrectedStepDoesNotCount() {
    LadderStep intake = Files.step(null, 2, LocalDate.of(2025, 6, 1), null);
    LadderStep up = Files.step(2, 3, LocalDate.of(2026, 3, 1), null);
    LadderStep correction = Files.step(2, 2, LocalDate.of(2026, 3, 2), up.id());

    assertThat(new Condition.SteppedUp().holds(withSteps(intake, up), JAN, JUN)).isTrue();
    assertThat(new Condition.SteppedUp().holds(withSteps(intake, up), JUN.plusDays(1), JUN.plusMonths(6))).isFalse();
    assertThat(new Condition.SteppedUp().holds(withSteps(intake, up, correction), JAN, JUN)).isFalse();
    assertThat(withSteps(intake, up, correction).rungOn(JUN)).contains(2);
  }

  @Test
  void theRungOnADayIsTheLatestStepOnOrBeforeIt() {
    CandidateFile file = withSteps(Files.step(null, 1, LocalDate.of(2025, 1, 10), null),
        Files.step(1, 4, LocalDate.of(2026, 2, 1), null));

    assertThat(file.rungOn(LocalDate.of(2025, 1, 9))).isEmpty();
    assertThat(file.rungOn(LocalDate.of(2026, 1, 31))).contains(1);
    assertThat(file.rungOn(LocalDate.of(2026, 2, 1))).contains(4);
    assertThat(new Condition.RungAtLeast(4).holds(file, JAN, JUN)).isTrue();
    assertThat(new Condition.RungAtLeast(5).holds(file, JAN, JUN)).isFalse();
  }

  @Test
  void aPlacementCountsWhenItRunsOnSomeDayOfThePeriod() throws Exception {
    Placement training = placement(PlacementKind.TRAINING, "2025-09-01", "2026-01-15");
    CandidateFile file = new CandidateFile(Fixtures.candidate(), List.of(), List.of(training), List.of());

    assertThat(new Condition.InPlacement(List.of(PlacementKind.TRAINING), false).holds(file, JAN, JUN)).isTrue();
    assertThat(new Condition.InPlacement(List.of(), false).holds(file, JAN, JUN)).isTrue();
    assertThat(new Condition.InPlacement(List.of(PlacementKind.WORK_EXPERIENCE), false).holds(file, JAN, JUN)).isFalse();
    assertThat(new Condition.InPlacement(List.of(), true).holds(file, JAN, JUN)).isFalse();
    assertThat(new Condition.InPlacement(List.of(), false).holds(file, LocalDate.of(2026, 1, 16), JUN)).isFalse();
  }

  @Test
  void exitsAndContactsAreCountedByDateAndReason() throws Exception {
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(Fixtures.candidate());
    json.set("exit", Json.MAPPER.createObjectNode().put("date", "2026-04-01").put("reason", "WORK"));
    var exited = new CandidateFile(Json.MAPPER.treeToValue(json, nl.trede.domain.candidate.Candidate.class),
        List.of(), List.of(), List.of(Files.contact(LocalDate.of(2026, 2, 2), null)));

    assertThat(new Condition.Exited(List.of(ExitReason.WORK)).holds(exited, JAN, JUN)).isTrue();
    assertThat(new Condition.Exited(List.of(ExitReason.MOVED)).holds(exited, JAN, JUN)).isFalse();
    assertThat(new Condition.Contacted().holds(exited, JAN, JUN)).isTrue();
    assertThat(new Condition.Contacted().holds(exited, LocalDate.of(2026, 3, 1), JUN)).isFalse();
    assertThat(new Condition.AnyOf(List.of(new Condition.RungAtLeast(5), new Condition.Exited(List.of())))
        .holds(exited, JAN, JUN)).isTrue();
    assertThat(exited.candidate().isOpenOn(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(exited.candidate().isOpenOn(LocalDate.of(2026, 4, 1))).isFalse();
  }

  @Test
  void aPopulationNeedsEveryCriterionItSets() {
    // The fixture: born 14 March 1990, on benefit since 1 May 2024, flags WAGE_COST_SUBSIDY and LANGUAGE_BELOW_LEVEL.
    CandidateFile file = withSteps(Files.step(null, 3, LocalDate.of(2025, 1, 1), null));
    LocalDate day = Fixtures.TODAY;

    assertThat(Population.everyone().matches(file, day)).isTrue();
    assertThat(population(Map.of("spoor", List.of("groei", "werk")), null, null, null, null, null, null, null).matches(file, day)).isTrue();
    assertThat(population(Map.of("spoor", List.of("meedoen")), null, null, null, null, null, null, null).matches(file, day)).isFalse();
    assertThat(population(null, List.of(CandidateFlag.LANGUAGE_BELOW_LEVEL), null, null, null, null, null, null).matches(file, day)).isTrue();
    assertThat(population(null, List.of(CandidateFlag.STATUS_HOLDER), null, null, null, null, null, null).matches(file, day)).isFalse();
    assertThat(population(null, null, 3, 4, null, null, null, null).matches(file, day)).isTrue();
    assertThat(population(null, null, 4, null, null, null, null, null).matches(file, day)).isFalse();
    assertThat(population(null, null, null, null, null, 27, null, null).matches(file, day)).isFalse();
    assertThat(population(null, null, null, null, 36, null, null, null).matches(file, day)).isTrue();
    // 30 months on benefit on 24 November 2026.
    assertThat(population(null, null, null, null, null, null, 12, null).matches(file, day)).isTrue();
    assertThat(population(null, null, null, null, null, null, null, 12).matches(file, day)).isFalse();
  }

  /**
   * 002 §5.3 thema 6, "Aanpak motivatie doelgroep met IOAW/IOAZ": a population of the IOAW and IOAZ
   * holds those on such a benefit on the day; a file on benefit without a recorded kind counts as
   * bijstand, a file without benefit as no kind at all (decision 0067).
   */
  @Test
  void aPopulationOfKindsOfBenefitHoldsThoseOnSuchABenefitAndAnUnrecordedKindIsBijstand() throws Exception {
    Population ioawIoaz = Json.MAPPER.readValue("{\"benefitKinds\": [\"IOAW\", \"IOAZ\"]}", Population.class);
    Population bijstand = Json.MAPPER.readValue("{\"benefitKinds\": [\"BIJSTAND\"]}", Population.class);
    CandidateFile ioaw = kind("IOAW", "2024-05-01");
    CandidateFile unrecorded = kind(null, "2024-05-01");
    CandidateFile startsNextYear = kind("IOAZ", "2026-11-24");
    LocalDate day = Fixtures.TODAY;

    assertThat(ioawIoaz.benefitKinds()).containsExactly(BenefitKind.IOAW, BenefitKind.IOAZ);
    assertThat(ioawIoaz.matches(ioaw, day)).isTrue();
    assertThat(ioawIoaz.matches(unrecorded, day)).isFalse();
    assertThat(bijstand.matches(unrecorded, day)).isTrue();
    assertThat(bijstand.matches(ioaw, day)).isFalse();
    assertThat(ioawIoaz.matches(startsNextYear, day)).isTrue();
    assertThat(ioawIoaz.matches(startsNextYear, day.minusDays(1))).as("not yet on benefit").isFalse();
    assertThat(bijstand.matches(kind(null, null), day)).as("no benefit, no kind").isFalse();
    assertThat(Population.everyone().matches(kind(null, null), day)).isTrue();
  }

  private static CandidateFile kind(String kind, String benefitStart) throws Exception {
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(Fixtures.candidate());
    json.put("benefitKind", kind).put("benefitStartDate", benefitStart);
    return new CandidateFile(Json.MAPPER.treeToValue(json, nl.trede.domain.candidate.Candidate.class), List.of(),
        List.of(), List.of());
  }

  private static Placement placement(PlacementKind kind, String start, String end) throws Exception {
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(Fixtures.placement());
    json.put("kind", kind.name()).put("startDate", start).put("endDate", end).put("endReason", "COMPLETED")
        .putNull("jobcoaching");
    return Json.MAPPER.treeToValue(json, Placement.class);
  }
}
