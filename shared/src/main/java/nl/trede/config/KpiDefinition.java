package nl.trede.config;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A council's goal as a figure. Two shapes (docs/kpis.md):
 * <ul>
 *   <li>a share: of the {@code population}, at least {@code targetPercent} meet {@code success} in
 *       the period, each inside their own file window. E.g. Overbetuwe: "40% van inwoners in deze
 *       groep maakt een stap op de participatieladder" (000 §5.3, §6.1);</li>
 *   <li>a net change, when {@code baseline} is set: how many are in the {@code population} on the
 *       period's last day against how many were on the baseline day, as a change in percent against
 *       {@code targetPercent} (negative: a fall). E.g. Lansingerland: "het aantal
 *       bijstandsgerechtigden ... te verlagen met 15%" (002 §1.2) is {@code targetPercent: -15}.</li>
 * </ul>
 *
 * @param period the span the target runs over (Overbetuwe's plan year), which sets the default period
 * @param review how often the figure is discussed ("maandelijks besproken", 000 §7); the console
 *     shows the course of the period at each review; {@code null}: as often as {@code period}
 * @param baseline the day a net change is counted from; {@code null} for a share
 * @param counted what the figure counts, in plain Dutch, with {@code {successes}}, {@code
 *     {population}} and {@code {period}} filled in by the console; {@code null}: a general sentence
 */
public record KpiDefinition(
    String key,
    String title,
    String description,
    Population population,
    Condition success,
    BigDecimal targetPercent,
    PeriodKind period,
    String source,
    PeriodKind review,
    LocalDate baseline,
    String counted) {

  public KpiDefinition(String key, String title, String description, Population population, Condition success,
      BigDecimal targetPercent, PeriodKind period, String source) {
    this(key, title, description, population, success, targetPercent, period, source, null, null, null);
  }

  /** How often it is discussed: {@code review}, or as often as its period. */
  public PeriodKind reviewedPer() {
    return review == null ? period : review;
  }

  /** A net change in the number in the population since {@code baseline}, rather than a share. */
  public boolean isNetChange() {
    return baseline != null;
  }
}
