package nl.trede.config;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;

/**
 * Rules that need more than the record itself: the municipality's configuration, the candidate, or
 * the candidate's other placements. The device applies them before saving and the server again on
 * push, so both refuse the same things with the same field and rule.
 *
 * <p>Only what a change adds is judged: a grant made under last year's policy, or a classification
 * value the scheme has since dropped, does not block an unrelated edit of the same record.
 */
public final class PolicyRules {
  private PolicyRules() {}

  /** A candidate's classification against the scheme. */
  public static List<Violation> checkCandidate(MunicipalityConfig config, Candidate before, Candidate after,
      boolean fieldWorker) {
    Map<String, String> old = before == null ? Map.of() : before.classification();
    return config.checkClassification(old, after.classification(), fieldWorker);
  }

  /**
   * A placement against the catalogue and its conditions (DOMAIN §5).
   *
   * @param candidate the candidate as stored; {@code null} when unknown (then candidate rules wait for the server)
   * @param others the candidate's other placements, for "once per candidate"
   */
  public static List<Violation> checkPlacement(MunicipalityConfig config, Placement before, Placement after,
      Candidate candidate, List<Placement> others) {
    List<Violation> v = new ArrayList<>();
    List<InstrumentUse> earlier = before == null ? List.of() : before.instruments();
    for (int i = 0; i < after.instruments().size(); i++) {
      InstrumentUse use = after.instruments().get(i);
      if (earlier.contains(use) || use.code() == null) {
        continue;
      }
      String at = "instruments[" + i + "]";
      Optional<Instrument> instrument = config.instrument(use.code());
      if (instrument.isEmpty()) {
        v.add(new Violation(at + ".code", "unknown-instrument",
            "'" + use.code() + "' is not in " + config.name() + "'s instruments catalogue"));
        continue;
      }
      if (instrument.get().conditions() != null) {
        checkConditions(v, at, instrument.get(), instrument.get().conditions(), use, after, candidate, others);
      }
    }
    boolean coachingAdded = after.jobcoaching() != null && after.jobcoaching().coachKind() != null
        && (before == null || before.jobcoaching() == null || before.jobcoaching().coachKind() == null);
    JobcoachingPolicy coaching = config.jobcoaching();
    if (coachingAdded && candidate != null && coaching != null && !candidate.flags().containsAll(coaching.flags())) {
      // The municipality's own condition (Overbetuwe 000 Bijlage A: "wanneer een inwoner
      // loonkostensubsidie ontvangt"); art. 10da Participatiewet gives the doelgroep loonkostensubsidie
      // a claim to support, but forbids nobody else jobcoaching (Lansingerland 002 §3.4.3).
      List<CandidateFlag> missing = coaching.flags().stream().filter(f -> !candidate.flags().contains(f)).toList();
      v.add(new Violation("jobcoaching.coachKind",
          missing.contains(CandidateFlag.WAGE_COST_SUBSIDY) ? "requires-wage-cost-subsidy" : "jobcoaching-condition",
          "jobcoaching in " + config.name() + " is for candidates with " + missing
              + (coaching.source() == null ? "" : " (" + coaching.source() + ")")));
    }
    v.addAll(PlacementLimits.checkPlacement(config, before, after));
    return v;
  }

  /**
   * A referral against the municipality's targets and against what it was (004 §2.2, §4.1): sent
   * to a target the configuration names; the file and the target never change (a referral to
   * somewhere else is a new referral); a team's referral is taken on by someone of the team, a
   * provider's by nobody in Trede; and it moves only forward: sent, then accepted or declined,
   * then signed off, which ends it.
   *
   * @param before the referral as stored; {@code null} when it is sent now
   * @param placements the candidate's placements, for the municipality's referrals refused while one
   *     runs (Wijchen 004 §4.3c, {@link PlacementPolicy#referralBars})
   */
  public static List<Violation> checkReferral(MunicipalityConfig config, Referral before, Referral after,
      List<Placement> placements) {
    List<Violation> v = new ArrayList<>();
    if (before != null && !java.util.Objects.equals(before.candidateId(), after.candidateId())) {
      v.add(new Violation("candidateId", "immutable", "a referral stays in the file it was made in"));
    }
    if (before != null && !java.util.Objects.equals(before.target(), after.target())) {
      v.add(new Violation("target", "immutable", "a referral to another team or provider is a new referral"));
    }
    Optional<ReferralTarget> target = config.referralTarget(after.target());
    if (before == null && target.isEmpty()) {
      v.add(new Violation("target", "unknown-target", "'" + after.target() + "' is not a team or provider "
          + config.name() + " refers to; known: " + config.referralTargets().stream().map(ReferralTarget::key).toList()));
    }
    boolean team = target.map(ReferralTarget::isTeam).orElse(false);
    if (after.receiverId() != null && target.isPresent() && !team) {
      v.add(new Violation("receiverId", "not-a-team", target.get().label()
          + " works outside Trede: nobody in Trede takes the referral on"));
    }
    if (team && after.status() == ReferralStatus.ACCEPTED && after.receiverId() == null) {
      v.add(new Violation("receiverId", "required", "a team's referral is accepted by someone who takes it on"));
    }
    ReferralStatus from = before == null ? null : before.status();
    if (!mayMove(from, after.status())) {
      v.add(new Violation("status", "status-transition", from == null ? "a referral starts as sent"
          : "a referral cannot go from " + from + " to " + after.status()));
    }
    v.addAll(PlacementLimits.checkReferral(config, before, after, placements));
    return v;
  }

  /**
   * A new maatregel or tegenprestatie against the municipality's limits. Wijchen (004 §4.3c): "De
   * groep die wij activeren voor vrijwilligerswerk (of andere vormen van maatschappelijke
   * participatie) leggen wij geen tegenprestatie op." Someone is being activated towards
   * volunteering while a placement of a configured kind runs on the day the tegenprestatie would
   * start, or while a referral to a configured team is open. Only a new measure is judged: a
   * correction of one made before the referral keeps its history.
   *
   * @param placements the candidate's placements; {@code referrals} the candidate's referrals
   */
  public static List<Violation> checkObligation(MunicipalityConfig config, ObligationMeasure before,
      ObligationMeasure after, List<Placement> placements, List<Referral> referrals) {
    ObligationPolicy policy = config.obligations();
    if (before != null || after.correctsId() != null || policy == null || policy.noTegenprestatieFor() == null
        || after.kind() != ObligationKind.COMMUNITY_SERVICE || after.fromDate() == null) {
      return List.of();
    }
    ObligationPolicy.NoTegenprestatie none = policy.noTegenprestatieFor();
    LocalDate from = after.fromDate();
    boolean volunteering = placements.stream().anyMatch(p -> none.placementKinds().contains(p.kind())
        && (p.startDate() == null || !p.startDate().isAfter(from)) && (p.endDate() == null || !p.endDate().isBefore(from)));
    boolean referred = referrals.stream().anyMatch(r -> r.isOpen() && none.referralTargets().contains(r.target()));
    if (!volunteering && !referred) {
      return List.of();
    }
    return List.of(new Violation("kind", "no-tegenprestatie", config.name()
        + " imposes no tegenprestatie on someone being activated towards volunteering"
        + (policy.source() == null ? "" : " (" + policy.source() + ")")));
  }

  /** Sent, then accepted or declined, then signed off; signing off ends it, also straight from sent. */
  private static boolean mayMove(ReferralStatus from, ReferralStatus to) {
    if (from == null) {
      return to == ReferralStatus.SENT;
    }
    if (from == to || to == null) {
      return true;
    }
    return switch (from) {
      case SENT -> true;
      case ACCEPTED, DECLINED -> to == ReferralStatus.SIGNED_OFF;
      case SIGNED_OFF -> false;
    };
  }

  private static void checkConditions(List<Violation> v, String at, Instrument instrument,
      InstrumentConditions c, InstrumentUse use, Placement placement, Candidate candidate, List<Placement> others) {
    String name = instrument.name();
    if (c.minContractMonths() != null
        && (placement.contractMonths() == null || placement.contractMonths() < c.minContractMonths())) {
      v.add(new Violation("contractMonths", "instrument-condition",
          name + " needs a contract of at least " + c.minContractMonths() + " months"));
    }
    if (c.minHoursPerWeek() != null
        && (placement.hoursPerWeek() == null || placement.hoursPerWeek().compareTo(c.minHoursPerWeek()) < 0)) {
      v.add(new Violation("hoursPerWeek", "instrument-condition",
          name + " needs at least " + c.minHoursPerWeek().stripTrailingZeros().toPlainString() + " hours a week"));
    }
    maxAmount(c, placement.contractMonths()).ifPresent(max -> {
      if (use.amount() != null && use.amount().compareTo(max) > 0) {
        v.add(new Violation(at + ".amount", "instrument-max-amount",
            name + " is at most € " + max.stripTrailingZeros().toPlainString() + " for this contract"));
      }
    });
    if (c.moreThanMonthsInWork() != null && use.grantedOn() != null && placement.startDate() != null) {
      // 002 §3.3.9 "langer dan een half jaar onafgebroken": the day six months after the start is not yet longer.
      LocalDate anniversary = placement.startDate().plusMonths(c.moreThanMonthsInWork());
      if (!use.grantedOn().isAfter(anniversary)) {
        v.add(new Violation(at + ".grantedOn", "instrument-condition",
            name + " is granted after more than " + c.moreThanMonthsInWork() + " months of work without a break"));
      } else if (placement.endDate() != null && !placement.endDate().isAfter(anniversary)) {
        v.add(new Violation(at + ".grantedOn", "instrument-condition",
            name + " needs more than " + c.moreThanMonthsInWork() + " months of work without a break; this work ended sooner"));
      }
    }
    if (c.minMonthsInWork() != null && use.grantedOn() != null && placement.startDate() != null) {
      LocalDate earliest = placement.startDate().plusMonths(c.minMonthsInWork());
      if (use.grantedOn().isBefore(earliest)) {
        v.add(new Violation(at + ".grantedOn", "instrument-condition",
            name + " is granted after " + c.minMonthsInWork() + " months of work without a break"));
      } else if (placement.endDate() != null && placement.endDate().isBefore(earliest)) {
        // 002 §3.3.9: "langer dan een half jaar onafgebroken aan het werk": work that ended sooner does not qualify.
        v.add(new Violation(at + ".grantedOn", "instrument-condition",
            name + " needs " + c.minMonthsInWork() + " months of work without a break; this work ended sooner"));
      }
    }
    Optional<Integer> monthsOnBenefit = candidate == null || placement.startDate() == null ? Optional.empty()
        : candidate.monthsOnBenefitOn(placement.startDate());
    if (c.minMonthsOnBenefit() != null && candidate != null && placement.startDate() != null
        && monthsOnBenefit.filter(m -> m >= c.minMonthsOnBenefit()).isEmpty()) {
      v.add(new Violation(at + ".code", "instrument-condition",
          name + " is for candidates who were on benefit at least " + c.minMonthsOnBenefit()
              + " months when the placement began"));
    }
    if (c.moreThanMonthsOnBenefit() != null && candidate != null && placement.startDate() != null
        && (candidate.benefitStartDate() == null
            || !placement.startDate().isAfter(candidate.benefitStartDate().plusMonths(c.moreThanMonthsOnBenefit())))) {
      // 002 §3.3.9 "langer dan een jaar afhankelijk ... van een uitkering": exactly a year is not longer.
      v.add(new Violation(at + ".code", "instrument-condition",
          name + " is for candidates who were on benefit longer than " + c.moreThanMonthsOnBenefit()
              + " months when the placement began"));
    }
    if (c.monthsOnBenefitBelow() != null && candidate != null && placement.startDate() != null
        && monthsOnBenefit.filter(m -> m < c.monthsOnBenefitBelow()).isEmpty()) {
      v.add(new Violation(at + ".code", "instrument-condition",
          name + " is for candidates on benefit for less than " + c.monthsOnBenefitBelow()
              + " months when the placement began"));
    }
    if (!c.flags().isEmpty() && candidate != null && !candidate.flags().containsAll(c.flags())) {
      v.add(new Violation(at + ".code", "instrument-condition",
          name + " is for candidates with " + c.flags().stream().filter(f -> !candidate.flags().contains(f)).toList()));
    }
    if (c.oncePerCandidate() && others.stream().filter(o -> !o.id().equals(placement.id()))
        .flatMap(o -> o.instruments().stream()).anyMatch(u -> instrument.code().equals(u.code()))) {
      v.add(new Violation(at + ".code", "instrument-once", name + " is granted only once to a candidate"));
    }
  }

  /** The highest tier the contract reaches; the lowest tier when the contract length is unknown. */
  static Optional<BigDecimal> maxAmount(InstrumentConditions c, Integer contractMonths) {
    return c.maxAmounts().stream()
        .filter(t -> t.fromContractMonths() == null || (contractMonths != null && contractMonths >= t.fromContractMonths()))
        .max(Comparator.comparing(t -> t.fromContractMonths() == null ? 0 : t.fromContractMonths()))
        .map(AmountTier::maxAmount)
        .or(() -> c.maxAmounts().stream().map(AmountTier::maxAmount).min(Comparator.naturalOrder()));
  }
}
