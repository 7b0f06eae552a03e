package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Candidate;
import org.junit.jupiter.api.Test;

/**
 * A file's history of classifications: who was in a population on a given day, and movement
 * between categories (Dalfsen's "doorstroom", 003 §1B). docs/kpis.md says the same in words.
 */
class HistoryAndMovementTest {
  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  private static final LocalDate DEC = LocalDate.of(2026, 12, 31);

  private static CandidateFile.Version version(String day, Map<String, String> classification) {
    return new CandidateFile.Version(LocalDate.parse(day), Files.candidate(classification));
  }

  private static CandidateFile file(CandidateFile.Version... versions) {
    List<CandidateFile.Version> history = List.of(versions);
    return new CandidateFile(history.get(history.size() - 1).candidate(), List.of(), List.of(), List.of(), history);
  }

  private static Population category(String... values) {
    return new Population(Map.of("categorie", List.of(values)), null, null, null, null, null, null, null, null);
  }

  @Test
  void theCandidateOnADayIsTheLastVersionOfThatDayAndTheFirstOneBeforeTredeKnewIt() {
    CandidateFile file = file(version("2025-06-01", Map.of("categorie", "zorg")),
        version("2026-03-10", Map.of("categorie", "meedoen")),
        version("2026-03-10", Map.of("categorie", "werkfit")));

    assertThat(file.candidateOn(LocalDate.of(2020, 1, 1)).classification()).containsEntry("categorie", "zorg");
    assertThat(file.candidateOn(LocalDate.of(2026, 3, 9)).classification()).containsEntry("categorie", "zorg");
    assertThat(file.candidateOn(LocalDate.of(2026, 3, 10)).classification()).containsEntry("categorie", "werkfit");
    Candidate current = new CandidateFile(Files.candidate(Map.of("categorie", "zorg")), List.of(), List.of(), List.of())
        .candidateOn(JAN);
    assertThat(current.classification()).containsEntry("categorie", "zorg");
  }

  @Test
  void aPopulationIsJudgedOnTheClassificationOfItsDayNotTodays() {
    CandidateFile movedOn = file(version("2025-06-01", Map.of("categorie", "zorg")),
        version("2026-05-01", Map.of("categorie", "meedoen")));

    assertThat(category("zorg").matches(movedOn, JAN)).isTrue();
    assertThat(category("zorg").matches(movedOn, DEC)).isFalse();
    assertThat(category("meedoen").matches(movedOn, DEC)).isTrue();
  }

  @Test
  void aMoveCountsWhenItHappensInThePeriodFromAnotherValue() {
    Condition toMeedoen = new Condition.MovedTo("categorie", List.of("meedoen", "werkfit"));
    CandidateFile moved = file(version("2025-06-01", Map.of("categorie", "zorg")),
        version("2026-05-01", Map.of("categorie", "meedoen")));
    CandidateFile firstClassified = file(version("2025-06-01", Map.of()),
        version("2026-05-01", Map.of("categorie", "meedoen")));
    CandidateFile movedBack = file(version("2025-06-01", Map.of("categorie", "werkfit")),
        version("2026-05-01", Map.of("categorie", "zorg")));
    CandidateFile noHistory = new CandidateFile(Files.candidate(Map.of("categorie", "meedoen")), List.of(), List.of(),
        List.of());

    assertThat(toMeedoen.holds(moved, JAN, DEC)).isTrue();
    assertThat(toMeedoen.holds(moved, LocalDate.of(2026, 5, 2), DEC)).isFalse();
    assertThat(toMeedoen.holds(firstClassified, JAN, DEC)).as("a first classification is no movement").isFalse();
    assertThat(toMeedoen.holds(movedBack, JAN, DEC)).isFalse();
    assertThat(toMeedoen.holds(noHistory, JAN, DEC)).isFalse();
  }

  @Test
  void registrationIsCompleteWhenEveryNamedDimensionHasAValueAtTheEndOfThePeriod() {
    Condition complete = new Condition.Classified(List.of("categorie", "subcategorie"));
    CandidateFile completedLate = file(version("2025-06-01", Map.of("categorie", "zorg")),
        version("2026-05-01", Map.of("categorie", "zorg", "subcategorie", "maximaal-haalbaar")));

    assertThat(complete.holds(completedLate, JAN, DEC)).isTrue();
    assertThat(complete.holds(completedLate, JAN, LocalDate.of(2026, 4, 30))).isFalse();
  }
}
