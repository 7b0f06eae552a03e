package nl.trede.matching;

import java.util.List;
import java.util.UUID;

/**
 * The answer to {@code GET /api/matching/vacancies/{vacancyId}/candidates}.
 *
 * @param considered how many open files in the municipality were weighed (rung 3 or higher)
 * @param matches the best fits first, at most {@link Matching#MAX_MATCHES}
 */
public record VacancyMatches(UUID vacancyId, String vacancyTitle, int considered, List<CandidateMatch> matches) {
  public VacancyMatches {
    matches = matches == null ? List.of() : List.copyOf(matches);
  }
}
