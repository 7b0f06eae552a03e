package nl.trede.server.office.monitoring;

import nl.trede.server.kpi.KpiScope;
import nl.trede.server.office.OfficeUser;

/** Helpers the dashboards share. */
final class Dashboards {
  private Dashboards() {}

  /** A case manager's figures cover their own caseload; office and admin the municipality. */
  static KpiScope scope(OfficeUser user) {
    return user.limitedToCaseload() ? KpiScope.caseload(user.tenantId(), user.userId())
        : KpiScope.municipality(user.tenantId());
  }

  static double share(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
