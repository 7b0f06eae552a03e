package nl.trede.config;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.trede.domain.Violation;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.referral.Referral;

/**
 * The limits of a municipality's {@link PlacementPolicy}, applied by {@link PolicyRules} on the device
 * and on the server alike. Like the other policy rules, only what a change adds is judged: a placement
 * agreed before the limit was configured keeps its hours and grants through an unrelated edit.
 */
final class PlacementLimits {
  private PlacementLimits() {}

  static List<Violation> checkPlacement(MunicipalityConfig config, Placement before, Placement after) {
    PlacementPolicy policy = config.placements();
    List<Violation> v = new ArrayList<>();
    if (policy == null) {
      return v;
    }
    hours(v, config, policy, before, after);
    trajectoryBudget(v, config, policy.trajectoryBudget(), before, after);
    regimeTariffs(v, config, before, after);
    displacement(v, config, policy, before, after);
    return v;
  }

  /**
   * Overbetuwe, 001 §2.1.3: "De kandidaat wordt uitsluitend geplaatst op een werkplek als hierdoor geen
   * verdringing op de arbeidsmarkt plaatsvindt." Judged when the placement is made or becomes of such
   * a kind, as that is when it is placed, and when an edit would drop a recorded check: a WEP recorded
   * before the rule was configured is not blocked from being extended or ended for a check nobody
   * asked for then.
   */
  private static void displacement(List<Violation> v, MunicipalityConfig config, PlacementPolicy policy,
      Placement before, Placement after) {
    boolean judged = before == null || before.kind() != after.kind() || before.displacementCheck() != null;
    if (judged && after.displacementCheck() == null && policy.requiresDisplacementCheck(after.kind())) {
      v.add(new Violation("displacementCheck", "displacement-check-required", "a " + after.kind() + " placement in "
          + config.name() + " records that it displaces no regular job: what was established, when and by whom"
          + quote(policy.displacementCheck().source())));
    }
  }

  /**
   * Overbetuwe, 001 §2.1.3: "Van belang is dat het vrijwilligerswerk re-integratie niet in de weg staat.
   * Ook moeten het aantal uren beperkt blijven, het gaat immers om onbetaald werk." A limit needs the
   * hours to be known, so a placement of a limited kind states them.
   */
  private static void hours(List<Violation> v, MunicipalityConfig config, PlacementPolicy policy, Placement before,
      Placement after) {
    Optional<PlacementPolicy.HoursLimit> limit = policy.hoursLimits().stream()
        .filter(l -> l.kind() != null && l.kind() == after.kind() && l.maxPerWeek() != null).findFirst();
    boolean unchanged = before != null && before.kind() == after.kind() && same(before.hoursPerWeek(), after.hoursPerWeek());
    if (limit.isEmpty() || unchanged) {
      return;
    }
    BigDecimal max = limit.get().maxPerWeek();
    if (after.hoursPerWeek() == null) {
      v.add(new Violation("hoursPerWeek", "required", "the hours a week of " + after.kind() + " are agreed, as "
          + config.name() + " limits them to " + plain(max) + quote(limit.get().source())));
    } else if (after.hoursPerWeek().compareTo(max) > 0) {
      v.add(new Violation("hoursPerWeek", "max-hours-per-week", after.kind() + " in " + config.name() + " is at most "
          + plain(max) + " hours a week" + quote(limit.get().source())));
    }
  }

  /**
   * Overbetuwe, 000 §3.4: "Om de uitgaven van het re-integratiebudget beheersbaar te houden, bepalen we
   * een maximum budget per re-integratietraject." A trajectory is a placement (ours): its grants on the
   * named budget lines add up to at most the amount. Judged when a change raises the sum.
   */
  private static void trajectoryBudget(List<Violation> v, MunicipalityConfig config,
      PlacementPolicy.TrajectoryBudget budget, Placement before, Placement after) {
    if (budget == null || budget.maxAmount() == null) {
      return;
    }
    BigDecimal total = counted(config, budget, after);
    BigDecimal earlier = before == null ? BigDecimal.ZERO : counted(config, budget, before);
    if (total.compareTo(budget.maxAmount()) <= 0 || total.compareTo(earlier) <= 0) {
      return;
    }
    List<InstrumentUse> old = before == null ? List.of() : before.instruments();
    int last = 0;
    for (int i = 0; i < after.instruments().size(); i++) {
      if (!old.contains(after.instruments().get(i)) && counts(config, budget, after.instruments().get(i))) {
        last = i;
      }
    }
    v.add(new Violation("instruments[" + last + "].amount", "trajectory-budget", "the grants of one trajectory"
        + (budget.budgetLines().isEmpty() ? "" : " on " + budget.budgetLines()) + " add up to at most € "
        + plain(budget.maxAmount()) + " in " + config.name() + "; these add up to € " + plain(total)
        + quote(budget.source())));
  }

  private static BigDecimal counted(MunicipalityConfig config, PlacementPolicy.TrajectoryBudget budget, Placement p) {
    return p.instruments().stream().filter(u -> u.amount() != null && counts(config, budget, u))
        .map(InstrumentUse::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static boolean counts(MunicipalityConfig config, PlacementPolicy.TrajectoryBudget budget, InstrumentUse use) {
    return budget.budgetLines().isEmpty() || config.instrument(use.code())
        .map(i -> i.budgetLine() != null && budget.budgetLines().contains(i.budgetLine())).orElse(false);
  }

  /**
   * Overbetuwe, 001 §3.3: "Het cluster werk en inkomen neemt de begeleidingsregimes die het UWV hanteert
   * over. Er worden vaste afspraken gemaakt met de werkgevers over de intensiteit van de begeleiding en
   * het bijbehorende bedrag." A new grant of a priced instrument names its regime and stays within it.
   */
  private static void regimeTariffs(List<Violation> v, MunicipalityConfig config, Placement before, Placement after) {
    List<InstrumentUse> old = before == null ? List.of() : before.instruments();
    JobcoachRegime regime = after.jobcoaching() == null ? null : after.jobcoaching().regime();
    for (int i = 0; i < after.instruments().size(); i++) {
      InstrumentUse use = after.instruments().get(i);
      Optional<PlacementPolicy.RegimeTariff> tariff = config.placements().tariff(use.code());
      if (old.contains(use) || tariff.isEmpty()) {
        continue;
      }
      String name = config.instrument(use.code()).map(Instrument::name).orElse(use.code());
      if (regime == null) {
        v.add(new Violation("jobcoaching.regime", "requires-regime", name + " is paid by the regime of the jobcoaching,"
            + " so the jobcoaching names its regime" + quote(tariff.get().source())));
        continue;
      }
      BigDecimal max = tariff.get().amounts().get(regime);
      if (max != null && use.amount() != null && use.amount().compareTo(max) > 0) {
        v.add(new Violation("instruments[" + i + "].amount", "regime-amount", name + " at the " + regime
            + " regime is at most € " + plain(max) + " in " + config.name() + quote(tariff.get().source())));
      }
    }
  }

  /**
   * Wijchen, 004 §4.3c: "Mensen die we activeren naar vrijwilligerswerk, komen (nog) niet in aanmerking
   * voor dienstverlening van het WerkBedrijf." Someone is being activated towards volunteering while
   * such a placement has not ended on the day the referral is sent (a planned one counts too); "(nog)":
   * once it has ended, the referral is theirs to make. Only a new referral is judged.
   */
  static List<Violation> checkReferral(MunicipalityConfig config, Referral before, Referral after,
      List<Placement> placements) {
    PlacementPolicy policy = config.placements();
    LocalDate on = after.sentOn();
    if (policy == null || before != null || on == null) {
      return List.of();
    }
    List<Violation> v = new ArrayList<>();
    for (PlacementPolicy.ReferralBar bar : policy.referralBars()) {
      boolean placed = placements.stream().anyMatch(p -> bar.whilePlaced().contains(p.kind())
          && (p.endDate() == null || !p.endDate().isBefore(on)));
      if (placed && bar.target() != null && bar.target().equals(after.target())) {
        String label = config.referralTarget(bar.target()).map(ReferralTarget::label).orElse(bar.target());
        v.add(new Violation("target", "not-while-placed", config.name() + " does not refer someone in a "
            + bar.whilePlaced() + " placement that has not ended to " + label + quote(bar.source())));
      }
    }
    return v;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  private static String quote(String source) {
    return source == null || source.isBlank() ? "" : " (" + source + ")";
  }
}
