package nl.trede.domain.broadintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A brede uitvraag checks what needs nothing but itself: the day held, a score 1-5 per named domain,
 * a level of education, bounded texts and lists, and whether a work limitation came up (yes or no).
 */
class BroadIntakeRulesTest extends BrokenRules {
  static DomainRecord intake() {
    return Fixtures.broadIntake();
  }

  static DomainRecord withScore(int index, DomainScore score) {
    List<DomainScore> domains = new ArrayList<>(Fixtures.broadIntake().domains());
    domains.set(index, score);
    return Fixtures.with(intake(), "domains", domains);
  }

  static DomainRecord withExperience(WorkExperience experience) {
    return Fixtures.with(intake(), "experience", List.of(experience));
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("date required", Fixtures.with(intake(), "date", null), "date", "required"),
        arguments("date not-in-future: next week", Fixtures.with(intake(), "date",
            Fixtures.TODAY.plusDays(7).toString()), "date", "not-in-future"),
        arguments("date plausible-date: 2015 for 2025", Fixtures.with(intake(), "date", "2015-11-24"), "date",
            "plausible-date"),
        arguments("authorId required", Fixtures.with(intake(), "authorId", null), "authorId", "required"),
        arguments("domains required: no domain scored", Fixtures.with(intake(), "domains", List.of()), "domains",
            "required"),
        arguments("score range: 6", withScore(0, new DomainScore("financien", 6, null)), "domains[0].score",
            "range"),
        arguments("score range: 0", withScore(1, new DomainScore("huisvesting", 0, null)), "domains[1].score",
            "range"),
        arguments("score required", withScore(2, new DomainScore("lichamelijke-gezondheid", null, null)),
            "domains[2].score", "required"),
        arguments("domain required", withScore(0, new DomainScore(null, 3, null)), "domains[0].domain", "required"),
        arguments("domain note max-length", withScore(0, new DomainScore("financien", 2, "x".repeat(501))),
            "domains[0].note", "max-length"),
        arguments("educationLevel required", Fixtures.with(intake(), "educationLevel", null), "educationLevel",
            "required"),
        arguments("diplomas max-length", Fixtures.with(intake(), "diplomas", "x".repeat(2001)), "diplomas",
            "max-length"),
        arguments("experience role required", withExperience(new WorkExperience(" ", "Bakkerij", 2)),
            "experience[0].role", "required"),
        arguments("experience years range: 70", withExperience(new WorkExperience("Bakker", null, 70)),
            "experience[0].years", "range"),
        arguments("experience organisation max-length", withExperience(new WorkExperience("Bakker",
            "x".repeat(101), 1)), "experience[0].organisation", "max-length"),
        arguments("experience max-items: 21 jobs", Fixtures.with(intake(), "experience",
            Collections.nCopies(21, new WorkExperience("Schoonmaker", null, 1))), "experience", "max-items"),
        arguments("talents max-items: eleven words", Fixtures.with(intake(), "talents",
            Collections.nCopies(11, "handig")), "talents", "max-items"),
        arguments("talent max-length: a sentence, not a word", Fixtures.with(intake(), "talents",
            List.of("x".repeat(41))), "talents[0]", "max-length"),
        arguments("talent required: an empty word", Fixtures.with(intake(), "talents", List.of("")), "talents[0]",
            "required"),
        arguments("drives max-length", Fixtures.with(intake(), "drives", "x".repeat(2001)), "drives", "max-length"),
        arguments("supportNeed max-length", Fixtures.with(intake(), "supportNeed", "x".repeat(2001)), "supportNeed",
            "max-length"),
        arguments("workLimitationSigns required: neither yes nor no", Fixtures.with(intake(), "workLimitationSigns",
            null), "workLimitationSigns", "required"),
        arguments("correctsId not-self", Fixtures.with(intake(), "correctsId", Fixtures.broadIntake().id()),
            "correctsId", "not-self"));
  }

  @Test
  void theExampleIsValidTravelsWholeAndSignalsTheWorkLimitation() throws Exception {
    BroadIntake intake = Fixtures.broadIntake();

    assertThat(intake.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(intake.signalsWorkLimitation()).isTrue();
    assertThat(intake.score("financien")).map(DomainScore::score).contains(2);
    assertThat(intake.fileCandidateId()).isEqualTo(Fixtures.CANDIDATE);
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(intake), BroadIntake.class)).isEqualTo(intake);
  }

  @Test
  void aNullItemInAListIsNamedNotThrown() {
    BroadIntake intake = (BroadIntake) Fixtures.with(intake(), "domains", Collections.singletonList(null));

    assertThat(intake.validate(Fixtures.CLOCK)).extracting(v -> v.field() + ":" + v.rule())
        .containsExactly("domains[0]:required");
  }

  /** 002 §3.3.1: "kunnen veranderen gedurende de tijd ... eventuele wijzigingen te registreren". */
  @Test
  void theNewestInForceHoldsAndACorrectionReplacesOnlyWhatItCorrects() {
    BroadIntake spring = held(UUID.fromString("0190a1b2-0000-7000-8000-000000000001"), 200, null);
    BroadIntake autumn = held(UUID.fromString("0190a1b2-0000-7000-8000-000000000002"), 20, null);
    BroadIntake autumnFixed = held(UUID.fromString("0190a1b2-0000-7000-8000-000000000003"), 20, autumn.id());
    BroadIntake sameDayLater = held(UUID.fromString("0190a1b2-0000-7000-8000-000000000004"), 20, null);

    assertThat(BroadIntake.newest(List.of())).isEmpty();
    assertThat(BroadIntake.newest(List.of(autumn, spring))).contains(autumn);
    assertThat(BroadIntake.newest(List.of(spring, autumn, autumnFixed))).contains(autumnFixed);
    assertThat(BroadIntake.newest(List.of(autumnFixed, spring, autumn, sameDayLater))).contains(sameDayLater);
    assertThat(BroadIntake.newest(List.of(spring, held(UUID.fromString("0190a1b2-0000-7000-8000-000000000005"),
        300, null)))).contains(spring);
  }

  private static BroadIntake held(UUID id, int daysAgo, UUID corrects) {
    BroadIntake b = Fixtures.broadIntake();
    return new BroadIntake(id, b.candidateId(), Fixtures.TODAY.minusDays(daysAgo), b.authorId(), b.domains(),
        b.educationLevel(), b.diplomas(), b.experience(), b.talents(), b.drives(), b.supportNeed(),
        b.workLimitationSigns(), corrects);
  }
}
