package nl.trede.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.config.MunicipalityConfig;
import nl.trede.server.config.Municipalities;

/** Shared by the KPI tests: the shipped configurations, and a hand-computed figure to compare with. */
final class KpiFigures {
  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate TO = LocalDate.of(2025, 12, 31);

  private KpiFigures() {}

  /** A shipped configuration, read and validated as the server reads it at start. */
  static MunicipalityConfig shipped(String municipality) {
    return new Municipalities(List.of(municipality), null, Clock.systemUTC()).find(municipality).orElseThrow();
  }

  /** What a hand computation says: population, successes (by name), percentage and whether the target is met. */
  record Expected(String key, List<String> population, List<String> successes, String percentage, Boolean met) {}

  static Expected expect(String key, List<String> population, List<String> successes, String percentage, Boolean met) {
    return new Expected(key, population, successes, percentage, met);
  }

  /** Compares every KPI of the report with the hand computation, names included. */
  static void assertFigures(KpiReport report, List<TestFile> files, Expected... expected) {
    Map<UUID, String> names = files.stream().collect(Collectors.toMap(f -> f.id, f -> f.name));
    Map<String, KpiResult> byKey = report.kpis().stream().collect(Collectors.toMap(KpiResult::key, Function.identity()));
    assertThat(byKey.keySet()).as("the KPIs of the configuration")
        .containsExactlyInAnyOrderElementsOf(List.of(expected).stream().map(Expected::key).toList());
    for (Expected e : expected) {
      KpiResult r = byKey.get(e.key());
      assertThat(r.populationIds().stream().map(names::get).toList()).as(e.key() + " population")
          .containsExactlyInAnyOrderElementsOf(e.population());
      assertThat(r.successIds().stream().map(names::get).toList()).as(e.key() + " successes")
          .containsExactlyInAnyOrderElementsOf(e.successes());
      assertThat(r.populationSize()).as(e.key()).isEqualTo(e.population().size());
      assertThat(r.successes()).as(e.key()).isEqualTo(e.successes().size());
      if (e.percentage() == null) {
        assertThat(r.percentage()).as(e.key() + " percentage").isNull();
      } else {
        assertThat(r.percentage()).as(e.key() + " percentage").isEqualByComparingTo(new BigDecimal(e.percentage()));
      }
      assertThat(r.met()).as(e.key() + " met").isEqualTo(e.met());
    }
  }
}
