package nl.trede.client.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of "Mijn kandidaten".
 *
 * @param rung the toRung of the latest ladder step by date; {@code null} before an intake
 * @param nextContactDue the next contact agreed at the latest contact, or else the last contact
 *     plus the plan's contact frequency; {@code null} when neither is known
 */
public record CaseloadEntry(
    UUID candidateId,
    String displayName,
    Integer rung,
    Instant lastContactAt,
    LocalDate nextContactDue,
    SyncState syncState) {

  public boolean overdue(LocalDate today) {
    return nextContactDue != null && nextContactDue.isBefore(today);
  }
}
