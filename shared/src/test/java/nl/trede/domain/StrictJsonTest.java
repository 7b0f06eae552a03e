package nl.trede.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.MutationRules;
import nl.trede.sync.PushRequest;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one mapper both sides read with refuses what a hostile or broken device could send, naming
 * the rule and the field, and still reads everything Trede itself writes.
 */
class StrictJsonTest {

  private static JsonProcessingException refusal(String json, Class<?> type) {
    return catchThrowableOfType(JsonProcessingException.class, () -> Json.MAPPER.readValue(json, type));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"mutations\": []}}}", "{\"mutations\": []} {}", "{\"mutations\": []} x",
      "{\"mutations\": []}]", "{\"mutations\": []} 1"})
  void trailingTokensAfterOneJsonValueAreMalformed(String body) {
    JsonProcessingException e = refusal(body, PushRequest.class);

    assertThat(e).isNotNull();
    assertThat(Json.ruleOf(e)).isEqualTo("malformed-json");
  }

  static Stream<Arguments> wrongShapes() {
    Contact c = Fixtures.contact();
    return Stream.of(
        Arguments.of("location", Json.MAPPER.getNodeFactory().numberNode(0)),
        Arguments.of("noShow", Json.MAPPER.getNodeFactory().numberNode(1)),
        Arguments.of("noShow", Json.MAPPER.getNodeFactory().textNode("true")),
        Arguments.of("occurredAt", Json.MAPPER.getNodeFactory().numberNode(1764000000000L)),
        Arguments.of("occurredAt", Json.MAPPER.getNodeFactory().numberNode(1764000000.5)),
        Arguments.of("nextContactDate", Json.MAPPER.getNodeFactory().numberNode(20000)),
        Arguments.of("durationMinutes", Json.MAPPER.getNodeFactory().textNode("45")),
        Arguments.of("durationMinutes", Json.MAPPER.getNodeFactory().booleanNode(true)),
        Arguments.of("summary", Json.MAPPER.getNodeFactory().booleanNode(true)),
        Arguments.of("candidateId", Json.MAPPER.getNodeFactory().numberNode(7)));
  }

  @ParameterizedTest
  @MethodSource("wrongShapes")
  void aValueIsReadOnlyInItsOwnShape(String field, com.fasterxml.jackson.databind.JsonNode value) {
    ObjectNode contact = Json.MAPPER.valueToTree(Fixtures.contact());
    contact.set(field, value);

    JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
        () -> Json.MAPPER.treeToValue(contact, Contact.class));

    assertThat(e).as(field + " = " + value).isNotNull();
    assertThat(Json.ruleOf(e)).isEqualTo("type");
    assertThat(Json.pathOf(e)).isEqualTo(field);
  }

  @Test
  void anEnumIsNotReadFromItsNumber() {
    assertThat(Json.ruleOf(refusal("{\"id\": \"" + Ids.newId() + "\", \"type\": 1}", Mutation.class))).isEqualTo("type");
    assertThat(Json.ruleOf(refusal("{\"kind\": 0}", Mutation.class))).isEqualTo("type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "candidateId", "authorId", "employerId", "correctsId"})
  void theNilUuidIsNoId(String field) {
    ObjectNode contact = Json.MAPPER.valueToTree(Fixtures.contact());
    contact.put(field, "00000000-0000-0000-0000-000000000000");

    JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
        () -> Json.MAPPER.treeToValue(contact, Contact.class));

    assertThat(Json.ruleOf(e)).isEqualTo(Json.NIL_ID);
    assertThat(Json.pathOf(e)).isEqualTo(field);
  }

  @Test
  void aNilMutationIdIsRefusedInAPush() {
    JsonProcessingException e = refusal("{\"mutations\": [{\"id\": \"00000000-0000-0000-0000-000000000000\"}]}",
        PushRequest.class);

    assertThat(Json.ruleOf(e)).isEqualTo(Json.NIL_ID);
    assertThat(Json.pathOf(e)).isEqualTo("mutations[0].id");
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u0000', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
      '\u2069', '\u200E', '\u200F', '\u061C'})
  void nulAndBidiControlsAreRefusedInTextNamingTheField(char hidden) {
    ObjectNode contact = Json.MAPPER.valueToTree(Fixtures.contact());
    contact.put("summary", "Gesprek " + hidden + "gevoerd");

    MutationRules.Outcome outcome = MutationRules.apply(new Mutation(Ids.newId(), RecordType.CONTACT,
        Fixtures.contact().id(), nl.trede.sync.MutationKind.CREATE, 0, contact, List.of(), Fixtures.CLOCK.instant()),
        null, Ids.newId(), Fixtures.COACH, Fixtures.CLOCK);

    assertThat(outcome).isInstanceOf(MutationRules.Refused.class);
    assertThat(((MutationRules.Refused) outcome).violations()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("summary");
      assertThat(v.rule()).isEqualTo(Json.FORBIDDEN_CHARACTER);
    });
  }

  @Test
  void forbiddenCharactersAreRefusedInListsAndMapsToo() {
    ObjectNode candidate = Json.MAPPER.valueToTree(Fixtures.candidate());
    candidate.putObject("classification").put("spoor\u202E", "groei");
    assertThat(Json.ruleOf(catchThrowableOfType(JsonProcessingException.class,
        () -> Json.MAPPER.treeToValue(candidate, nl.trede.domain.candidate.Candidate.class))))
        .isEqualTo(Json.FORBIDDEN_CHARACTER);

    ObjectNode vacancy = Json.MAPPER.valueToTree(Fixtures.vacancy());
    vacancy.putArray("tasks").add("Dozen\u0000 vouwen");
    JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
        () -> Json.MAPPER.treeToValue(vacancy, nl.trede.domain.employer.Vacancy.class));
    assertThat(Json.ruleOf(e)).isEqualTo(Json.FORBIDDEN_CHARACTER);
    assertThat(Json.pathOf(e)).isEqualTo("tasks[0]");
  }

  @Test
  void ordinaryTextWithLineBreaksTabsAndAccentsStillReads() throws Exception {
    ObjectNode contact = Json.MAPPER.valueToTree(Fixtures.contact());
    contact.put("summary", "Gesprek\tmet Zoë\nen haar broer, مرحبا, 😀");

    assertThat(Json.MAPPER.treeToValue(contact, Contact.class).summary()).contains("Zoë", "مرحبا");
  }

  @Test
  void whatTredeWritesItReadsBack() throws Exception {
    MutationResult.Rejected rejected = new MutationResult.Rejected(Ids.newId(), Ids.newId(),
        List.of(new Violation("toRung", "range", "…")));
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(rejected), MutationResult.class))
        .isEqualTo(rejected);
    assertThatThrownBy(() -> Json.MAPPER.readValue("\"2026-02-31\"", java.time.LocalDate.class))
        .isInstanceOf(JsonProcessingException.class);
  }
}
