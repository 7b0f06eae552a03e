package nl.trede.server.office.visits;

import java.math.BigDecimal;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.sync.RecordType;

/** Hours of coaching booked on a file. */
public record CoachingHoursEntry(Common common, CoachingHours booked) implements VisitEntry {
  @Override
  public RecordType type() {
    return RecordType.COACHING_HOURS;
  }

  @Override
  public BigDecimal hours() {
    return booked.hours();
  }
}
