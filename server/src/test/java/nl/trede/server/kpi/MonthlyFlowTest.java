package nl.trede.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.Inflow;
import nl.trede.domain.candidate.InflowReason;
import org.junit.jupiter.api.Test;

/**
 * Inflow and outflow month by month (003 §1B, 000 §2.1) against the hand computation in docs/kpis.md,
 * "In- en uitstroom per maand: worked example". Today is 15-03-2026.
 */
class MonthlyFlowTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final String BEFORE_TREDE = null;

  private final List<Candidate> files = new ArrayList<>();

  MonthlyFlowTest() {
    file("Anna", BEFORE_TREDE, null, null, null);
    file("Bram", BEFORE_TREDE, null, "2026-01-20", ExitReason.WORK);
    file("Cor", BEFORE_TREDE, null, "2026-02-28", ExitReason.MOVED);
    file("Dirk", BEFORE_TREDE, null, null, null);
    file("Eva", "2026-01-05", InflowReason.NEW_APPLICATION, null, null);
    file("Fleur", "2026-02-01", InflowReason.STATUS_HOLDER, null, null);
    // No reason recorded: counted as "anders".
    file("Gijs", "2026-02-10", null, "2026-03-10", ExitReason.EDUCATION);
    // Opened on a day after today: not in any month yet.
    file("Hans", "2026-03-20", InflowReason.NEW_APPLICATION, null, null);
    file("Ilse", "2025-11-01", InflowReason.WORK_TO_WORK, null, null);
    file("Jan", BEFORE_TREDE, null, "2025-12-15", ExitReason.OTHER_BENEFIT);
  }

  @Test
  void theCurrentYearRunsToTodayWithTheFileAtTheStartOfEachMonthAndItsFlowsByReason() {
    MonthlyFlow.Result r = MonthlyFlow.compute(files, 2026, TODAY);

    assertThat(r.months()).extracting(MonthlyFlow.Month::month)
        .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    // March is counted up to today; Hans's inflow on the 20th is not in it.
    assertThat(r.months().get(2).to()).isEqualTo(TODAY);
    // Start of January (end of 31-12-2025): Anna, Bram, Cor, Dirk and Ilse; Jan left in December.
    assertThat(r.months()).extracting(MonthlyFlow.Month::openAtStart).containsExactly(5, 5, 6);
    assertThat(r.months()).extracting(MonthlyFlow.Month::inflowTotal).containsExactly(1, 2, 0);
    assertThat(r.months()).extracting(MonthlyFlow.Month::outflowTotal).containsExactly(1, 1, 1);
    // Each month's end is its start, plus inflow, less outflow, and the next month's start.
    assertThat(r.months()).extracting(MonthlyFlow.Month::openAtEnd).containsExactly(5, 6, 5);
    MonthlyFlow.Month february = r.months().get(1);
    assertThat(february.inflow()).containsEntry(InflowReason.STATUS_HOLDER, 1).containsEntry(InflowReason.OTHER, 1)
        .containsEntry(InflowReason.NEW_APPLICATION, 0).hasSize(InflowReason.values().length);
    assertThat(february.outflow()).containsEntry(ExitReason.MOVED, 1).containsEntry(ExitReason.WORK, 0);
    assertThat(r.months().get(2).outflow()).containsEntry(ExitReason.EDUCATION, 1);
  }

  @Test
  void theRatesAreShareOfTheFileAtTheStartOfTheMonthAndTheYearsRateIsTheirMean() {
    MonthlyFlow.Result r = MonthlyFlow.compute(files, 2026, TODAY);

    // Inflow 1/5, 2/5, 0/6; outflow 1/5, 1/5, 1/6.
    assertThat(r.months()).extracting(MonthlyFlow.Month::inflowRate).containsExactly(0.2, 0.4, 0.0);
    assertThat(r.months().get(2).outflowRate()).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(r.meanInflowRate()).isCloseTo(0.2, within(1e-9));
    assertThat(r.meanOutflowRate()).isCloseTo((0.2 + 0.2 + 1.0 / 6) / 3, within(1e-9));
    assertThat(r.inflowTotal()).isEqualTo(3);
    assertThat(r.outflowTotal()).isEqualTo(3);
    assertThat(r.inflow()).containsEntry(InflowReason.NEW_APPLICATION, 1).containsEntry(InflowReason.STATUS_HOLDER, 1)
        .containsEntry(InflowReason.OTHER, 1);
    assertThat(r.outflow()).containsEntry(ExitReason.WORK, 1).containsEntry(ExitReason.MOVED, 1)
        .containsEntry(ExitReason.EDUCATION, 1);
    assertThat(List.of(r.openAtStart(), r.openAtEnd())).containsExactly(5, 5);
  }

  @Test
  void aPastYearHasTwelveMonthsAndAMonthWithNothingOpenHasNoRate() {
    MonthlyFlow.Result r = MonthlyFlow.compute(files, 2025, TODAY);

    assertThat(r.months()).hasSize(12);
    assertThat(r.months().get(11).to()).isEqualTo(LocalDate.of(2025, 12, 31));
    // Files from before Trede count as open all along: 5 each month, until Ilse came and Jan left.
    assertThat(r.months()).extracting(MonthlyFlow.Month::openAtStart).containsExactly(5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
        5, 6);
    assertThat(r.months().get(10).inflow()).containsEntry(InflowReason.WORK_TO_WORK, 1);
    assertThat(r.months().get(11).outflow()).containsEntry(ExitReason.OTHER_BENEFIT, 1);
    // Eleven months without inflow and November's 1/5: a mean of 1/60; December's 1/6 over twelve: 1/72.
    assertThat(r.meanInflowRate()).isCloseTo(1.0 / 60, within(1e-9));
    assertThat(r.meanOutflowRate()).isCloseTo(1.0 / 72, within(1e-9));
    assertThat(MonthlyFlow.compute(files, 2027, TODAY).months()).isEmpty();
    MonthlyFlow.Result none = MonthlyFlow.compute(List.of(), 2025, TODAY);
    assertThat(none.months()).extracting(MonthlyFlow.Month::inflowRate).containsOnlyNulls();
    assertThat(none.meanInflowRate()).isNull();
  }

  @Test
  void aMonthCountsTheSameFilesAndFlowsAsTheMaandrapportage() {
    LocalDate from = LocalDate.of(2026, 2, 1);
    LocalDate to = LocalDate.of(2026, 2, 28);
    FileMonitor.Result monitor = FileMonitor.compute(files.stream().map(c ->
        new nl.trede.domain.candidate.CandidateFile(c, List.of(), List.of(), List.of())).toList(), null, List.of(), from, to);
    MonthlyFlow.Month february = MonthlyFlow.compute(files, 2026, TODAY).months().get(1);

    assertThat(february.inflow()).isEqualTo(monitor.inflow());
    assertThat(february.outflow()).isEqualTo(monitor.outflow());
    assertThat(february.openAtEnd()).isEqualTo(monitor.open());
  }

  private void file(String name, String opened, InflowReason why, String closed, ExitReason reason) {
    UUID id = UUID.nameUUIDFromBytes(("monthly-flow-test:" + name).getBytes(StandardCharsets.UTF_8));
    files.add(new Candidate(id, name, "Test", LocalDate.of(1980, 5, 5), null, null, null, List.of(),
        LocalDate.of(2024, 1, 1), Set.of(), Map.of(), null, List.of(), List.of(), null,
        opened == null ? null : new Inflow(LocalDate.parse(opened), why),
        closed == null ? null : new Exit(LocalDate.parse(closed), reason), null, null, null));
  }
}
