package nl.trede.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** A taalmeter gives three verdicts, a loonwaarde measurement a percentage; neither gives the other's. */
class AssessmentRulesTest extends BrokenRules {
  static DomainRecord taalmeter() {
    return Fixtures.taalmeter();
  }

  static DomainRecord loonwaarde() {
    return Fixtures.loonwaarde();
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("kind required", Fixtures.with(taalmeter(), "kind", null), "kind", "required"),
        arguments("date required", Fixtures.with(taalmeter(), "date", null), "date", "required"),
        arguments("date not-in-future", Fixtures.with(taalmeter(), "date", Fixtures.TODAY.plusDays(2).toString()),
            "date", "not-in-future"),
        arguments("authorId required", Fixtures.with(taalmeter(), "authorId", null), "authorId", "required"),
        arguments("numeracy required: a taalmeter without its numeracy verdict",
            Fixtures.with(taalmeter(), "numeracy", null), "numeracy", "required"),
        arguments("digital required", Fixtures.with(taalmeter(), "digital", null), "digital", "required"),
        arguments("languageLevel cefr-level: 'redelijk'", Fixtures.with(taalmeter(), "languageLevel", "redelijk"),
            "languageLevel", "cefr-level"),
        arguments("wageValuePercent loonwaarde-only: a taalmeter with a percentage",
            Fixtures.with(taalmeter(), "wageValuePercent", 60), "wageValuePercent", "loonwaarde-only"),
        arguments("placementId loonwaarde-only: a taalmeter at a workplace",
            Fixtures.with(taalmeter(), "placementId", Fixtures.placement().id()), "placementId", "loonwaarde-only"),
        arguments("wageValuePercent required: a loonwaarde without one",
            Fixtures.with(loonwaarde(), "wageValuePercent", null), "wageValuePercent", "required"),
        arguments("wageValuePercent range: 120 %", Fixtures.with(loonwaarde(), "wageValuePercent", 120),
            "wageValuePercent", "range"),
        arguments("language taalmeter-only: a loonwaarde with a language verdict",
            Fixtures.with(loonwaarde(), "language", "SUFFICIENT"), "language", "taalmeter-only"),
        arguments("languageLevel taalmeter-only", Fixtures.with(loonwaarde(), "languageLevel", "B1"),
            "languageLevel", "taalmeter-only"),
        arguments("assessor max-length", Fixtures.with(loonwaarde(), "assessor", "x".repeat(201)), "assessor",
            "max-length"),
        arguments("correctsId not-self", Fixtures.with(taalmeter(), "correctsId", Fixtures.taalmeter().id()),
            "correctsId", "not-self"));
  }

  @Test
  void aTaalmeterWithAnInsufficientSkillAsksForAFollowUpAndALoonwaardeNever() throws Exception {
    Assessment taalmeter = Fixtures.taalmeter();

    assertThat(taalmeter.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(Fixtures.loonwaarde().validate(Fixtures.CLOCK)).isEmpty();
    assertThat(taalmeter.asksForFollowUp()).isTrue();
    assertThat(taalmeter.insufficient()).containsExactly("numeracy");
    assertThat(((Assessment) Fixtures.with(taalmeter, "numeracy", "SUFFICIENT")).asksForFollowUp()).isFalse();
    assertThat(Fixtures.loonwaarde().asksForFollowUp()).isFalse();
    assertThat(taalmeter.fileCandidateId()).isEqualTo(Fixtures.CANDIDATE);
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(taalmeter), Assessment.class)).isEqualTo(taalmeter);
  }
}
