package nl.trede.server.kpi;

import java.time.Instant;
import java.time.LocalDate;
import nl.trede.domain.Violations;

/**
 * A record as the server holds it: the domain record, its place in the municipality's change
 * sequence (which of two corrections of one entry came last) and when it first reached the server
 * (when a candidate's file was registered).
 */
public record Synced<T>(T record, long seq, Instant syncedAt) {
  public LocalDate syncedOn() {
    return syncedAt.atZone(Violations.ZONE).toLocalDate();
  }
}
