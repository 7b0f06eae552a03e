package nl.trede.server.kpi;

import nl.trede.server.sync.FileScope;

/**
 * Whose records a figure is computed over: one municipality, and within it the files a user reaches
 * ({@link FileScope}): everything for office and admin, a case manager's own caseload.
 */
public record KpiScope(String tenantId, FileScope files) {
  public static KpiScope municipality(String tenantId) {
    return new KpiScope(tenantId, FileScope.municipality());
  }

  public static KpiScope caseload(String tenantId, String userId) {
    return new KpiScope(tenantId, FileScope.caseloadOf(userId));
  }
}
