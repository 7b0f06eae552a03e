package nl.trede.config;

import java.util.List;
import nl.trede.domain.candidate.CandidateFlag;

/**
 * A municipality's own conditions on choosing jobcoaching for a placement. Overbetuwe: "Jobcoaching
 * wordt ingezet wanneer een inwoner loonkostensubsidie ontvangt én begeleiding de snelle
 * doorstroming naar werk ondersteunt" (000 Bijlage A). Not every municipality: Lansingerland offers
 * it "voor inwoners die hier behoefte aan hebben" (002 §3.4.3), so it is configuration, not code.
 *
 * @param flags the candidate must have all of these when jobcoaching is chosen
 */
public record JobcoachingPolicy(List<CandidateFlag> flags, String source) {
  public JobcoachingPolicy {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }
}
