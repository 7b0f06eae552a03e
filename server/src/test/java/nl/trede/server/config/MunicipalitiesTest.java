package nl.trede.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.trede.config.MunicipalityConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The municipalities' configuration files: the shipped ones load, a broken one stops the server at its line. */
class MunicipalitiesTest {
  private static final List<String> SHIPPED = List.of("overbetuwe", "lansingerland", "dalfsen", "wijchen");

  @TempDir
  Path dir;

  private static final String VALID = """
      municipality: proefdorp
      name: Gemeente Proefdorp
      version: 1
      dimensions:
        - key: categorie
          label: Categorie
          values:
            - {key: zorg, label: Zorg}
            - {key: werkfit, label: Werkfit}
      contactPolicy:
        defaultFrequencyDays: 30
      kpis:
        - key: uitstroom
          title: Werkfit stroomt uit
          population: {classification: {categorie: [werkfit]}}
          success: {type: exited}
          targetPercent: 25
          period: YEAR
      """;

  private List<String> problems(String yaml) throws IOException {
    Files.writeString(dir.resolve("proefdorp.yml"), yaml);
    try {
      new Municipalities(List.of(), dir.toString(), Clock.systemUTC());
      return List.of();
    } catch (ConfigurationFileException e) {
      return e.problems();
    }
  }

  @Test
  void everyShippedConfigurationLoadsAndValidates() {
    Municipalities all = new Municipalities(SHIPPED, null, Clock.systemUTC());

    assertThat(all.all()).extracting(MunicipalityConfig::municipality).containsExactlyInAnyOrderElementsOf(SHIPPED);
    assertThat(all.all()).allSatisfy(c -> {
      assertThat(c.kpis()).as(c.municipality()).isNotEmpty();
      assertThat(c.dimensions()).as(c.municipality()).isNotEmpty();
    });
  }

  @Test
  void everyEntryOfAShippedFileNamesItsSourceAndEveryValueCarriesAComment() throws IOException {
    Municipalities all = new Municipalities(SHIPPED, null, Clock.systemUTC());
    for (MunicipalityConfig c : all.all()) {
      List<String> sources = new java.util.ArrayList<>();
      c.dimensions().forEach(d -> sources.add(d.source()));
      c.caseloadGroups().forEach(g -> sources.add(g.source()));
      c.budgetLines().forEach(b -> sources.add(b.source()));
      c.instruments().forEach(i -> sources.add(i.source()));
      c.contactPolicy().rules().forEach(r -> sources.add(r.source()));
      if (c.contactPolicy().aftercare() != null) {
        sources.add(c.contactPolicy().aftercare().source());
      }
      c.kpis().forEach(k -> sources.add(k.source()));
      assertThat(sources).as(c.municipality()).allSatisfy(source -> assertThat(source).isNotBlank());
      assertThat(c.source()).isNotBlank();
    }
    // A value of a classification cites its section in a comment, or says it is Trede's design.
    for (String name : SHIPPED) {
      String text;
      try (var in = getClass().getClassLoader().getResourceAsStream("municipalities/" + name + ".yml")) {
        text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      List<String> valueLines = text.lines().filter(l -> l.matches("\\s{6,}- \\{key: .*label: .*")).toList();
      assertThat(valueLines).as(name).isNotEmpty().allSatisfy(line ->
          assertThat(line).as(name).containsPattern("#.*(§|Bijlage|design)"));
    }
  }

  @Test
  void theSeedsRequestsToTheUwvAndTheVolunteerDeskAreProvidersToReferTo() {
    Municipalities all = new Municipalities(SHIPPED, null, Clock.systemUTC());

    // 002 §3.3.1 beoordeling arbeidsvermogen, §3.3.5 advies beschut werk and the Vrijwilligers
    // Informatie Punt; 001 §2.1.3 the UWV's advice on nieuw beschut, followed or deviated from "met goede
    // argumentatie" (the referral's answer and sign-off reason).
    assertThat(all.find("lansingerland").orElseThrow().referralTargets())
        .filteredOn(t -> t.key().startsWith("uwv-") || t.key().equals("vrijwilligers-informatie-punt"))
        .extracting(t -> t.key() + ":" + t.kind() + ":" + t.source())
        .containsExactly("uwv-arbeidsvermogen:PROVIDER:002 §3.3.1", "uwv-beschut-werk:PROVIDER:002 §3.3.5",
            "vrijwilligers-informatie-punt:PROVIDER:002 §3.3.5");
    assertThat(all.find("overbetuwe").orElseThrow().referralTarget("uwv-nieuw-beschut").orElseThrow().label())
        .isEqualTo("UWV – advies nieuw beschut");
  }

  @Test
  void theLongTermGroupsTheSeedsNameAreCaseloadGroups() {
    Municipalities all = new Municipalities(SHIPPED, null, Clock.systemUTC());

    // 002 §3.3.9 "inwoners die langer dan een jaar een bijstandsuitkering ontvangen"; 003 §3B "de groep
    // die langdurig in de uitkering zit" (three years: ours).
    assertThat(all.find("lansingerland").orElseThrow().caseloadGroups()).filteredOn(g -> g.key().equals(
        "langer-dan-een-jaar")).singleElement().satisfies(g -> assertThat(g.population().monthsOnBenefitFrom()).isEqualTo(12));
    assertThat(all.find("dalfsen").orElseThrow().caseloadGroups()).filteredOn(g -> g.key().equals("langdurig"))
        .singleElement().satisfies(g -> assertThat(g.population().monthsOnBenefitFrom()).isEqualTo(36));
  }

  @Test
  void onlyLansingerlandsSeedAsksForAftercare() {
    Municipalities all = new Municipalities(SHIPPED, null, Clock.systemUTC());

    // 002 §3.4.2 "nog een aantal keer contact"; the other seeds say nothing of nazorg.
    assertThat(all.find("lansingerland").orElseThrow().contactPolicy().aftercare().afterExitDays())
        .containsExactly(14, 91, 182);
    assertThat(all.all()).filteredOn(c -> !c.municipality().equals("lansingerland"))
        .allSatisfy(c -> assertThat(c.contactPolicy().aftercare()).as(c.municipality()).isNull());
  }

  @Test
  void onlyLansingerlandsSeedAsksForABroadIntakeAndItsWorkLimitationGoesToTheUwv() {
    Municipalities all = new Municipalities(SHIPPED, null, Clock.systemUTC());

    // 002 §3.3.1: "op alle leefgebieden" (the thirteen of the zelfredzaamheidsmatrix: ours) and "dan
    // vragen we een beoordeling arbeidsvermogen voor de inwoner aan bij het UWV".
    nl.trede.config.BroadIntakePolicy intake = all.find("lansingerland").orElseThrow().broadIntake();
    assertThat(intake.domains()).hasSize(13).extracting(nl.trede.config.BroadIntakePolicy.Choice::key)
        .contains("financien", "werk-opleiding", "geestelijke-gezondheid", "justitie");
    assertThat(intake.educationLevels()).extracting(nl.trede.config.BroadIntakePolicy.Choice::label)
        .contains("Geen opleiding afgerond", "Mbo 2", "Hbo");
    assertThat(all.find("lansingerland").orElseThrow().referralTarget(intake.workCapacityReferral()).orElseThrow()
        .label()).isEqualTo("UWV – beoordeling arbeidsvermogen");
    assertThat(all.all()).filteredOn(c -> !c.municipality().equals("lansingerland"))
        .allSatisfy(c -> assertThat(c.broadIntake()).as(c.municipality()).isNull());
  }

  @Test
  void aBroadIntakeWithADomainTwiceIsNamedWithFileAndLine() throws IOException {
    assertThat(problems(VALID + """
        broadIntake:
          domains:
            - {key: financien, label: Financiën}
            - {key: financien, label: Geld}
          educationLevels:
            - {key: mbo-2, label: Mbo 2}
          workCapacityReferral: uwv
        """)).extracting(Object::toString).anySatisfy(p -> assertThat(p)
            .containsPattern("proefdorp.yml, line 2[0-9]: broadIntake.domains\\[1\\].key").contains("duplicate"))
        .anySatisfy(p -> assertThat(p).contains("broadIntake.workCapacityReferral").contains("unknown-referral-target"));
  }

  @Test
  void aMovementToAnUnknownValueInsideAnyOfIsNamedWithFileAndLine() throws IOException {
    assertThat(problems(VALID.replace("success: {type: exited}", "success:\n"
        + "      type: anyOf\n"
        + "      conditions:\n"
        + "        - {type: exited}\n"
        + "        - {type: movedTo, dimension: categorie, values: [meedoen]}")))
        .singleElement().asString()
        .contains("proefdorp.yml, line 20: kpis[0].success.conditions[1].values").contains("unknown-value");
  }

  @Test
  void overbetuwesTrainingsAreOnTheRoutesOfTheProfilesTheSeedNamesAndNoOtherMunicipalityHasRoutes() {
    Municipalities all = new Municipalities(SHIPPED, null, Clock.systemUTC());
    MunicipalityConfig overbetuwe = all.find("overbetuwe").orElseThrow();

    // 001 §2.1.3: "Aan het werk" for "een klein zetje" (profiel 1), "Actieplan naar werk" "binnen één jaar" (profiel 2).
    assertThat(overbetuwe.instrument("groepstraining").orElseThrow().meantFor()).isEqualTo(Map.of("profiel", List.of("1", "2")));
    // 001 §2.1.2: the 40-80 % category is the "indicatie doelgroep loonkostensubsidie".
    assertThat(overbetuwe.instrument("loonkostensubsidie").orElseThrow().meantFor())
        .isEqualTo(Map.of("loonwaarde", List.of("bemiddelbaar-40-80")));
    assertThat(nl.trede.config.Routes.of(overbetuwe)).filteredOn(r -> r.dimension().key().equals("profiel"))
        .hasSize(3).allSatisfy(r -> assertThat(r.instruments()).as(r.value().key()).isNotEmpty());
    // The seeds of the others link no instrument to a class of their scheme.
    assertThat(all.all()).filteredOn(c -> !c.municipality().equals("overbetuwe"))
        .allSatisfy(c -> assertThat(nl.trede.config.Routes.of(c)).as(c.municipality()).isEmpty());
  }

  @Test
  void aRouteToAnUnknownValueIsNamedWithFileAndLine() throws IOException {
    assertThat(problems(VALID + """
        instruments:
          - {code: training, name: Training, kind: TRAINING, meantFor: {categorie: [werkfit]}}
          - {code: dagbesteding, name: Dagbesteding, kind: TRAJECTORY, meantFor: {categorie: [meedoen]}}
        """)).singleElement().asString()
        .contains("proefdorp.yml, line 2").contains("instruments[1].meantFor.categorie").contains("unknown-value")
        .contains("'meedoen' is not a value of 'categorie'");
  }

  @Test
  void aValidFileFromTheConfiguredFolderIsAdded() throws IOException {
    assertThat(problems(VALID)).isEmpty();
    assertThat(new Municipalities(List.of(), dir.toString(), Clock.systemUTC()).find("proefdorp")).isPresent();
  }

  @Test
  void aKpiOnAnUnknownDimensionIsNamedWithFileAndLine() throws IOException {
    assertThat(problems(VALID.replace("{classification: {categorie: [werkfit]}}", "{classification: {categori: [werkfit]}}")))
        .singleElement().asString()
        .contains("proefdorp.yml, line 15: kpis[0].population.classification.categori")
        .contains("unknown-dimension");
  }

  @Test
  void aDuplicateValueIsNamedWithFileAndLine() throws IOException {
    assertThat(problems(VALID.replace("{key: werkfit, label: Werkfit}", "{key: werkfit, label: Werkfit}\n"
        + "      - {key: zorg, label: Nog eens zorg}")))
        .singleElement().asString().contains("proefdorp.yml, line 10: dimensions[0].values[2].key").contains("duplicate");
  }

  @Test
  void aMissingTargetIsNamedWithFileAndLine() throws IOException {
    assertThat(problems(VALID.replace("    targetPercent: 25\n", "")))
        .singleElement().asString().contains("proefdorp.yml, line 13: kpis[0].targetPercent").contains("required");
  }

  @Test
  void misspeltSettingsWrongTypesAndBrokenYamlAreNamedToo() throws IOException {
    assertThat(problems(VALID.replace("defaultFrequencyDays: 30", "defaultFrequencyDays: 30\n  frequentie: 12")))
        .singleElement().asString().contains("proefdorp.yml, line 12: contactPolicy.frequentie").contains("unknown setting");
    assertThat(problems(VALID.replace("targetPercent: 25", "targetPercent: veel")))
        .singleElement().asString().contains("proefdorp.yml, line 17: kpis[0].targetPercent");
    assertThat(problems(VALID.replace("- key: categorie", "- key: categorie\n    key: dubbel")))
        .singleElement().asString().contains("proefdorp.yml, line 6: dimensions[0].key: set twice");
    assertThat(problems(VALID.replace("municipality: proefdorp", "municipality: anderdorp")))
        .singleElement().asString().contains("does not match the file name");
  }

  @Test
  void aServerWithABrokenConfigurationDoesNotStart() throws IOException {
    Files.writeString(dir.resolve("proefdorp.yml"), VALID.replace("    targetPercent: 25\n", ""));

    assertThatThrownBy(() -> ApplicationContext.run(Map.of(
        "trede.db.path", dir.resolve("trede.db").toString(), "trede.municipalities.dir", dir.toString(),
        "micronaut.server.port", "-1")).close())
        .hasStackTraceContaining("proefdorp.yml, line 13: kpis[0].targetPercent");
  }
}
