package nl.trede.server.kpi;

import java.time.Instant;
import java.time.LocalDate;
import nl.trede.domain.Violations;

/**
 * A record as the server holds it: the domain record, its place in the municipality's change
 * sequence (of two ladder steps on one day, the one that reached the server last gives the rung) and
 * when it first reached the server (when a candidate's file was registered). Which of two
 * corrections counts is not the arrival order but the moment they were made ({@code
 * nl.trede.domain.Corrections}).
 */
public record Synced<T>(T record, long seq, Instant syncedAt) {
  public LocalDate syncedOn() {
    return syncedAt.atZone(Violations.ZONE).toLocalDate();
  }
}
