package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's KPIs as its configuration defines them, computed over a period.
 *
 * @param configVersion the version of the configuration file the KPIs come from; 0 when the
 *     municipality has none
 * @param from the first day asked for (with {@link KpiService#current}, the earliest of the KPIs' periods)
 * @param to the last day asked for
 */
public record KpiReport(String municipality, String name, int configVersion, LocalDate from, LocalDate to,
    List<KpiResult> kpis) {

  public KpiReport {
    kpis = List.copyOf(kpis);
  }
}
