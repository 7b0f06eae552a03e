package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.InflowReason;

/**
 * Inflow and outflow of one period by reason, counted by the file's own dates: a file whose inflow
 * date lies in [from, to] came in, one whose exit date lies in it left; a reason left empty counts as
 * "anders". The Maandrapportage ({@link FileMonitor}) and the month-by-month series ({@link
 * MonthlyFlow}) count with this one rule, so a month gives the same figures on both pages.
 */
final class FlowCounter {
  private final LocalDate from;
  private final LocalDate to;
  private final Map<InflowReason, Integer> inflow = zeros(InflowReason.class);
  private final Map<ExitReason, Integer> outflow = zeros(ExitReason.class);
  private int inflowTotal;
  private int outflowTotal;

  FlowCounter(LocalDate from, LocalDate to) {
    this.from = from;
    this.to = to;
  }

  void add(Candidate c) {
    if (c.inflow() != null && inRange(c.inflow().date())) {
      inflowTotal++;
      inflow.merge(c.inflow().reason() == null ? InflowReason.OTHER : c.inflow().reason(), 1, Integer::sum);
    }
    if (c.exit() != null && inRange(c.exit().date())) {
      outflowTotal++;
      outflow.merge(c.exit().reason() == null ? ExitReason.OTHER : c.exit().reason(), 1, Integer::sum);
    }
  }

  private boolean inRange(LocalDate day) {
    return within(day, from, to);
  }

  /** Whether a day lies in [from, to], both included; no day never does. */
  static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  /** Per reason, every reason listed (zero where none), in the order of the enum. */
  Map<InflowReason, Integer> inflow() {
    return new EnumMap<>(inflow);
  }

  Map<ExitReason, Integer> outflow() {
    return new EnumMap<>(outflow);
  }

  int inflowTotal() {
    return inflowTotal;
  }

  int outflowTotal() {
    return outflowTotal;
  }

  static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
    Map<E, Integer> map = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      map.put(e, 0);
    }
    return map;
  }
}
