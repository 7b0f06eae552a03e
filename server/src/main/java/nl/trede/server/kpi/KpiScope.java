package nl.trede.server.kpi;

/**
 * Whose records a figure is computed over: one municipality, and within it either everything (office,
 * admin) or the files in one user's caseload (a case manager sees figures of their own caseload).
 *
 * @param caseloadOf null for the whole municipality
 */
public record KpiScope(String tenantId, String caseloadOf) {
  public static KpiScope municipality(String tenantId) {
    return new KpiScope(tenantId, null);
  }

  public static KpiScope caseload(String tenantId, String userId) {
    return new KpiScope(tenantId, userId);
  }
}
