package nl.trede.server.office.monitoring;

import java.util.List;
import nl.trede.config.Dimension;
import nl.trede.server.kpi.KpiService;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.OfficeText;

/**
 * A dashboard over a period that the office may break down by one of the municipality's
 * classification dimensions: the choice of dimension and the reading of period and dimension are
 * here once; the dashboard says what it shows for them.
 */
abstract class DimensionDashboard extends DescribedDashboard {
  protected final KpiService kpis;
  protected final OfficeText t;

  protected DimensionDashboard(About about, KpiService kpis, OfficeText t) {
    super(about);
    this.kpis = kpis;
    this.t = t;
  }

  @Override
  public final List<Option> options(OfficeUser user) {
    return Dashboards.dimensionOption(kpis.configuration(user.tenantId()), t);
  }

  @Override
  public final List<Panel> panels(OfficeUser user, Selection selection) {
    Dimension dimension = Dashboards.dimension(kpis.configuration(user.tenantId()), selection).orElse(null);
    return panels(user, selection.period(), dimension);
  }

  /** @param dimension the dimension chosen to break figures down by; null for none */
  abstract List<Panel> panels(OfficeUser user, Period period, Dimension dimension);
}
