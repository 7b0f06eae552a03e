package nl.trede.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Violations;
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

  private final List<Synced<Candidate>> files = new ArrayList<>();

  MonthlyFlowTest() {
    file("Anna", "2025-12-01", BEFORE_TREDE, null, null, null);
    file("Bram", "2025-12-01", BEFORE_TREDE, null, "2026-01-20", ExitReason.WORK);
    file("Cor", "2025-12-01", BEFORE_TREDE, null, "2026-02-28", ExitReason.MOVED);
    file("Dirk", "2025-12-01", BEFORE_TREDE, null, null, null);
    file("Eva", "2026-01-05", "2026-01-05", InflowReason.NEW_APPLICATION, null, null);
    file("Fleur", "2026-02-03", "2026-02-01", InflowReason.STATUS_HOLDER, null, null);
    // No reason recorded: counted as "anders".
    file("Gijs", "2026-02-10", "2026-02-10", null, "2026-03-10", ExitReason.EDUCATION);
    // Opened on a day after today: not in any month yet.
    file("Hans", "2026-03-14", "2026-03-20", InflowReason.NEW_APPLICATION, null, null);
    // Opened in November 2025 but registered in Trede only on 15 February: in the file from then on.
    file("Ilse", "2026-02-15", "2025-11-01", InflowReason.WORK_TO_WORK, null, null);
    file("Jan", "2025-12-01", BEFORE_TREDE, null, "2025-12-15", ExitReason.OTHER_BENEFIT);
  }

  @Test
  void theCurrentYearRunsToTodayWithTheFileAtTheStartOfEachMonthAndItsFlowsByReason() {
    MonthlyFlow.Result r = MonthlyFlow.compute(files, 2026, TODAY);

    assertThat(r.months()).extracting(MonthlyFlow.Month::month)
        .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    // March is counted up to today; Hans's inflow on the 20th is not in it.
    assertThat(r.months().get(2).to()).isEqualTo(TODAY);
    // Start of January (end of 31-12-2025): Anna, Bram, Cor, Dirk; Jan left in December, Ilse was not registered.
    assertThat(r.months()).extracting(MonthlyFlow.Month::openAtStart).containsExactly(4, 4, 6);
    assertThat(r.months()).extracting(MonthlyFlow.Month::inflowTotal).containsExactly(1, 2, 0);
    assertThat(r.months()).extracting(MonthlyFlow.Month::outflowTotal).containsExactly(1, 1, 1);
    // End of February: 4 + 2 - 1 = 5, and Ilse, registered on 15-02 with her inflow in 2025: 6.
    assertThat(r.months()).extracting(MonthlyFlow.Month::openAtEnd).containsExactly(4, 6, 5);
    MonthlyFlow.Month february = r.months().get(1);
    assertThat(february.inflow()).containsEntry(InflowReason.STATUS_HOLDER, 1).containsEntry(InflowReason.OTHER, 1)
        .containsEntry(InflowReason.NEW_APPLICATION, 0).hasSize(InflowReason.values().length);
    assertThat(february.outflow()).containsEntry(ExitReason.MOVED, 1).containsEntry(ExitReason.WORK, 0);
    assertThat(r.months().get(2).outflow()).containsEntry(ExitReason.EDUCATION, 1);
  }

  @Test
  void theRatesAreShareOfTheFileAtTheStartOfTheMonthAndTheYearsRateIsTheirMean() {
    MonthlyFlow.Result r = MonthlyFlow.compute(files, 2026, TODAY);

    // Inflow 1/4, 2/4, 0/6; outflow 1/4, 1/4, 1/6.
    assertThat(r.months()).extracting(MonthlyFlow.Month::inflowRate).containsExactly(0.25, 0.5, 0.0);
    assertThat(r.months().get(2).outflowRate()).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(r.meanInflowRate()).isCloseTo(0.25, within(1e-9));
    assertThat(r.meanOutflowRate()).isCloseTo((0.25 + 0.25 + 1.0 / 6) / 3, within(1e-9));
    assertThat(r.inflowTotal()).isEqualTo(3);
    assertThat(r.outflowTotal()).isEqualTo(3);
    assertThat(r.inflow()).containsEntry(InflowReason.NEW_APPLICATION, 1).containsEntry(InflowReason.STATUS_HOLDER, 1)
        .containsEntry(InflowReason.OTHER, 1);
    assertThat(r.outflow()).containsEntry(ExitReason.WORK, 1).containsEntry(ExitReason.MOVED, 1)
        .containsEntry(ExitReason.EDUCATION, 1);
    assertThat(List.of(r.openAtStart(), r.openAtEnd())).containsExactly(4, 5);
  }

  @Test
  void aPastYearHasTwelveMonthsAndAMonthWithNothingOpenHasNoRate() {
    MonthlyFlow.Result r = MonthlyFlow.compute(files, 2025, TODAY);

    assertThat(r.months()).hasSize(12);
    assertThat(r.months().get(11).to()).isEqualTo(LocalDate.of(2025, 12, 31));
    // Nothing was registered before 01-12-2025: no file at the start of any month, so no rate, though
    // Ilse came in in November and Jan left in December.
    assertThat(r.months()).extracting(MonthlyFlow.Month::openAtStart).containsOnly(0);
    assertThat(r.months().get(10).inflow()).containsEntry(InflowReason.WORK_TO_WORK, 1);
    assertThat(r.months().get(11).outflow()).containsEntry(ExitReason.OTHER_BENEFIT, 1);
    assertThat(r.months().get(11).outflowRate()).isNull();
    assertThat(r.meanInflowRate()).isNull();
    assertThat(r.months().get(11).openAtEnd()).isEqualTo(4);
    assertThat(MonthlyFlow.compute(files, 2027, TODAY).months()).isEmpty();
  }

  @Test
  void aMonthCountsTheSameInflowAndOutflowAsTheMaandrapportage() {
    LocalDate from = LocalDate.of(2026, 2, 1);
    LocalDate to = LocalDate.of(2026, 2, 28);
    FileMonitor.Result monitor = FileMonitor.compute(files.stream().map(s ->
        new nl.trede.domain.candidate.CandidateFile(s.record(), List.of(), List.of(), List.of())).toList(),
        null, List.of(), from, to);
    MonthlyFlow.Month february = MonthlyFlow.compute(files, 2026, TODAY).months().get(1);

    assertThat(february.inflow()).isEqualTo(monitor.inflow());
    assertThat(february.outflow()).isEqualTo(monitor.outflow());
  }

  private void file(String name, String registered, String opened, InflowReason why, String closed, ExitReason reason) {
    UUID id = UUID.nameUUIDFromBytes(("monthly-flow-test:" + name).getBytes(StandardCharsets.UTF_8));
    Candidate c = new Candidate(id, name, "Test", LocalDate.of(1980, 5, 5), null, null, null, List.of(),
        LocalDate.of(2024, 1, 1), Set.of(), Map.of(), null, List.of(), List.of(), null,
        opened == null ? null : new Inflow(LocalDate.parse(opened), why),
        closed == null ? null : new Exit(LocalDate.parse(closed), reason), null, null, null);
    files.add(new Synced<>(c, files.size() + 1,
        LocalDate.parse(registered).atTime(LocalTime.NOON).atZone(Violations.ZONE).toInstant()));
  }
}
