package nl.trede.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.trede.domain.placement.PlacementRulesTest;
import org.junit.jupiter.api.Test;

/**
 * The records' valid examples, every type together; each record's broken rules are tested in its
 * own package (CandidateRulesTest, ContactRulesTest, …).
 */
class ValidationRulesTest {
  @Test
  void theExamplesAreValid() {
    for (DomainRecord record : List.of(Fixtures.candidate(), Fixtures.contact(), Fixtures.ladderStep(),
        Fixtures.coachingHours(), Fixtures.employer(), Fixtures.vacancy(), Fixtures.placement(), Fixtures.config(),
        PlacementRulesTest.wep(true, "2027-02-24"), PlacementRulesTest.coaching(true, false, true, false, "INTERNAL", "HARRIE-training volstaat", null),
        PlacementRulesTest.coaching(true, false, false, true, "EXTERNAL", "Autisme-specifieke begeleiding nodig", "LOW"))) {
      assertThat(record.validate(Fixtures.CLOCK)).as(record.getClass().getSimpleName()).isEmpty();
    }
  }
  @Test
  void aNoShowTakesNoTimeAndAnIntakeHasNoFromRung() {
    assertThat(Fixtures.with(Fixtures.with(Fixtures.contact(), "noShow", true), "durationMinutes", 0).validate(Fixtures.CLOCK)).isEmpty();
    assertThat(Fixtures.with(Fixtures.ladderStep(), "fromRung", null).validate(Fixtures.CLOCK)).isEmpty();
  }
}
