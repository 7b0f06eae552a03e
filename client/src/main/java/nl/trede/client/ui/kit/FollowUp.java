package nl.trede.client.ui.kit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How an employer's follow-up (EmployerContact#followUp) is marked in the list and on its page:
 * "Opvolging verlopen" once the day has passed, "Terugbellen vóór …" from a week ahead; nothing
 * when it is further off or there is none. The week is ours: the jobhunter plans the coming week's
 * calls and visits.
 */
public final class FollowUp {
  /** How far ahead a follow-up shows as due. */
  public static final int DUE_WITHIN_DAYS = 7;

  private FollowUp() {}

  public static Optional<String> of(LocalDate followUp, LocalDate today, Messages messages) {
    if (followUp == null || followUp.isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
      return Optional.empty();
    }
    return Optional.of(followUp.isBefore(today)
        ? messages.get("employerContact.followUpOverdue", messages.date(followUp))
        : messages.get("employerContact.followUpDue", messages.date(followUp)));
  }

  /** Whether the follow-up day has passed. */
  public static boolean overdue(LocalDate followUp, LocalDate today) {
    return followUp != null && followUp.isBefore(today);
  }
}
