package nl.trede.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Violation;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.placement.DisplacementCheck;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.Jobcoaching;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality's limits on placements (decision 0061) hold on push over real HTTP: Wijchen's
 * shipped file refuses a referral to the WerkBedrijf while a volunteering placement runs (004 §4.3c);
 * Overbetuwe's file, with the figures its plans leave unset filled in as a council would, refuses
 * grants above a trajectory's budget (000 §3.4) and above the amount of the jobcoaching regime (001 §3.3);
 * Overbetuwe's shipped file places nobody on a WEP without a recorded displacement check (001 §2.1.3).
 */
class PlacementLimitsOnPushTest {
  @TempDir
  Path dir;

  private EmbeddedServer start(String municipality, Path municipalities) {
    Map<String, Object> properties = new HashMap<>(Map.of("trede.db.path", dir.resolve(municipality + ".db").toString(),
        "trede.demo.enabled", "true", "trede.demo.municipality", municipality, "micronaut.server.port", -1));
    if (municipalities != null) {
      properties.put("trede.municipalities.dir", municipalities.toString());
    }
    return ApplicationContext.run(EmbeddedServer.class, properties);
  }

  private static List<RecordChange> of(ApiClient api, Session session, RecordType type) {
    return api.pullAll(session).changes().stream().filter(c -> c.type() == type && !c.deleted()).toList();
  }

  private static List<Violation> rejected(List<MutationResult> results) {
    assertThat(results).singleElement().isInstanceOf(MutationResult.Rejected.class);
    return ((MutationResult.Rejected) results.get(0)).violations();
  }

  private static long applied(List<MutationResult> results) {
    assertThat(results).singleElement().isInstanceOf(MutationResult.Applied.class);
    return ((MutationResult.Applied) results.get(0)).version();
  }

  private static Referral toTheWerkbedrijf(UUID candidate, Session by) {
    return new Referral(Ids.newId(), candidate, by.user(), "werkbedrijf", null, "Bemiddeling naar betaald werk",
        ReferralStatus.SENT, LocalDate.now(), null, null, null, null);
  }

  @Test
  void wijchenRefersNobodyToTheWerkbedrijfWhileTheirVolunteeringRuns() {
    try (EmbeddedServer server = start("wijchen", null);
        HttpClient http = HttpClient.create(server.getURL())) {
      ApiClient api = new ApiClient(http.toBlocking());
      Session fatima = api.login("casemanager1");
      RecordChange volunteering = of(api, fatima, RecordType.PLACEMENT).stream()
          .filter(p -> p.data().get("kind").asText().equals("VOLUNTEERING") && p.data().get("endDate").isNull())
          .findFirst().orElseThrow();
      UUID candidate = UUID.fromString(volunteering.data().get("candidateId").asText());

      List<Violation> refused = rejected(api.push(fatima, ApiClient.create(RecordType.REFERRAL,
          toTheWerkbedrijf(candidate, fatima))));
      assertThat(refused).extracting(Violation::field, Violation::rule).containsExactly(tuple("target", "not-while-placed"));
      assertThat(refused.get(0).message()).contains("komen (nog) niet in aanmerking voor dienstverlening van het WerkBedrijf");

      // "(nog)": once the volunteering has ended, the WerkBedrijf is open to them.
      ObjectNode ended = ApiClient.fields().put("endDate", LocalDate.now().minusDays(1).toString())
          .put("endReason", "COMPLETED");
      assertThat(api.push(fatima, ApiClient.update(RecordType.PLACEMENT, volunteering.id(), volunteering.version(),
          ended))).singleElement().isInstanceOf(MutationResult.Applied.class);
      assertThat(api.push(fatima, ApiClient.create(RecordType.REFERRAL, toTheWerkbedrijf(candidate, fatima))))
          .singleElement().isInstanceOf(MutationResult.Applied.class);
    }
  }

  /** Overbetuwe's shipped file with the amounts its plans do not give (000 §3.4, 001 §3.3) set. */
  private Path overbetuweWithFigures() throws Exception {
    String shipped;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("municipalities/overbetuwe.yml")) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String withFigures = shipped.replace("  trajectoryBudget:\n", "  trajectoryBudget:\n    maxAmount: 5000\n")
        .replace("    - instruments: [interne-jobcoaching, externe-jobcoaching]\n",
            "    - instruments: [interne-jobcoaching, externe-jobcoaching]\n      amounts: {LOW: 1500, MEDIUM: 3000}\n");
    assertThat(withFigures).contains("maxAmount: 5000", "amounts: {LOW: 1500");
    Path folder = Files.createDirectories(dir.resolve("municipalities"));
    Files.writeString(folder.resolve("overbetuwe.yml"), withFigures);
    return folder;
  }

  @Test
  void overbetuweCapsATrajectorysGrantsAndPricesJobcoachingByItsRegimeOnceTheFiguresAreSet() throws Exception {
    try (EmbeddedServer server = start("overbetuwe", overbetuweWithFigures());
        HttpClient http = HttpClient.create(server.getURL())) {
      ApiClient api = new ApiClient(http.toBlocking());
      Session dirk = api.login("jobcoach1");
      UUID candidate = of(api, dirk, RecordType.CANDIDATE).stream()
          .filter(c -> c.data().get("flags").toString().contains("WAGE_COST_SUBSIDY")).findFirst().orElseThrow().id();
      UUID employer = of(api, dirk, RecordType.EMPLOYER).get(0).id();
      LocalDate start = LocalDate.now().minusWeeks(2);
      Jobcoaching internal = new Jobcoaching(true, false, true, false, CoachKind.INTERNAL, "Getrainde collega",
          null, "Collega Jansen", JobcoachRegime.LOW, start.plusMonths(6), 40);
      InstrumentUse coaching = new InstrumentUse("interne-jobcoaching", new BigDecimal("2000"), start, null);
      InstrumentUse training = new InstrumentUse("groepstraining", new BigDecimal("4000"), start, null);

      List<Violation> aboveRegime = rejected(api.push(dirk, ApiClient.create(RecordType.PLACEMENT,
          job(candidate, employer, internal, dirk, coaching))));
      assertThat(aboveRegime).extracting(Violation::field, Violation::rule)
          .containsExactly(tuple("instruments[0].amount", "regime-amount"));
      assertThat(aboveRegime.get(0).message()).contains("LOW regime is at most € 1500", "bijbehorende bedrag");

      InstrumentUse lowRegime = new InstrumentUse("interne-jobcoaching", new BigDecimal("1500"), start, null);
      List<Violation> overBudget = rejected(api.push(dirk, ApiClient.create(RecordType.PLACEMENT,
          job(candidate, employer, internal, dirk, lowRegime, training))));
      assertThat(overBudget).extracting(Violation::field, Violation::rule)
          .containsExactly(tuple("instruments[1].amount", "trajectory-budget"));
      assertThat(overBudget.get(0).message()).contains("at most € 5000", "€ 5500", "maximum budget per re-integratietraject");

      assertThat(api.push(dirk, ApiClient.create(RecordType.PLACEMENT, job(candidate, employer, internal, dirk,
          lowRegime, new InstrumentUse("groepstraining", new BigDecimal("3500"), start, null)))))
          .singleElement().isInstanceOf(MutationResult.Applied.class);
    }
  }

  @Test
  void overbetuwePlacesNobodyOnAWorkExperiencePlacementWithoutRecordingThatItDisplacesNoJob() {
    try (EmbeddedServer server = start("overbetuwe", null);
        HttpClient http = HttpClient.create(server.getURL())) {
      ApiClient api = new ApiClient(http.toBlocking());
      Session dirk = api.login("jobcoach1");
      UUID candidate = of(api, dirk, RecordType.CANDIDATE).get(0).id();
      UUID employer = of(api, dirk, RecordType.EMPLOYER).get(0).id();
      Placement wep = wep(candidate, employer, dirk);

      List<Violation> refused = rejected(api.push(dirk, ApiClient.create(RecordType.PLACEMENT, wep)));
      assertThat(refused).extracting(Violation::field, Violation::rule)
          .containsExactly(tuple("displacementCheck", "displacement-check-required"));
      assertThat(refused.get(0).message()).contains("geen verdringing op de arbeidsmarkt plaatsvindt");

      // A job does not need the check; becoming a WEP does.
      Placement job = new Placement(Ids.newId(), candidate, PlacementKind.REGULAR_JOB, employer, null, null, "Inpakker",
          null, null, wep.startDate(), null, null, null, new BigDecimal("24"), 12, false, List.of(), null, dirk.user());
      long jobVersion = applied(api.push(dirk, ApiClient.create(RecordType.PLACEMENT, job)));
      ObjectNode becomesWep = ApiClient.fields().put("kind", "WORK_EXPERIENCE").putNull("contractMonths")
          .put("goal", wep.goal()).put("supervision", wep.supervision())
          .put("plannedEndDate", wep.plannedEndDate().toString());
      assertThat(rejected(api.push(dirk, ApiClient.update(RecordType.PLACEMENT, job.id(), jobVersion, becomesWep))))
          .extracting(Violation::rule).containsExactly("displacement-check-required");

      Placement checked = wep.withDisplacementCheck(new DisplacementCheck(LocalDate.now(), dirk.user(),
          "Boventallige plek naast de vaste ploeg; geen vacature open, niemand vervangen."));
      long version = applied(api.push(dirk, ApiClient.create(RecordType.PLACEMENT, checked)));
      // An unrelated edit of a WEP goes through; a recorded check is not dropped by one.
      version = applied(api.push(dirk, ApiClient.update(RecordType.PLACEMENT, checked.id(), version,
          ApiClient.fields().put("hoursPerWeek", 16))));
      ObjectNode dropped = ApiClient.fields().putNull("displacementCheck");
      assertThat(rejected(api.push(dirk, ApiClient.update(RecordType.PLACEMENT, checked.id(), version, dropped))))
          .extracting(Violation::rule).containsExactly("displacement-check-required");
    }
  }

  private static Placement wep(UUID candidate, UUID employer, Session by) {
    LocalDate start = LocalDate.now().plusDays(7);
    return new Placement(Ids.newId(), candidate, PlacementKind.WORK_EXPERIENCE, employer, null, null, "Magazijn",
        "Werkritme opdoen", "Vaste collega als werkbegeleider", start, start.plusMonths(3), null, null,
        new BigDecimal("20"), null, false, List.of(), null, by.user());
  }

  private static Placement job(UUID candidate, UUID employer, Jobcoaching coaching, Session by, InstrumentUse... uses) {
    LocalDate start = coaching.plannedEndDate().minusMonths(6);
    return new Placement(Ids.newId(), candidate, PlacementKind.REGULAR_JOB, employer, null, null, "Inpakker", null, null,
        start, null, null, null, new BigDecimal("24"), 12, false, List.of(uses), coaching, by.user());
  }
}
