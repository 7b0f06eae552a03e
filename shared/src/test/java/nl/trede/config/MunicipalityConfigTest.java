package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import org.junit.jupiter.api.Test;

/** A municipality's scheme: what makes it valid, and how candidates are checked against it. */
class MunicipalityConfigTest {
  private final MunicipalityConfig config = Fixtures.config();

  private static MunicipalityConfig edited(java.util.function.Consumer<ObjectNode> edit) throws Exception {
    ObjectNode json = Json.MAPPER.valueToTree(Fixtures.config());
    edit.accept(json);
    return Json.MAPPER.treeToValue(json, MunicipalityConfig.class);
  }

  private static List<Violation> violations(MunicipalityConfig c) {
    return c.validate(Fixtures.CLOCK);
  }

  @Test
  void aValueListedTwiceInADimensionIsNamed() throws Exception {
    MunicipalityConfig broken = edited(json -> ((ArrayNode) json.get("dimensions").get(0).get("values"))
        .add(Json.MAPPER.createObjectNode().put("key", "groei").put("label", "Nog eens groei")));

    assertThat(violations(broken)).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("dimensions[0].values[3].key", "duplicate"));
  }

  @Test
  void aKpiOnAnUnknownDimensionOrWithoutTargetIsRefused() throws Exception {
    MunicipalityConfig broken = edited(json -> {
      ObjectNode kpi = (ObjectNode) json.get("kpis").get(0);
      kpi.putNull("targetPercent");
      ((ObjectNode) kpi.get("population")).set("classification",
          Json.MAPPER.createObjectNode().set("sporen", Json.MAPPER.createArrayNode().add("groei")));
    });

    assertThat(violations(broken)).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        tuple("kpis[0].population.classification.sporen", "unknown-dimension"),
        tuple("kpis[0].targetPercent", "required"));
  }

  @Test
  void referencesInsideTheConfigurationMustResolve() throws Exception {
    MunicipalityConfig broken = edited(json -> {
      ((ObjectNode) json.get("instruments").get(1)).put("budgetLine", "buig");
      ((ObjectNode) json.get("migrations").get(0)).set("renames",
          Json.MAPPER.createObjectNode().put("participatie", "activering"));
      ((ObjectNode) json.get("kpis").get(0)).put("targetPercent", 140);
    });

    assertThat(violations(broken)).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        tuple("instruments[1].budgetLine", "unknown-budget-line"),
        tuple("migrations[0].renames.participatie", "unknown-value"),
        tuple("kpis[0].targetPercent", "range"));
  }

  @Test
  void aCoachMayChangeOnlyFieldEditableDimensionsAndOnlyToKnownValues() {
    Map<String, String> before = Map.of("spoor", "groei", "profiel", "2");

    assertThat(config.checkClassification(before, Map.of("spoor", "werk", "profiel", "2"), true)).isEmpty();
    assertThat(config.checkClassification(before, Map.of("spoor", "groei", "profiel", "1"), true))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("classification.profiel", "not-field-editable"));
    assertThat(config.checkClassification(before, Map.of("spoor", "groei", "profiel", "1"), false)).isEmpty();
    assertThat(config.checkClassification(before, Map.of("spoor", "vooruit", "profiel", "2", "categorie", "zorg"), false))
        .extracting(Violation::field, Violation::rule).containsExactly(
            tuple("classification.categorie", "unknown-dimension"), tuple("classification.spoor", "unknown-value"));
  }

  @Test
  void aValueTheSchemeDroppedIsKeptAndFlaggedNotBlocking() {
    Map<String, String> old = Map.of("spoor", "participatie", "profiel", "2");

    assertThat(config.staleValues(old)).containsExactly(Map.entry("spoor", "participatie"));
    // Changing the profile of such a file is fine; the old track stays until someone reclassifies.
    assertThat(config.checkClassification(old, Map.of("spoor", "participatie", "profiel", "3"), false)).isEmpty();
  }

  @Test
  void migrationsCarryOlderValuesOverAndLeaveOthersAlone() {
    assertThat(config.migrate(Map.of("spoor", "participatie", "profiel", "2"), 1))
        .containsExactlyInAnyOrderEntriesOf(Map.of("spoor", "meedoen", "profiel", "2"));
    // From version 2 on, nothing is renamed: the migration was for version 1's values.
    assertThat(config.migrate(Map.of("spoor", "participatie"), 2)).containsEntry("spoor", "participatie");
  }

  @Test
  void theConfigurationIdFollowsFromTheMunicipality() throws Exception {
    MunicipalityConfig other = edited(json -> json.put("municipality", "andere-gemeente"));

    assertThat(violations(other)).extracting(Violation::field, Violation::rule).containsExactly(tuple("id", "config-id"));
    assertThat(MunicipalityConfig.idFor("dalfsen")).isEqualTo(MunicipalityConfig.idFor("dalfsen"))
        .isNotEqualTo(MunicipalityConfig.idFor("wijchen"));
  }

  @Test
  void aDateTheCoachAgreedOutranksThePlanButTheYearlyRuleCapsIt() {
    LocalDate today = Fixtures.TODAY;
    var growth = Files.file(Map.of("spoor", "groei"), Files.contact(today.minusDays(10), null));
    var agreed = Files.file(Map.of("spoor", "groei"), Files.contact(today.minusDays(10), today.plusDays(3)));
    var meedoenFarAhead = Files.file(Map.of("spoor", "meedoen"), Files.contact(today.minusDays(10), today.plusDays(600)));

    // The fixture plan says every 14 days.
    assertThat(config.nextContactDue(growth, today)).contains(today.plusDays(4));
    assertThat(config.nextContactDue(agreed, today)).contains(today.plusDays(3));
    // 000 §5.3: "meedoen" is spoken at least once a year, whatever was agreed.
    assertThat(config.nextContactDue(meedoenFarAhead, today)).contains(today.minusDays(10).plusDays(365));
  }

  @Test
  void aFileNobodySpokeToIsDueOneFrequencyAfterItsStart() {
    var fresh = Files.file(Map.of("spoor", "groei"));

    // Inflow 01-05-2024 plus the plan's 14 days.
    assertThat(config.nextContactDue(fresh, Fixtures.TODAY)).contains(LocalDate.of(2024, 5, 15));
    // A file Trede first knew later: contacts before then were never recorded in Trede.
    var migrated = new nl.trede.domain.candidate.CandidateFile(fresh.candidate(), List.of(), List.of(), List.of(),
        List.of(new nl.trede.domain.candidate.CandidateFile.Version(LocalDate.of(2026, 1, 10), fresh.candidate())));
    assertThat(config.nextContactDue(migrated, Fixtures.TODAY)).contains(LocalDate.of(2026, 1, 24));
  }

  @Test
  void aNoShowDoesNotResetTheClock() {
    LocalDate today = Fixtures.TODAY;
    var spoken = Files.contact(today.minusDays(20), null);
    var noShow = Files.noShow(today.minusDays(3), today.plusDays(30));
    var file = Files.file(Map.of("spoor", "groei"), spoken, noShow);

    // The last conversation was 20 days ago: due 14 days after it, whatever the no-show agreed.
    assertThat(config.nextContactDue(file, today)).contains(today.minusDays(6));
  }

  @Test
  void aClosedFileHasNoContactDue() {
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(Fixtures.candidate());
    json.set("exit", Json.MAPPER.createObjectNode().put("date", "2026-10-01").put("reason", "WORK"));
    nl.trede.domain.candidate.Candidate closed;
    try {
      closed = Json.MAPPER.treeToValue(json, nl.trede.domain.candidate.Candidate.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    var file = new nl.trede.domain.candidate.CandidateFile(closed, List.of(), List.of(),
        List.of(Files.contact(LocalDate.of(2026, 9, 1), null)));

    assertThat(config.nextContactDue(file, Fixtures.TODAY)).isEmpty();
    assertThat(config.nextContactDue(file, LocalDate.of(2026, 9, 30))).contains(LocalDate.of(2026, 9, 15));
  }

  @Test
  void conditionsAreCheckedAtEveryDepthAgainstTheScheme() throws Exception {
    MunicipalityConfig broken = edited(json -> {
      ObjectNode kpi = (ObjectNode) json.get("kpis").get(0);
      var any = Json.MAPPER.createObjectNode().put("type", "anyOf");
      any.putArray("conditions")
          .add(Json.MAPPER.createObjectNode().put("type", "rungAtLeast").put("rung", 7))
          .add(Json.MAPPER.createObjectNode().put("type", "movedTo").put("dimension", "spoor")
              .set("values", Json.MAPPER.createArrayNode().add("werk").add("sprint")))
          .add(Json.MAPPER.createObjectNode().put("type", "movedTo").put("dimension", "categorie")
              .set("values", Json.MAPPER.createArrayNode().add("werkfit")))
          .add(Json.MAPPER.createObjectNode().put("type", "classified")
              .set("dimensions", Json.MAPPER.createArrayNode().add("spoor").add("subcategorie")))
          .add(Json.MAPPER.createObjectNode().put("type", "anyOf"));
      kpi.set("success", any);
    });

    assertThat(violations(broken)).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        tuple("kpis[0].success.conditions[0].rung", "range"),
        tuple("kpis[0].success.conditions[1].values", "unknown-value"),
        tuple("kpis[0].success.conditions[2].dimension", "unknown-dimension"),
        tuple("kpis[0].success.conditions[3].dimensions", "unknown-dimension"),
        tuple("kpis[0].success.conditions[4].conditions", "required"));
  }

  @Test
  void budgetsByYearSocialReturnAndDescriptionsAreChecked() throws Exception {
    MunicipalityConfig broken = edited(json -> {
      ((ObjectNode) json.get("budgetLines").get(0)).set("amountsByYear",
          Json.MAPPER.createObjectNode().put("2021", 954567).put("1899", 1).put("2022", -5));
      json.set("socialReturn", Json.MAPPER.createObjectNode().put("percentOfContractValue", 105)
          .put("minContractValue", -1));
      ((ObjectNode) json.get("dimensions").get(0)).put("description", "x".repeat(Dimension.MAX_DESCRIPTION + 1));
    });

    assertThat(violations(broken)).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        tuple("budgetLines[0].amountsByYear.1899", "range"),
        tuple("budgetLines[0].amountsByYear.2022", "range"),
        tuple("socialReturn.percentOfContractValue", "range"),
        tuple("socialReturn.minContractValue", "range"),
        tuple("dimensions[0].description", "max-length"));
  }

  @Test
  void aBudgetLineGivesTheAmountOfTheYearOrItsDefault() {
    BudgetLine line = new BudgetLine("participatie", "Participatie", new java.math.BigDecimal("900000"),
        Map.of(2019, new java.math.BigDecimal("1097004")), null, "002 §6.1");

    assertThat(line.amountFor(2019)).isEqualByComparingTo("1097004");
    assertThat(line.amountFor(2023)).isEqualByComparingTo("900000");
    assertThat(new BudgetLine("x", "X", null, null, null).amountFor(2019)).isNull();
  }

  @Test
  void instrumentConditionsOnTimeOnBenefitMustLeaveRoomForSomeone() throws Exception {
    MunicipalityConfig broken = edited(json -> ((ObjectNode) json.get("instruments").get(2).get("conditions"))
        .put("monthsOnBenefitBelow", 12));

    assertThat(violations(broken)).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instruments[2].conditions.monthsOnBenefitBelow", "min-max"));
  }

  @Test
  void aNetChangeHasABaselineAndATargetChangeButNoSuccessAndAKpiIsReviewedAtLeastAsOftenAsItsPeriod()
      throws Exception {
    // Lansingerland 002 §1.2 "te verlagen met 15%": a baseline and a target of -15, no success.
    MunicipalityConfig fall = edited(json -> {
      ObjectNode kpi = (ObjectNode) json.get("kpis").get(0);
      kpi.remove("success");
      kpi.put("baseline", "2019-01-01").put("targetPercent", -15).put("review", "YEAR");
    });
    MunicipalityConfig broken = edited(json -> {
      ObjectNode kpi = (ObjectNode) json.get("kpis").get(0);
      kpi.put("baseline", "2019-01-01").put("targetPercent", -150).put("period", "MONTH").put("review", "YEAR");
    });
    MunicipalityConfig negativeShare = edited(json -> ((ObjectNode) json.get("kpis").get(0)).put("targetPercent", -15));

    assertThat(violations(fall)).isEmpty();
    assertThat(fall.kpis().get(0).isNetChange()).isTrue();
    assertThat(violations(broken)).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        tuple("kpis[0].success", "net-change"), tuple("kpis[0].targetPercent", "range"), tuple("kpis[0].review", "range"));
    assertThat(violations(negativeShare)).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("kpis[0].targetPercent", "range"));
  }
}
