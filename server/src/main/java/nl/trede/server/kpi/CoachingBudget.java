package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.config.BudgetLine;
import nl.trede.domain.Corrections;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.placement.Jobcoaching;
import nl.trede.domain.placement.Placement;

/**
 * Jobcoach hours against what was budgeted and granted (000 Bijlage A: the consulent sets the
 * coaching's duration and watches it; 000 §7: the budgets are reviewed monthly). Definitions in
 * docs/kpis.md.
 *
 * <ul>
 *   <li>Per month: the hours in force dated in the month ({@link CoachingHoursReport}) against the
 *       hours per month the municipality's budget lines allow for jobcoaching, together.</li>
 *   <li>Per placement with jobcoaching running on some day of the period: the hours booked on it
 *       (entries naming the placement) from its start up to the end of the period, against the hours
 *       granted for the whole coaching.</li>
 *   <li>Past the planned end: placements still running on the last day of the period whose
 *       coaching's planned end lies before it ({@link Placement#coachingOverrun}), with the hours
 *       booked after the planned end.</li>
 * </ul>
 */
public final class CoachingBudget {
  private CoachingBudget() {}

  /** A budget line that pays jobcoaching and the hours it allows per month. */
  public record Line(String key, String label, int hoursPerMonth) {}

  /** @param budget the hours all lines allow in a month; null when no line sets any */
  public record Month(YearMonth month, BigDecimal hours, Integer budget) {
    public Double share() {
      return budget == null || budget == 0 ? null : hours.doubleValue() / budget;
    }
  }

  /**
   * A placement with jobcoaching.
   *
   * @param used hours booked on the placement up to the end of the period
   * @param inPeriod of those, dated in the period
   * @param granted hours granted for the whole coaching; null when none were recorded
   * @param sincePlannedEnd hours booked after the coaching's planned end (up to the end of the period)
   * @param daysPastPlannedEnd days from the planned end to the end of the period; 0 when not past it
   */
  public record Coached(UUID placementId, UUID candidateId, String candidate, UUID employerId, String organisation,
      CoachKind coachKind, UUID jobcoachId, String coachName, LocalDate start, LocalDate plannedEnd,
      Integer granted, BigDecimal used, BigDecimal inPeriod, boolean overrun, long daysPastPlannedEnd,
      BigDecimal sincePlannedEnd) {

    public boolean overGranted() {
      return granted != null && used.compareTo(BigDecimal.valueOf(granted)) > 0;
    }

    public Double shareUsed() {
      return granted == null || granted == 0 ? null : used.doubleValue() / granted;
    }
  }

  /**
   * @param budgetPerMonth the hours all lines allow per month; null when no line sets any
   * @param withoutPlacement hours in the period booked without a placement Trede knows
   * @param report the hours per month, employer and jobcoach the budget is compared with
   */
  public record Result(LocalDate from, LocalDate to, List<Line> lines, Integer budgetPerMonth, List<Month> perMonth,
      BigDecimal hours, Integer budget, List<Coached> coached, List<Coached> overruns, BigDecimal withoutPlacement,
      CoachingHoursReport.Result report) {}

  public static Result compute(List<BudgetLine> budgetLines, List<Synced<CandidateFile>> files,
      List<Synced<CoachingHours>> entries, LocalDate from, LocalDate to) {
    List<Line> lines = new ArrayList<>();
    for (BudgetLine b : budgetLines) {
      if (b.coachingHoursPerMonth() != null) {
        lines.add(new Line(b.key(), b.label(), b.coachingHoursPerMonth()));
      }
    }
    Integer perMonthBudget = lines.isEmpty() ? null : lines.stream().mapToInt(Line::hoursPerMonth).sum();
    CoachingHoursReport.Result report = CoachingHoursReport.compute(entries, from, to);
    List<Month> months = new ArrayList<>();
    for (CoachingHoursReport.Month m : report.perMonth()) {
      months.add(new Month(m.month(), m.hours(), perMonthBudget));
    }

    List<CoachingHours> inForce = Corrections.inForce(entries, Synced::record)
        .stream().map(Synced::record).filter(h -> h.date() != null && !h.date().isAfter(to)).toList();
    Map<UUID, List<CoachingHours>> byPlacement = new HashMap<>();
    for (CoachingHours h : inForce) {
      if (h.placementId() != null) {
        byPlacement.computeIfAbsent(h.placementId(), k -> new ArrayList<>()).add(h);
      }
    }
    Map<UUID, Placement> placements = new LinkedHashMap<>();
    Map<UUID, String> names = new HashMap<>();
    for (Synced<CandidateFile> f : files) {
      for (Placement p : f.record().placements()) {
        placements.put(p.id(), p);
        names.put(p.id(), f.record().candidate().displayName());
      }
    }
    BigDecimal withoutPlacement = BigDecimal.ZERO;
    for (CoachingHours h : inForce) {
      if (!h.date().isBefore(from) && (h.placementId() == null || !placements.containsKey(h.placementId()))) {
        withoutPlacement = withoutPlacement.add(h.hours());
      }
    }
    List<Coached> coached = new ArrayList<>();
    for (Placement p : placements.values()) {
      Jobcoaching j = p.jobcoaching();
      if (j == null || j.coachKind() == null || !p.overlaps(from, to)) {
        continue;
      }
      BigDecimal used = BigDecimal.ZERO;
      BigDecimal inPeriod = BigDecimal.ZERO;
      BigDecimal since = BigDecimal.ZERO;
      for (CoachingHours h : byPlacement.getOrDefault(p.id(), List.of())) {
        used = used.add(h.hours());
        if (!h.date().isBefore(from)) {
          inPeriod = inPeriod.add(h.hours());
        }
        if (j.plannedEndDate() != null && h.date().isAfter(j.plannedEndDate())) {
          since = since.add(h.hours());
        }
      }
      boolean overrun = p.coachingOverrun(to);
      long days = overrun ? ChronoUnit.DAYS.between(j.plannedEndDate(), to) : 0;
      coached.add(new Coached(p.id(), p.candidateId(), names.get(p.id()), p.employerId(), p.organisation(),
          j.coachKind(), j.jobcoachId(), j.coachName(), p.startDate(), j.plannedEndDate(), j.grantedHours(), used,
          inPeriod, overrun, days, since));
    }
    coached.sort(Comparator.comparing((Coached c) -> c.shareUsed() == null ? -1 : c.shareUsed()).reversed()
        .thenComparing(Coached::candidate));
    List<Coached> overruns = coached.stream().filter(Coached::overrun)
        .sorted(Comparator.comparingLong(Coached::daysPastPlannedEnd).reversed().thenComparing(Coached::candidate))
        .toList();
    Integer budget = perMonthBudget == null ? null : perMonthBudget * months.size();
    return new Result(from, to, lines, perMonthBudget, months, report.hours(), budget, coached, overruns,
        withoutPlacement, report);
  }
}
