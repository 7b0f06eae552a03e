package nl.trede.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.Placement;

/**
 * When someone qualifies for a premium of the municipality's catalogue, so the coach can tell them.
 * Lansingerland (002 §3.3.9): "Inwoners die deze stap wel maken, ontvangen van de gemeente
 * Lansingerland eenmalig een bedrag van 500 euro als zij langer dan een half jaar onafgebroken aan het
 * werk zijn", and (§3.4.2) "In deze kaart informeren we deze inwoners ook over de mogelijkheid om de
 * uitstroompremie ... aan te vragen".
 *
 * <p>The conditions are not read here: a grant on a day is tried against {@link
 * PolicyRules#checkPlacement}, the check that refuses a grant, and the answer is the first day it
 * admits. That check's conditions on the grant date ("more than", "at least" months of work) hold
 * from some day on and for good, and its other conditions do not depend on the date, so the first
 * such day is found by bisection (decision 0057).
 *
 * @param since the first day the conditions are met
 * @param met whether that day is today or before it; otherwise the person is still at work and will
 *     qualify then
 */
public record PremiumEligibility(Instrument instrument, LocalDate since, boolean met) {
  /** How far after the start of the work a grant is tried: longer than any condition of months in work. */
  private static final int HORIZON_YEARS = 10;

  /**
   * The premium to tell about, if any: for each premium of the catalogue not yet granted to the
   * candidate, the first day a grant with paid work would pass, when that is today or before it, or
   * later while the work goes on; the earliest of them. Empty when the catalogue has no premium, it
   * was granted, or no work qualifies.
   */
  public static Optional<PremiumEligibility> of(MunicipalityConfig config, Candidate candidate,
      List<Placement> placements, LocalDate today) {
    List<PremiumEligibility> found = new ArrayList<>();
    for (Instrument premium : config.instruments()) {
      boolean granted = placements.stream().flatMap(p -> p.instruments().stream())
          .anyMatch(u -> premium.code().equals(u.code()));
      if (premium.kind() != InstrumentKind.PREMIUM || granted) {
        continue;
      }
      for (Placement work : placements) {
        if (work.kind() == null || !work.kind().paid() || work.startDate() == null) {
          continue;
        }
        boolean atWork = work.endDate() == null || !work.endDate().isBefore(today);
        firstGrantDay(config, premium, work, candidate, placements)
            .filter(day -> !day.isAfter(today) || atWork)
            .ifPresent(day -> found.add(new PremiumEligibility(premium, day, !day.isAfter(today))));
      }
    }
    return found.stream().min(Comparator.comparing(PremiumEligibility::since));
  }

  private static Optional<LocalDate> firstGrantDay(MunicipalityConfig config, Instrument premium, Placement work,
      Candidate candidate, List<Placement> placements) {
    LocalDate low = work.startDate();
    LocalDate high = low.plusYears(HORIZON_YEARS);
    if (!admits(config, premium, work, candidate, placements, high)) {
      return Optional.empty();
    }
    // Invariant: a grant on `high` passes; find the first day that does.
    while (low.isBefore(high)) {
      LocalDate mid = low.plusDays(java.time.temporal.ChronoUnit.DAYS.between(low, high) / 2);
      if (admits(config, premium, work, candidate, placements, mid)) {
        high = mid;
      } else {
        low = mid.plusDays(1);
      }
    }
    return Optional.of(high);
  }

  private static boolean admits(MunicipalityConfig config, Instrument premium, Placement work, Candidate candidate,
      List<Placement> placements, LocalDate day) {
    List<InstrumentUse> uses = new ArrayList<>(work.instruments());
    uses.add(new InstrumentUse(premium.code(), premium.cost(), day, null));
    Placement granted = new Placement(work.id(), work.candidateId(), work.kind(), work.employerId(), work.vacancyId(),
        work.organisation(), work.role(), work.goal(), work.supervision(), work.startDate(), work.plannedEndDate(),
        work.endDate(), work.endReason(), work.hoursPerWeek(), work.contractMonths(), work.withIntent(), uses,
        work.jobcoaching(), work.createdBy());
    return PolicyRules.checkPlacement(config, work, granted, candidate, placements).isEmpty();
  }
}
