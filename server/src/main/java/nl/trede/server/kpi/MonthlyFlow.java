package nl.trede.server.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.InflowReason;

/**
 * Inflow and outflow of the file month by month, by reason, and as a rate of the file (003 §1B: "Op
 * dit moment is er vooral zicht op de instroom en uitstroom"; 000 §2.1: "De gemiddelde instroom in de
 * afgelopen 4 jaar ligt tussen de 1,8% en 2,5%. De uitstroom varieert iets meer en is gemiddeld
 * tussen de 1,6% en 2,9%"). Definitions and a worked example in docs/kpis.md.
 *
 * <ul>
 *   <li>The months of a year: January to December; in the current year up to the month of today,
 *       that month ending today. A later year has no months.</li>
 *   <li>Inflow and outflow of a month: {@link FlowCounter}, the Maandrapportage's rule.</li>
 *   <li>Open at the start of a month: the files open at the end of the day before its first day by
 *       their own dates ({@code Candidate.isOpenOn}, as the Maandrapportage counts its files); open
 *       at the end: the same on its last day. Not {@link OpenFiles}: that is the picture the office
 *       could have had on one day (registered by then); a series rebuilds the file's history from its
 *       dates, so that the start, plus inflow, less outflow, is the end, also for months before the
 *       files were registered in Trede (an import of the existing file, decision 0060).</li>
 *   <li>Rate: inflow (outflow) ÷ open at the start, the share 000 §2.1 gives per month; none when
 *       nothing was open. The year's rate is the mean of its months' rates (ours: the seed says
 *       "gemiddeld" without saying how), over the months that have one.</li>
 * </ul>
 */
public final class MonthlyFlow {
  private MonthlyFlow() {}

  /** One month: the days counted ({@code to} is today in the current month), its stock and flows. */
  public record Month(YearMonth month, LocalDate from, LocalDate to, int openAtStart, int openAtEnd,
      Map<InflowReason, Integer> inflow, int inflowTotal, Map<ExitReason, Integer> outflow, int outflowTotal) {
    public Double inflowRate() {
      return openAtStart == 0 ? null : (double) inflowTotal / openAtStart;
    }

    public Double outflowRate() {
      return openAtStart == 0 ? null : (double) outflowTotal / openAtStart;
    }
  }

  /**
   * @param inflow per reason over the year's months; likewise {@code outflow}
   * @param meanInflowRate the mean of the months' inflow rates; null when no month had files open
   */
  public record Result(int year, List<Month> months, Map<InflowReason, Integer> inflow, int inflowTotal,
      Map<ExitReason, Integer> outflow, int outflowTotal, Double meanInflowRate, Double meanOutflowRate) {
    /** Open at the start of the year (of its first month); 0 for a year without months. */
    public int openAtStart() {
      return months.isEmpty() ? 0 : months.get(0).openAtStart();
    }

    public int openAtEnd() {
      return months.isEmpty() ? 0 : months.get(months.size() - 1).openAtEnd();
    }
  }

  /** @param today the last day a figure may cover: months after it are not shown */
  public static Result compute(Collection<Candidate> candidates, int year, LocalDate today) {
    List<Month> months = new ArrayList<>();
    Map<InflowReason, Integer> inflow = FlowCounter.zeros(InflowReason.class);
    Map<ExitReason, Integer> outflow = FlowCounter.zeros(ExitReason.class);
    int inflowTotal = 0;
    int outflowTotal = 0;
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      LocalDate from = month.atDay(1);
      if (from.isAfter(today)) {
        break;
      }
      LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
      Month counted = month(candidates, month, from, to);
      months.add(counted);
      counted.inflow().forEach((reason, n) -> inflow.merge(reason, n, Integer::sum));
      counted.outflow().forEach((reason, n) -> outflow.merge(reason, n, Integer::sum));
      inflowTotal += counted.inflowTotal();
      outflowTotal += counted.outflowTotal();
    }
    return new Result(year, months, inflow, inflowTotal, outflow, outflowTotal,
        mean(months.stream().map(Month::inflowRate).toList()), mean(months.stream().map(Month::outflowRate).toList()));
  }

  private static Month month(Collection<Candidate> candidates, YearMonth month, LocalDate from, LocalDate to) {
    FlowCounter flows = new FlowCounter(from, to);
    LocalDate dayBefore = from.minusDays(1);
    int atStart = 0;
    int atEnd = 0;
    for (Candidate c : candidates) {
      flows.add(c);
      atStart += c.isOpenOn(dayBefore) ? 1 : 0;
      atEnd += c.isOpenOn(to) ? 1 : 0;
    }
    return new Month(month, from, to, atStart, atEnd, flows.inflow(), flows.inflowTotal(),
        flows.outflow(), flows.outflowTotal());
  }

  private static Double mean(List<Double> rates) {
    List<Double> known = rates.stream().filter(r -> r != null).toList();
    return known.isEmpty() ? null : known.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }
}
