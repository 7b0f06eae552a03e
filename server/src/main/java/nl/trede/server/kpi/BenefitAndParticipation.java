package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.candidate.ParticipationHours;

/**
 * Months on benefit and hours of taking part per week (Lansingerland's yearly report, 002 §2.4,
 * §6.2), at a reference date. Definitions in docs/kpis.md.
 *
 * <ul>
 *   <li>Population: candidates whose file exists (not deleted), was registered on or before the
 *       reference date and is open on it (opened on or before it, not closed on or before it).</li>
 *   <li>Months on benefit: whole calendar months from the benefit start date to the reference date;
 *       candidates without benefit then (no start date, or one after the reference) are counted
 *       apart, not as zero.</li>
 *   <li>Hours of taking part: the sum of the weekly hours registered per activity. The file keeps the
 *       current hours only, so this is today's registration whatever the reference date.</li>
 * </ul>
 */
public final class BenefitAndParticipation {
  /** Lower bounds of the month bands: 0–5, 6–11, 12–23, 24–35, 36–59, 60 and more. */
  public static final int[] MONTH_BANDS = {0, 6, 12, 24, 36, 60};
  /** Lower bounds of the hour bands, above zero: (0–8), 8–16, 16–24, 24–32, 32 and more. */
  public static final int[] HOUR_BANDS = {0, 8, 16, 24, 32};

  private BenefitAndParticipation() {}

  /**
   * @param monthBands counts per {@link #MONTH_BANDS} band
   * @param hourBands index 0: no hours; then per {@link #HOUR_BANDS} band
   */
  public record Result(LocalDate reference, int population, int withBenefit, int withoutBenefit,
      double medianMonths, double meanMonths, int[] monthBands, int takingPart,
      BigDecimal meanHoursTakingPart, int[] hourBands, List<PerActivity> perActivity) {}

  public record PerActivity(ParticipationActivity activity, int candidates, BigDecimal hours) {
    public BigDecimal meanHours() {
      return candidates == 0 ? BigDecimal.ZERO
          : hours.divide(BigDecimal.valueOf(candidates), 1, java.math.RoundingMode.HALF_UP);
    }
  }

  public static Result compute(List<Synced<Candidate>> candidates, LocalDate reference) {
    List<Long> months = new ArrayList<>();
    int[] monthBands = new int[MONTH_BANDS.length];
    int[] hourBands = new int[HOUR_BANDS.length + 1];
    Map<ParticipationActivity, int[]> activityCount = new EnumMap<>(ParticipationActivity.class);
    Map<ParticipationActivity, BigDecimal> activityHours = new EnumMap<>(ParticipationActivity.class);
    int population = 0;
    int takingPart = 0;
    BigDecimal hoursTakingPart = BigDecimal.ZERO;
    for (Synced<Candidate> s : candidates) {
      // 002 §6.2 reports on "inwoners met een bijstandsuitkering": only files open on the reference
      // date, so a file closed before it adds no months and no hours.
      if (!OpenFiles.on(reference, s.syncedOn(), s.record())) {
        continue;
      }
      population++;
      Candidate c = s.record();
      Optional<Integer> onBenefit = c.monthsOnBenefitOn(reference);
      if (onBenefit.isPresent()) {
        long m = onBenefit.get();
        months.add(m);
        monthBands[band(MONTH_BANDS, m)]++;
      }
      BigDecimal hours = BigDecimal.ZERO;
      for (ParticipationHours p : c.participation()) {
        if (p.hoursPerWeek() == null || p.activity() == null) {
          continue;
        }
        hours = hours.add(p.hoursPerWeek());
        if (p.hoursPerWeek().signum() > 0) {
          activityCount.computeIfAbsent(p.activity(), k -> new int[1])[0]++;
          activityHours.merge(p.activity(), p.hoursPerWeek(), BigDecimal::add);
        }
      }
      if (hours.signum() > 0) {
        takingPart++;
        hoursTakingPart = hoursTakingPart.add(hours);
        hourBands[1 + band(HOUR_BANDS, hours.doubleValue())]++;
      } else {
        hourBands[0]++;
      }
    }
    months.sort(Long::compare);
    double median = Double.NaN;
    double mean = Double.NaN;
    if (!months.isEmpty()) {
      int n = months.size();
      median = n % 2 == 1 ? months.get(n / 2) : (months.get(n / 2 - 1) + months.get(n / 2)) / 2.0;
      mean = months.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
    }
    List<PerActivity> perActivity = new ArrayList<>();
    for (ParticipationActivity a : ParticipationActivity.values()) {
      int[] count = activityCount.get(a);
      perActivity.add(new PerActivity(a, count == null ? 0 : count[0], activityHours.getOrDefault(a, BigDecimal.ZERO)));
    }
    BigDecimal meanHours = takingPart == 0 ? BigDecimal.ZERO
        : hoursTakingPart.divide(BigDecimal.valueOf(takingPart), 1, java.math.RoundingMode.HALF_UP);
    return new Result(reference, population, months.size(), population - months.size(), median, mean,
        monthBands, takingPart, meanHours, hourBands, perActivity);
  }

  /** The band a value falls in: the last lower bound it reaches (shared with AgeAndBenefitDuration). */
  static int band(int[] lowerBounds, double value) {
    int band = 0;
    for (int i = 0; i < lowerBounds.length; i++) {
      if (value >= lowerBounds[i]) {
        band = i;
      }
    }
    return band;
  }
}
