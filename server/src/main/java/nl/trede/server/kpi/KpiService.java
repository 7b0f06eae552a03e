package nl.trede.server.kpi;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.trede.config.KpiDefinition;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PeriodKind;
import nl.trede.domain.CandidateFile;
import nl.trede.server.config.InstalledConfiguration;

/**
 * A municipality's KPIs from its stored files, as its installed configuration defines them: what
 * the office console shows. The figures themselves come from {@link KpiCalculator}.
 */
@Singleton
public class KpiService {
  private final InstalledConfiguration configuration;
  private final CandidateFileLoader loader;

  public KpiService(InstalledConfiguration configuration, CandidateFileLoader loader) {
    this.configuration = configuration;
    this.loader = loader;
  }

  /** Every KPI over one period [from, to], both days included. */
  public KpiReport compute(String tenantId, LocalDate from, LocalDate to) {
    Optional<MunicipalityConfig> config = configuration.of(tenantId);
    if (config.isEmpty()) {
      return new KpiReport(tenantId, tenantId, 0, from, to, List.of());
    }
    return KpiCalculator.compute(config.get(), loader.load(tenantId), from, to);
  }

  /**
   * Every KPI over its own review period so far: the calendar month, quarter or year (its {@link
   * PeriodKind}) that holds {@code today}, up to and including today.
   */
  public KpiReport current(String tenantId, LocalDate today) {
    Optional<MunicipalityConfig> config = configuration.of(tenantId);
    if (config.isEmpty()) {
      return new KpiReport(tenantId, tenantId, 0, today, today, List.of());
    }
    List<CandidateFile> files = loader.load(tenantId);
    List<KpiResult> results = new ArrayList<>();
    for (KpiDefinition kpi : config.get().kpis()) {
      results.add(KpiCalculator.compute(kpi, files, periodStart(kpi.period(), today), today));
    }
    LocalDate from = results.stream().map(KpiResult::from).min(Comparator.naturalOrder()).orElse(today);
    return new KpiReport(config.get().municipality(), config.get().name(), config.get().version(), from, today,
        results);
  }

  /** The first day of the calendar month, quarter or year that holds this day. */
  public static LocalDate periodStart(PeriodKind kind, LocalDate day) {
    return switch (kind) {
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR -> day.withDayOfYear(1);
    };
  }
}
