package nl.trede.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Something that happened in a candidate's file (a contact, a ladder step, coaching hours): recorded
 * once, never changed, corrected by a later entry that names it ({@link #correctsId()}). What the
 * timelines, the visit log and the figures ask of every such entry, asked of the record itself
 * instead of read from its JSON by field name.
 */
public interface HistoryEntry extends DomainRecord {

  /** The candidate whose file it is in; null only for a contact with an employer alone (either kind). */
  UUID candidateId();

  /** Who recorded it: set once by the pushing user, never changed. */
  UUID authorId();

  /** The day it happened, in Dutch time. */
  LocalDate eventDate();

  /** The moment it happened, for entries kept to the minute (contacts); empty for those kept by the day. */
  Optional<Instant> eventTime();

  /** For ordering: the moment, or for an entry kept by the day the start of that day in Dutch time. */
  default Instant eventAt() {
    return eventTime().orElseGet(() -> eventDate().atStartOfDay(Violations.ZONE).toInstant());
  }

  @Override
  default UUID fileCandidateId() {
    return candidateId();
  }

  @Override
  default UUID author() {
    return authorId();
  }

  /** An entry kept by the day (ladder steps, coaching hours): it happened on its {@link #date()}. */
  interface ByDay extends HistoryEntry {
    LocalDate date();

    @Override
    default LocalDate eventDate() {
      return date();
    }

    @Override
    default Optional<Instant> eventTime() {
      return Optional.empty();
    }
  }
}
