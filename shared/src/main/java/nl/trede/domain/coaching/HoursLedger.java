package nl.trede.domain.coaching;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Corrections;

/**
 * Sums coaching hours the way the consulent reads them: only the entries in force after corrections
 * ({@link Corrections}) count.
 */
public final class HoursLedger {
  private HoursLedger() {}

  /**
   * Quarter hours booked on a placement.
   *
   * @param replaced an entry to leave out (the one being corrected now), or null
   */
  public static int quarterHours(List<CoachingHours> entries, UUID placementId, UUID replaced) {
    return sum(effective(entries, replaced).stream().filter(h -> placementId.equals(h.placementId())).toList());
  }

  /** Quarter hours booked on a placement in [from, to]. */
  public static int quarterHoursBetween(List<CoachingHours> entries, UUID placementId, LocalDate from, LocalDate to) {
    return sum(inForceBetween(entries, placementId, from, to));
  }

  /**
   * The entries in force on a placement in [from, to], by day: what a week's confirmation lists
   * (and confirms, each by a correction of the very entry that counts now).
   */
  public static List<CoachingHours> inForceBetween(List<CoachingHours> entries, UUID placementId, LocalDate from,
      LocalDate to) {
    return effective(entries, null).stream()
        .filter(h -> placementId.equals(h.placementId()) && !h.date().isBefore(from) && !h.date().isAfter(to))
        .sorted(Comparator.comparing(CoachingHours::date).thenComparing(h -> h.id().toString()))
        .toList();
  }

  /** The quarter hours of these entries, however they were chosen. */
  public static int sum(List<CoachingHours> entries) {
    return entries.stream().mapToInt(h -> h.quarterHours() == null ? 0 : h.quarterHours()).sum();
  }

  static List<CoachingHours> effective(List<CoachingHours> entries, UUID replaced) {
    // The one rule of what is in force (two offline corrections of one entry count once, as in the
    // console and the figures); the entry being corrected now is left out on top of it.
    return Corrections.inForce(entries).stream().filter(h -> !h.id().equals(replaced)).toList();
  }
}
