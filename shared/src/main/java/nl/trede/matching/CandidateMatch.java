package nl.trede.matching;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Collections;
import nl.trede.domain.employer.Requirement;

/**
 * A candidate from the municipality's pool who might fit a vacancy, as a jobhunter may see it:
 * no name, no address, no date of birth, no BSN, no notes. The reference is pseudonymous and
 * differs per vacancy, so answers about several vacancies cannot be joined into a profile; the
 * case manager named here makes the warm handover (004 §4.1).
 *
 * @param reference "K-" and eight characters, stable for this candidate and this vacancy
 * @param rung the current rung on the Participatieladder
 * @param requirementsMet the vacancy's requirements the candidate meets
 * @param requirementsMissing the vacancy's requirements the candidate does not (yet) meet
 * @param hoursFit the candidate can work at least the vacancy's hours
 * @param targetGroupRegister the candidate is in the doelgroepregister (banenafspraak)
 * @param targetGroupFit the vacancy suits the doelgroepregister and the candidate is in it
 * @param caseManagerName whom to call about this candidate
 * @param caseManagerPhone the case manager's work number, for the call on the spot; null when their
 *     account has none (then the team is called). Added after the first release: an older app
 *     ignores it, as the one JSON configuration tolerates unknown properties ({@code Json})
 * @param candidateId only for a caller who holds the file anyway (own caseload, office); otherwise null
 */
public record CandidateMatch(
    String reference,
    Integer rung,
    BigDecimal availableHoursPerWeek,
    String languageLevel,
    Set<Requirement> certificates,
    Set<Requirement> requirementsMet,
    Set<Requirement> requirementsMissing,
    boolean hoursFit,
    boolean targetGroupRegister,
    boolean targetGroupFit,
    String caseManagerName,
    String caseManagerPhone,
    UUID candidateId) {

  public CandidateMatch {
    certificates = Collections.ordered(Requirement.class, certificates);
    requirementsMet = Collections.ordered(Requirement.class, requirementsMet);
    requirementsMissing = Collections.ordered(Requirement.class, requirementsMissing);
  }
}
