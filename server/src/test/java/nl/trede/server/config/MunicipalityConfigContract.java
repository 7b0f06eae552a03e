package nl.trede.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.Jobcoaching;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.server.demo.DemoData;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiContract;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * A municipality's configuration as devices meet it through sync: every device receives it, none
 * may change it, and what it says is enforced on push. Run once per database by its subclasses.
 */
abstract class MunicipalityConfigContract extends ApiContract {
  private RecordChange configOf(Session session) {
    return api.pullAll(session).changes().stream().filter(c -> c.type() == RecordType.CONFIGURATION)
        .findFirst().orElseThrow();
  }

  private List<RecordChange> of(Session session, RecordType type) {
    return api.pullAll(session).changes().stream().filter(c -> c.type() == type && !c.deleted()).toList();
  }

  private static List<Violation> rejected(List<MutationResult> results) {
    assertThat(results).singleElement().isInstanceOf(MutationResult.Rejected.class);
    return ((MutationResult.Rejected) results.get(0)).violations();
  }

  @Test
  void everyDeviceOfTheMunicipalityPullsItsOwnConfiguration() throws Exception {
    for (String user : List.of("coach1", "jobcoach1", "jobhunter1", "casemanager1")) {
      RecordChange config = configOf(api.login(user));
      MunicipalityConfig read = Json.MAPPER.treeToValue(config.data(), MunicipalityConfig.class);
      assertThat(read.municipality()).as(user).isEqualTo("overbetuwe");
      assertThat(read.dimension("spoor")).isPresent();
    }
    RecordChange dalfsen = configOf(api.login("coach-dalfsen"));
    assertThat(dalfsen.data().get("municipality").asText()).isEqualTo("dalfsen");
    assertThat(dalfsen.id()).isEqualTo(MunicipalityConfig.idFor("dalfsen"));
  }

  @Test
  void noDeviceMayChangeOrDeleteTheConfiguration() {
    Session admin = api.login("admin1");
    RecordChange config = configOf(admin);

    var edit = rejected(api.push(admin, ApiClient.update(RecordType.CONFIGURATION, config.id(), config.version(),
        ApiClient.fields().put("name", "Gemeente Anders"))));
    var delete = rejected(api.push(admin, new nl.trede.sync.Mutation(Ids.newId(), RecordType.CONFIGURATION,
        config.id(), nl.trede.sync.MutationKind.DELETE, config.version(), null, List.of(), java.time.Instant.now())));
    // A well-formed configuration for a municipality that has none yet: only the role stops it.
    ObjectNode forged = config.data().deepCopy();
    forged.put("municipality", "nergensdorp").put("id", MunicipalityConfig.idFor("nergensdorp").toString());
    var create = rejected(api.push(admin, new nl.trede.sync.Mutation(Ids.newId(), RecordType.CONFIGURATION,
        MunicipalityConfig.idFor("nergensdorp"), nl.trede.sync.MutationKind.CREATE, 0, forged, List.of(),
        java.time.Instant.now())));

    assertThat(edit).extracting(Violation::rule).containsExactly("configuration-read-only");
    assertThat(delete).extracting(Violation::rule).containsExactly("configuration-read-only");
    assertThat(create).extracting(Violation::rule).containsExactly("configuration-read-only");
    assertThat(configOf(admin).version()).isEqualTo(config.version());
  }

  @Test
  void aCoachChangesFieldDimensionsOnlyAndOnlyToValuesTheSchemeKnows() {
    Session anna = api.login("coach1");
    RecordChange candidate = of(anna, RecordType.CANDIDATE).get(0);
    ObjectNode classification = candidate.data().get("classification").deepCopy();

    ObjectNode newTrack = classification.deepCopy().put("spoor", "werk");
    var moved = api.push(anna, ApiClient.update(RecordType.CANDIDATE, candidate.id(), candidate.version(),
        ApiClient.fields().set("classification", newTrack)));
    assertThat(moved).singleElement().isInstanceOf(MutationResult.Applied.class);

    ObjectNode judged = newTrack.deepCopy().put("werkperspectief", "direct").put("profiel", "1");
    if (judged.equals(newTrack)) {
      judged.put("werkperspectief", "grote-afstand");
    }
    var judgedByCoach = rejected(api.push(anna, ApiClient.update(RecordType.CANDIDATE, candidate.id(),
        candidate.version() + 1, ApiClient.fields().set("classification", judged))));
    assertThat(judgedByCoach).extracting(Violation::rule).containsOnly("not-field-editable");

    var unknown = rejected(api.push(anna, ApiClient.update(RecordType.CANDIDATE, candidate.id(),
        candidate.version() + 1, ApiClient.fields().set("classification", newTrack.deepCopy()
            .put("spoor", "sprint").put("sterrenbeeld", "ram")))));
    assertThat(unknown).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        tuple("classification.spoor", "unknown-value"), tuple("classification.sterrenbeeld", "unknown-dimension"));

    Session fatima = api.login("casemanager1");
    var byCaseManager = api.push(fatima, ApiClient.update(RecordType.CANDIDATE, candidate.id(),
        candidate.version() + 1, ApiClient.fields().set("classification", judged)));
    assertThat(byCaseManager).singleElement().isInstanceOf(MutationResult.Applied.class);
  }

  @Test
  void placementsFollowTheMunicipalityCatalogueAndTheJobcoachingRules() {
    Session anna = api.login("coach1");
    List<RecordChange> candidates = of(anna, RecordType.CANDIDATE);
    RecordChange withoutSubsidy = candidates.stream()
        .filter(c -> !c.data().get("flags").toString().contains("WAGE_COST_SUBSIDY")).findFirst().orElseThrow();
    UUID employer = of(anna, RecordType.EMPLOYER).get(0).id();
    LocalDate start = LocalDate.now().minusWeeks(2);
    Jobcoaching municipal = new Jobcoaching(true, false, false, false, CoachKind.MUNICIPAL, "Geen begeleiding op de vloer",
        DemoData.userId("jobcoach1"), null, JobcoachRegime.LOW, start.plusMonths(6), 40);

    // Overbetuwe's catalogue has no werkgeverscheque (that is Lansingerland's, 002 §3.4.4).
    Placement cheque = new Placement(Ids.newId(), withoutSubsidy.id(), PlacementKind.REGULAR_JOB, employer, null, null,
        "Orderpicker", null, null, start, start.plusMonths(12), null, null, new BigDecimal("32"), 12, false,
        List.of(new InstrumentUse("werkgeverscheque", new BigDecimal("2250"), start, null)), null, anna.user());
    assertThat(rejected(api.push(anna, ApiClient.create(RecordType.PLACEMENT, cheque))))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("instruments[0].code", "unknown-instrument"));

    Placement coached = new Placement(Ids.newId(), withoutSubsidy.id(), PlacementKind.REGULAR_JOB, employer, null, null,
        "Orderpicker", null, null, start, start.plusMonths(12), null, null, new BigDecimal("32"), 12, false,
        List.of(), municipal, anna.user());
    assertThat(rejected(api.push(anna, ApiClient.create(RecordType.PLACEMENT, coached))))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("jobcoaching.coachKind", "requires-wage-cost-subsidy"));

    Jobcoaching byAnna = new Jobcoaching(true, false, false, false, CoachKind.MUNICIPAL, "x", anna.user(), null,
        JobcoachRegime.LOW, start.plusMonths(6), 40);
    Session dirk = api.login("jobcoach1");
    RecordChange placed = of(dirk, RecordType.CANDIDATE).stream()
        .filter(c -> c.data().get("flags").toString().contains("WAGE_COST_SUBSIDY")).findFirst().orElseThrow();
    Placement notAJobcoach = new Placement(Ids.newId(), placed.id(), PlacementKind.REGULAR_JOB, employer, null, null,
        "Inpakker", null, null, start, null, null, null, new BigDecimal("24"), 12, false, List.of(), byAnna, dirk.user());
    assertThat(rejected(api.push(dirk, ApiClient.create(RecordType.PLACEMENT, notAJobcoach))))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("jobcoaching.jobcoachId", "unknown-reference"));
  }

  @Test
  void coachingHoursBookedOnAPlacementMustBeThatCandidatesPlacement() {
    Session dirk = api.login("jobcoach1");
    List<RecordChange> placements = of(dirk, RecordType.PLACEMENT);
    RecordChange placement = placements.get(0);
    UUID itsCandidate = UUID.fromString(placement.data().get("candidateId").asText());
    UUID employer = UUID.fromString(placement.data().get("employerId").asText());
    UUID otherCandidate = of(dirk, RecordType.CANDIDATE).stream().map(RecordChange::id)
        .filter(id -> !id.equals(itsCandidate)).findFirst().orElseThrow();

    CoachingHours right = new CoachingHours(Ids.newId(), itsCandidate, employer, LocalDate.now(), 8,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, dirk.user(), null, null, null, null, placement.id());
    CoachingHours wrong = new CoachingHours(Ids.newId(), otherCandidate, employer, LocalDate.now(), 8,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, dirk.user(), null, null, null, null, placement.id());

    assertThat(api.push(dirk, ApiClient.create(RecordType.COACHING_HOURS, right)))
        .singleElement().isInstanceOf(MutationResult.Applied.class);
    assertThat(rejected(api.push(dirk, ApiClient.create(RecordType.COACHING_HOURS, wrong))))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("placementId", "unknown-reference"));
  }

  @Test
  void overbetuweRefusesVolunteeringAboveItsWeeklyHoursNamingTheFieldAndTheSeed() {
    Session anna = api.login("coach1");
    UUID candidate = of(anna, RecordType.CANDIDATE).get(0).id();
    LocalDate start = LocalDate.now().minusWeeks(1);
    Placement twenty = new Placement(Ids.newId(), candidate, PlacementKind.VOLUNTEERING, null, null, "Voedselbank",
        "Vrijwilliger", "Dagritme", null, start, null, null, null, new BigDecimal("20"), null, false, List.of(), null,
        anna.user());

    List<Violation> refused = rejected(api.push(anna, ApiClient.create(RecordType.PLACEMENT, twenty)));
    assertThat(refused).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("hoursPerWeek", "max-hours-per-week"));
    // 001 §2.1.3 gives no figure: the 16 hours are ours, and the refusal says where the rule comes from.
    assertThat(refused.get(0).message()).contains("at most 16 hours a week", "het aantal uren beperkt blijven", "ours");

    ObjectNode json = Json.MAPPER.valueToTree(twenty);
    Placement sixteen = Json.MAPPER.convertValue(json.put("hoursPerWeek", 16), Placement.class);
    assertThat(api.push(anna, ApiClient.create(RecordType.PLACEMENT, sixteen)))
        .singleElement().isInstanceOf(MutationResult.Applied.class);
  }
}
