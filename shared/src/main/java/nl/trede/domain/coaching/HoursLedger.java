package nl.trede.domain.coaching;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Sums coaching hours the way the consulent reads them: a correction replaces the entry it names
 * (CoachingHours), so only entries no other entry corrects count.
 */
public final class HoursLedger {
  private HoursLedger() {}

  /**
   * Quarter hours booked on a placement.
   *
   * @param replaced an entry to leave out (the one being corrected now), or null
   */
  public static int quarterHours(List<CoachingHours> entries, UUID placementId, UUID replaced) {
    return effective(entries, replaced).stream()
        .filter(h -> placementId.equals(h.placementId()))
        .mapToInt(h -> h.quarterHours() == null ? 0 : h.quarterHours()).sum();
  }

  /** Quarter hours booked on a placement in [from, to]. */
  public static int quarterHoursBetween(List<CoachingHours> entries, UUID placementId, LocalDate from, LocalDate to) {
    return effective(entries, null).stream()
        .filter(h -> placementId.equals(h.placementId()) && !h.date().isBefore(from) && !h.date().isAfter(to))
        .mapToInt(h -> h.quarterHours() == null ? 0 : h.quarterHours()).sum();
  }

  static List<CoachingHours> effective(List<CoachingHours> entries, UUID replaced) {
    Set<UUID> corrected = new HashSet<>();
    if (replaced != null) {
      corrected.add(replaced);
    }
    entries.forEach(h -> {
      if (h.correctsId() != null) {
        corrected.add(h.correctsId());
      }
    });
    return entries.stream().filter(h -> !corrected.contains(h.id())).toList();
  }
}
