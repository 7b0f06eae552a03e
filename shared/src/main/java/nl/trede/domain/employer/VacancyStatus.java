package nl.trede.domain.employer;

public enum VacancyStatus {
  OPEN,
  CANDIDATE_PROPOSED,
  FILLED,
  CLOSED
}
