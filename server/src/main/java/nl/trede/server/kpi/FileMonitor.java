package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.Dimension;
import nl.trede.config.Instrument;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;

/**
 * The monitor of "Van cliënt naar kandidaat" (001 §5.1), the monthly management report, for a
 * period [from, to]; its reference date is {@code to}. Definitions in docs/kpis.md.
 *
 * <ul>
 *   <li>Open on a day: opened (inflow) on or before it, or from before Trede, and not closed (exit)
 *       on or before it — the same rule as the field app's {@code Candidate.isOpenOn}.</li>
 *   <li>Files, the split by a dimension and the target groups: files open on the reference date,
 *       with the classification and flags they had at the end of it.</li>
 *   <li>Bijstandsdossiers (001 §5.1 "aantal bijstandsdossiers"): files open on the reference date
 *       with benefit then; persons without benefit (work to work, 000 §5.1) apart.</li>
 *   <li>In a trajectory: files open on some day of the period with a placement of that kind running
 *       on some day of it. A regular job is work, not a trajectory: counted apart.</li>
 *   <li>Inflow and outflow: files opened or closed on a day of the period, by reason.</li>
 * </ul>
 */
public final class FileMonitor {
  private FileMonitor() {}

  /** One value of the dimension: its key (or null for "not yet classified"), how many files. */
  public record Share(String key, String label, int files) {}

  /**
   * Files open on the reference date in each special group of the report.
   *
   * @param shelteredWork with an indication for sheltered work, or in a sheltered-work placement, or both
   * @param wageCostSubsidyPlacements with a placement running on the reference date that holds a
   *     wage-cost subsidy from the catalogue
   */
  public record Groups(int targetGroupRegister, int shelteredIndication, int inShelteredWork, int shelteredWork,
      int statusHolders, int wageCostSubsidy, int wageCostSubsidyPlacements) {}

  /**
   * @param split per value of the dimension, in the configuration's order, then "not yet classified"
   *     (key null) and the values the scheme no longer knows, each as its own line (to review)
   * @param toReview files whose value the scheme no longer knows
   * @param withBenefit files open on the reference date with benefit then: the bijstandsdossiers
   * @param withoutBenefit files open on the reference date without benefit then
   * @param inTrajectory per placement kind but the regular job, files with such a placement in the period
   * @param anyTrajectory files with any trajectory in the period (each once)
   * @param inRegularJob files with a regular job running in the period: no trajectory
   */
  public record Result(LocalDate from, LocalDate to, String dimension, int open, int withBenefit,
      int withoutBenefit, List<Share> split, int unclassified, int toReview, Map<PlacementKind, Integer> inTrajectory,
      int anyTrajectory, int inRegularJob, int openInPeriod, Map<InflowReason, Integer> inflow, int inflowTotal, Map<ExitReason, Integer> outflow,
      int outflowTotal, Groups groups) {}

  /**
   * A catalogue entry for loonkostensubsidie: its code or name says so. Catalogues are the
   * municipality's own; the shipped ones name it "loonkostensubsidie".
   */
  public static boolean isWageCostSubsidy(Instrument instrument) {
    return instrument.code().toLowerCase(Locale.ROOT).contains("loonkostensubsidie")
        || (instrument.name() != null && instrument.name().toLowerCase(Locale.ROOT).contains("loonkostensubsidie"));
  }

  /**
   * @param dimension the dimension to split by; null for a municipality without classification
   * @param wageCostSubsidyCodes catalogue codes of loonkostensubsidie ({@link #isWageCostSubsidy})
   */
  public static Result compute(Collection<CandidateFile> files, Dimension dimension,
      Collection<String> wageCostSubsidyCodes, LocalDate from, LocalDate to) {
    Map<String, Integer> perValue = new LinkedHashMap<>();
    if (dimension != null) {
      dimension.values().forEach(v -> perValue.put(v.key(), 0));
    }
    Map<String, Integer> stale = new LinkedHashMap<>();
    int open = 0;
    int unclassified = 0;
    int openInPeriod = 0;
    Map<PlacementKind, Set<UUID>> trajectories = new EnumMap<>(PlacementKind.class);
    Set<UUID> anyTrajectory = new HashSet<>();
    Set<UUID> inRegularJob = new HashSet<>();
    int withBenefit = 0;
    FlowCounter flows = new FlowCounter(from, to);
    GroupCounter groups = new GroupCounter();
    for (CandidateFile file : files) {
      Candidate current = file.candidate();
      UUID id = current.id();
      flows.add(current);
      if (KpiCalculator.openInPeriod(current, from, to)) {
        openInPeriod++;
        for (Placement p : file.placements()) {
          if (p.kind() == PlacementKind.REGULAR_JOB && p.overlaps(from, to)) {
            inRegularJob.add(id);
          } else if (p.kind() != null && p.overlaps(from, to)) {
            trajectories.computeIfAbsent(p.kind(), k -> new HashSet<>()).add(id);
            anyTrajectory.add(id);
          }
        }
      }
      if (!current.isOpenOn(to)) {
        continue;
      }
      open++;
      withBenefit += current.monthsOnBenefitOn(to).isPresent() ? 1 : 0;
      Candidate then = file.candidateOn(to);
      if (dimension != null) {
        String value = then.classification().get(dimension.key());
        if (value == null) {
          unclassified++;
        } else if (dimension.value(value).isPresent()) {
          perValue.merge(value, 1, Integer::sum);
        } else {
          stale.merge(value, 1, Integer::sum);
        }
      }
      groups.count(file, then, to, wageCostSubsidyCodes);
    }
    List<Share> split = new ArrayList<>();
    if (dimension != null) {
      perValue.forEach((key, n) -> split.add(new Share(key, dimension.labelOf(key), n)));
      split.add(new Share(null, null, unclassified));
      stale.forEach((key, n) -> split.add(new Share(key, null, n)));
    }
    Map<PlacementKind, Integer> inTrajectory = FlowCounter.zeros(PlacementKind.class);
    inTrajectory.remove(PlacementKind.REGULAR_JOB);
    trajectories.forEach((kind, ids) -> inTrajectory.put(kind, ids.size()));
    int toReview = stale.values().stream().mapToInt(Integer::intValue).sum();
    return new Result(from, to, dimension == null ? null : dimension.key(), open, withBenefit, open - withBenefit,
        split, unclassified, toReview, inTrajectory, anyTrajectory.size(), inRegularJob.size(), openInPeriod,
        flows.inflow(), flows.inflowTotal(), flows.outflow(), flows.outflowTotal(), groups.groups());
  }

  /** Counts the open files of each target group on the last day of the period. */
  private static final class GroupCounter {
    private int register;
    private int indication;
    private int inSheltered;
    private int sheltered;
    private int statusHolders;
    private int wageCostSubsidy;
    private int wageCostSubsidyPlacements;

    void count(CandidateFile file, Candidate then, LocalDate to, Collection<String> wageCostSubsidyCodes) {
      boolean hasIndication = then.flags().contains(CandidateFlag.SHELTERED_WORK_INDICATION);
      boolean inShelteredWork = file.placements().stream()
          .anyMatch(p -> p.kind() == PlacementKind.SHELTERED_WORK && p.isActiveOn(to));
      register += then.flags().contains(CandidateFlag.TARGET_GROUP_REGISTER) ? 1 : 0;
      indication += hasIndication ? 1 : 0;
      inSheltered += inShelteredWork ? 1 : 0;
      sheltered += hasIndication || inShelteredWork ? 1 : 0;
      statusHolders += then.flags().contains(CandidateFlag.STATUS_HOLDER) ? 1 : 0;
      wageCostSubsidy += then.flags().contains(CandidateFlag.WAGE_COST_SUBSIDY) ? 1 : 0;
      boolean subsidised = file.placements().stream().filter(p -> p.isActiveOn(to))
          .flatMap(p -> p.instruments().stream()).map(InstrumentUse::code).anyMatch(wageCostSubsidyCodes::contains);
      wageCostSubsidyPlacements += subsidised ? 1 : 0;
    }

    Groups groups() {
      return new Groups(register, indication, inSheltered, sheltered, statusHolders, wageCostSubsidy,
          wageCostSubsidyPlacements);
    }
  }

}
