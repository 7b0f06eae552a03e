package nl.trede.domain.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** A ladder step's rules: every broken field at once, an intake without a from-rung, six rungs. */
class LadderStepRulesTest extends BrokenRules {
  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("step to rung 7", Fixtures.with(Fixtures.ladderStep(), "toRung", 7), "toRung", "range"),
        arguments("step to rung 0", Fixtures.with(Fixtures.ladderStep(), "toRung", 0), "toRung", "range"),
        arguments("step from rung 9", Fixtures.with(Fixtures.ladderStep(), "fromRung", 9), "fromRung", "range"),
        arguments("step to the same rung", Fixtures.with(Fixtures.ladderStep(), "toRung", 2), "toRung", "differs-from-fromRung"),
        arguments("step without reason", Fixtures.with(Fixtures.ladderStep(), "reason", ""), "reason", "required"),
        arguments("step dated next year", Fixtures.with(Fixtures.ladderStep(), "date", "2027-11-24"), "date", "not-in-future"));
  }

  @Test
  void everyBrokenFieldIsReportedAtOnce() {
    DomainRecord broken = Fixtures.with(Fixtures.with(Fixtures.with(Fixtures.ladderStep(), "toRung", 7), "reason", null), "candidateId", null);

    assertThat(broken.validate(Fixtures.CLOCK)).extracting(Violation::field)
        .containsExactlyInAnyOrder("toRung", "reason", "candidateId");
  }
  @Test
  void theLadderHasSixRungs() {
    assertThat(Rung.values()).hasSize(6);
    assertThat(Rung.of(4)).isEqualTo(Rung.UNPAID_WORK);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rung.of(7)).isInstanceOf(IllegalArgumentException.class);
  }
}
