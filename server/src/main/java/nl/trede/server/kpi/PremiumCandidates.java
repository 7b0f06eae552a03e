package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.trede.config.InstrumentKind;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PremiumEligibility;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.PersonName;

/**
 * Who may claim a premium of the catalogue, on a reference date: Lansingerland's uitstroompremie,
 * "eenmalig een bedrag van 500 euro als zij langer dan een half jaar onafgebroken aan het werk zijn"
 * after more than a year on benefit (002 §3.3.9), of which the card after the exit tells them (§3.4.2).
 * Every file in scope, open or closed, with work that meets the conditions ({@link PremiumEligibility},
 * the one reading of them) and no grant of it yet: those who may claim it now first, longest waiting
 * first, then those who will once their work has lasted long enough.
 */
public final class PremiumCandidates {
  private PremiumCandidates() {}

  /**
   * @param name the candidate as the console lists names; {@code sortKey} its Dutch order
   * @param exit the file's exit, if it closed (for work, usually); null while open
   */
  public record Line(UUID candidateId, String name, String sortKey, UUID caseManagerId, PremiumEligibility premium,
      Exit exit) {}

  public record Result(LocalDate reference, boolean catalogueHasPremium, List<Line> lines) {
    public long met() {
      return lines.stream().filter(l -> l.premium().met()).count();
    }
  }

  public static Result compute(MunicipalityConfig config, List<CandidateFile> files, LocalDate reference) {
    boolean premium = config != null
        && config.instruments().stream().anyMatch(i -> i.kind() == InstrumentKind.PREMIUM);
    List<Line> lines = new ArrayList<>();
    if (premium) {
      for (CandidateFile file : files) {
        Candidate c = file.candidate();
        PremiumEligibility.of(config, c, file.placements(), reference).ifPresent(e -> lines.add(new Line(c.id(),
            PersonName.listed(c.givenName(), c.familyName()), PersonName.sortKey(c.givenName(), c.familyName()),
            c.caseManagerId(), e, c.exit())));
      }
    }
    lines.sort(Comparator.comparing((Line l) -> !l.premium().met()).thenComparing(l -> l.premium().since())
        .thenComparing(Line::sortKey));
    return new Result(reference, premium, List.copyOf(lines));
  }
}
