package nl.trede.config;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Violations;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.PlacementKind;

/**
 * A municipality's own limits on placements, where the policy texts differ or name no figure, so
 * they live in configuration rather than code. Each limit carries the seed's sentence it enforces
 * ({@code source}), which the refusal quotes. {@link PlacementLimits} applies them.
 *
 * @param hoursLimits the most hours a week a placement of a kind may take (Overbetuwe: volunteering,
 *     "Ook moeten het aantal uren beperkt blijven", 001 §2.1.3)
 * @param referralBars referrals refused while a placement of a kind runs (Wijchen: "Mensen die we
 *     activeren naar vrijwilligerswerk, komen (nog) niet in aanmerking voor dienstverlening van het
 *     WerkBedrijf", 004 §4.3c)
 * @param trajectoryBudget the most the grants of one placement may add up to ("een maximum budget per
 *     re-integratietraject", 000 §3.4); {@code null}: none
 * @param regimeTariffs the amount that goes with each jobcoaching regime, per group of instruments
 *     ("vaste afspraken ... over de intensiteit van de begeleiding en het bijbehorende bedrag", 001 §3.3)
 * @param displacementCheck the kinds of placement that record that they displace no regular job
 *     ("uitsluitend ... als hierdoor geen verdringing op de arbeidsmarkt plaatsvindt", 001 §2.1.3);
 *     {@code null}: none
 */
public record PlacementPolicy(List<HoursLimit> hoursLimits, List<ReferralBar> referralBars,
    TrajectoryBudget trajectoryBudget, List<RegimeTariff> regimeTariffs, DisplacementRule displacementCheck) {

  public PlacementPolicy {
    hoursLimits = hoursLimits == null ? List.of() : List.copyOf(hoursLimits);
    referralBars = referralBars == null ? List.of() : List.copyOf(referralBars);
    regimeTariffs = regimeTariffs == null ? List.of() : List.copyOf(regimeTariffs);
  }

  public PlacementPolicy(List<HoursLimit> hoursLimits, List<ReferralBar> referralBars,
      TrajectoryBudget trajectoryBudget, List<RegimeTariff> regimeTariffs) {
    this(hoursLimits, referralBars, trajectoryBudget, regimeTariffs, null);
  }

  /** Whether a placement of this kind records its displacement check. */
  public boolean requiresDisplacementCheck(PlacementKind kind) {
    return displacementCheck != null && kind != null && displacementCheck.kinds().contains(kind);
  }

  /** The tariff that prices grants of this instrument, if any. */
  public java.util.Optional<RegimeTariff> tariff(String instrument) {
    return regimeTariffs.stream().filter(t -> t.instruments().contains(instrument)).findFirst();
  }

  /** The amount that goes with this regime for a grant of this instrument, if the municipality set one. */
  public java.util.Optional<BigDecimal> tariffAmount(String instrument, JobcoachRegime regime) {
    return regime == null ? java.util.Optional.empty() : tariff(instrument).map(t -> t.amounts().get(regime));
  }

  /**
   * What a new grant of this instrument is filled in with: the amount of the jobcoaching's regime when
   * the municipality prices it so (001 §3.3, "het bijbehorende bedrag"), else the catalogue's usual cost.
   */
  public static BigDecimal proposedAmount(MunicipalityConfig config, Instrument instrument, JobcoachRegime regime) {
    return config.placements() == null ? instrument.cost()
        : config.placements().tariffAmount(instrument.code(), regime).orElse(instrument.cost());
  }

  /** At most {@code maxPerWeek} hours a week in a placement of this kind. */
  public record HoursLimit(PlacementKind kind, BigDecimal maxPerWeek, String source) {}

  /** No new referral to {@code target} while a placement of one of these kinds has not ended. */
  public record ReferralBar(String target, List<PlacementKind> whilePlaced, String source) {
    public ReferralBar {
      whilePlaced = whilePlaced == null ? List.of() : List.copyOf(whilePlaced);
    }
  }

  /**
   * The grants of one placement, on these budget lines (every line when none is named), add up to
   * at most {@code maxAmount}; without an amount the limit is named but not yet set.
   */
  public record TrajectoryBudget(BigDecimal maxAmount, List<String> budgetLines, String source) {
    public TrajectoryBudget {
      budgetLines = budgetLines == null ? List.of() : List.copyOf(budgetLines);
    }
  }

  /**
   * A grant of one of {@code instruments} goes with the placement's jobcoaching regime and is at
   * most that regime's amount, which the field app fills in.
   */
  public record RegimeTariff(List<String> instruments, Map<JobcoachRegime, BigDecimal> amounts, String source) {
    public RegimeTariff {
      instruments = instruments == null ? List.of() : List.copyOf(instruments);
      amounts = amounts == null || amounts.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(amounts));
    }
  }

  /** A placement of one of {@code kinds} records that it displaces no regular job ({@code DisplacementCheck}). */
  public record DisplacementRule(List<PlacementKind> kinds, String source) {
    public DisplacementRule {
      kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }
  }

  /** Kinds, targets, budget lines and instruments it names are the municipality's own; figures in range. */
  void check(Violations v, MunicipalityConfig config) {
    java.util.Set<PlacementKind> limited = java.util.EnumSet.noneOf(PlacementKind.class);
    for (int i = 0; i < hoursLimits.size(); i++) {
      HoursLimit limit = hoursLimits.get(i);
      String at = "placements.hoursLimits[" + i + "]";
      if (v.required(at + ".kind", limit.kind()) && !limited.add(limit.kind())) {
        v.add(at + ".kind", "duplicate", limit.kind() + " is limited twice");
      }
      if (v.required(at + ".maxPerWeek", limit.maxPerWeek()) && (limit.maxPerWeek().signum() <= 0
          || limit.maxPerWeek().compareTo(BigDecimal.valueOf(48)) > 0)) {
        v.add(at + ".maxPerWeek", "range", "maxPerWeek must be more than 0 and at most 48");
      }
    }
    for (int i = 0; i < referralBars.size(); i++) {
      ReferralBar bar = referralBars.get(i);
      String at = "placements.referralBars[" + i + "]";
      if (v.required(at + ".target", bar.target()) && config.referralTarget(bar.target()).isEmpty()) {
        v.add(at + ".target", "unknown-target", "'" + bar.target() + "' is not one of the referral targets");
      }
      v.required(at + ".whilePlaced", bar.whilePlaced().isEmpty() ? null : bar.whilePlaced());
    }
    if (trajectoryBudget != null) {
      String at = "placements.trajectoryBudget";
      ConfigCheck.nonNegative(v, at + ".maxAmount", trajectoryBudget.maxAmount());
      List<String> lines = trajectoryBudget.budgetLines();
      for (int i = 0; i < lines.size(); i++) {
        if (config.budgetLine(lines.get(i)).isEmpty()) {
          v.add(at + ".budgetLines[" + i + "]", "unknown-budget-line", "'" + lines.get(i) + "' is not a budget line");
        }
      }
    }
    for (int i = 0; i < regimeTariffs.size(); i++) {
      RegimeTariff tariff = regimeTariffs.get(i);
      String at = "placements.regimeTariffs[" + i + "]";
      v.required(at + ".instruments", tariff.instruments().isEmpty() ? null : tariff.instruments());
      for (int k = 0; k < tariff.instruments().size(); k++) {
        if (config.instrument(tariff.instruments().get(k)).isEmpty()) {
          v.add(at + ".instruments[" + k + "]", "unknown-instrument",
              "'" + tariff.instruments().get(k) + "' is not in the instruments catalogue");
        }
      }
      tariff.amounts().forEach((regime, amount) -> {
        if (v.required(at + ".amounts." + regime, amount)) {
          ConfigCheck.nonNegative(v, at + ".amounts." + regime, amount);
        }
      });
    }
    if (displacementCheck != null) {
      List<PlacementKind> kinds = displacementCheck.kinds();
      v.required("placements.displacementCheck.kinds", kinds.isEmpty() ? null : kinds);
      for (int i = 0; i < kinds.size(); i++) {
        if (kinds.indexOf(kinds.get(i)) < i) {
          v.add("placements.displacementCheck.kinds[" + i + "]", "duplicate", kinds.get(i) + " is named twice");
        }
      }
    }
  }
}
