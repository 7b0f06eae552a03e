package nl.trede.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import org.junit.jupiter.api.Test;

/** What one side writes, the other reads back identically: records and every protocol type. */
class JsonRoundTripTest {

  private static Object roundTrip(Object value, Class<?> type) throws Exception {
    return Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(value), type);
  }

  @Test
  void everyRecordSurvivesTheWire() throws Exception {
    for (DomainRecord record : List.of(Fixtures.candidate(), Fixtures.with(Fixtures.candidate(), "benefitKind", "IOAW"),
        Fixtures.contact(), Fixtures.ladderStep(),
        Fixtures.coachingHours(), Fixtures.employer(), Fixtures.vacancy(), Fixtures.placement(),
        Fixtures.config())) {
      assertThat(roundTrip(record, record.getClass())).isEqualTo(record);
    }
  }

  @Test
  void datesTravelAsIsoStringsAndOnlyRecordComponentsAreProperties() {
    ObjectNode candidate = Json.MAPPER.valueToTree(Fixtures.candidate());
    ObjectNode step = Json.MAPPER.valueToTree(Fixtures.ladderStep());
    ObjectNode contact = Json.MAPPER.valueToTree(Fixtures.contact());

    assertThat(candidate.get("dateOfBirth").asText()).isEqualTo("1990-03-14");
    assertThat(contact.get("occurredAt").asText()).isEqualTo("2026-11-23T13:00:00Z");
    assertThat(step.has("intake")).isFalse();
    assertThat(step.has("stepUp")).isFalse();
    assertThat(RecordType.LADDER_STEP.fieldNames()).containsAll(iterable(step));
  }

  @Test
  void equalCandidatesGiveEqualJsonWhateverTheOrderOfTheirSetsAndMaps() throws Exception {
    Candidate c = Fixtures.candidate();
    Candidate reordered = new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), c.phone(),
        c.address(), c.caseManagerId(), c.coachIds(), c.benefitStartDate(),
        new java.util.LinkedHashSet<>(List.of(CandidateFlag.LANGUAGE_BELOW_LEVEL, CandidateFlag.WAGE_COST_SUBSIDY)),
        new java.util.LinkedHashMap<>(Map.of("spoor", "groei")), c.wageValuePercent(), c.exemptions(),
        c.participation(), c.plan(), c.inflow(), c.exit(),
        new java.util.LinkedHashSet<>(c.certificates()), c.languageLevel(), c.availableHoursPerWeek());

    assertThat(Json.MAPPER.writeValueAsString(reordered)).isEqualTo(Json.MAPPER.writeValueAsString(c));
  }

  @Test
  void everyProtocolTypeSurvivesTheWire() throws Exception {
    UUID id = UUID.randomUUID();
    Mutation mutation = new Mutation(id, RecordType.COACHING_HOURS, Fixtures.coachingHours().id(),
        MutationKind.CREATE, 0, Json.MAPPER.valueToTree(Fixtures.coachingHours()), List.of(UUID.randomUUID()),
        Instant.parse("2026-11-24T08:00:00.123Z"));
    FieldConflict conflict = new FieldConflict(UUID.randomUUID(), "contactPerson",
        Json.MAPPER.getNodeFactory().textNode("A"), Json.MAPPER.getNodeFactory().textNode("B"), id,
        Fixtures.COACH, Instant.parse("2026-11-24T08:00:00Z"));
    PushResponse response = new PushResponse(List.of(
        new MutationResult.Applied(id, Fixtures.EMPLOYER, 3),
        new MutationResult.Conflicted(id, Fixtures.EMPLOYER, 4, List.of(conflict)),
        new MutationResult.Rejected(id, Fixtures.EMPLOYER, List.of(new Violation("toRung", "range", "…")))));
    PullPage page = new PullPage(List.of(
        new RecordChange(RecordType.EMPLOYER, Fixtures.EMPLOYER, 4, false, Json.MAPPER.valueToTree(Fixtures.employer()), List.of(conflict)),
        new RecordChange(RecordType.VACANCY, UUID.randomUUID(), 2, true, null, List.of())),
        "s2-1.2.3.3.0", true, List.of(Fixtures.CANDIDATE));
    Problem problem = new Problem("https://trede.nl/problems/invalid-request", "Bad Request", 400, "…",
        List.of(new Violation("cursor", "invalid-cursor", "…")));

    assertThat(roundTrip(new PushRequest(List.of(mutation)), PushRequest.class)).isEqualTo(new PushRequest(List.of(mutation)));
    assertThat(roundTrip(response, PushResponse.class)).isEqualTo(response);
    assertThat(roundTrip(page, PullPage.class)).isEqualTo(page);
    assertThat(roundTrip(problem, Problem.class)).isEqualTo(problem);
  }

  @Test
  void outcomesAndRecordTypesHaveStableWireNames() {
    JsonNode applied = Json.MAPPER.valueToTree(new MutationResult.Applied(UUID.randomUUID(), UUID.randomUUID(), 1));
    JsonNode conflicted = Json.MAPPER.valueToTree(new MutationResult.Conflicted(UUID.randomUUID(), UUID.randomUUID(), 1, List.of()));
    JsonNode rejected = Json.MAPPER.valueToTree(new MutationResult.Rejected(UUID.randomUUID(), UUID.randomUUID(), List.of()));

    assertThat(Set.of(applied.get("outcome").asText(), conflicted.get("outcome").asText(), rejected.get("outcome").asText()))
        .containsExactlyInAnyOrder("applied", "conflict", "rejected");
    assertThat(Json.MAPPER.valueToTree(RecordType.LADDER_STEP).asText()).isEqualTo("ladder-step");
    assertThat(RecordType.fromWire("coaching-hours")).isEqualTo(RecordType.COACHING_HOURS);
  }

  @Test
  void anAnswerTakenInAfterAHandoverSaysSoAndAnOlderStoredAnswerStillReads() throws Exception {
    UUID mutation = UUID.randomUUID();
    UUID record = UUID.randomUUID();
    JsonNode late = Json.MAPPER.valueToTree(new MutationResult.Applied(mutation, record, 1, true));
    JsonNode plain = Json.MAPPER.valueToTree(new MutationResult.Applied(mutation, record, 1));

    assertThat(late.get("afterHandover").asBoolean()).isTrue();
    assertThat(plain.has("afterHandover")).as("written only when it says something").isFalse();
    // Answers the server stored before the field existed are read back for a retried push.
    MutationResult stored = Json.MAPPER.readValue("{\"outcome\":\"applied\",\"mutationId\":\"" + mutation
        + "\",\"recordId\":\"" + record + "\",\"version\":1}", MutationResult.class);
    assertThat(stored).isEqualTo(new MutationResult.Applied(mutation, record, 1, false));
    assertThat(roundTrip(new MutationResult.Applied(mutation, record, 1, true), MutationResult.class))
        .isEqualTo(new MutationResult.Applied(mutation, record, 1, true));
  }

  private static Iterable<String> iterable(ObjectNode node) {
    return node::fieldNames;
  }
}
