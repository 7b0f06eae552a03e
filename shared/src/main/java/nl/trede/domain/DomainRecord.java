package nl.trede.domain;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A record that travels through sync: it has a client-made id and validates itself. */
public interface DomainRecord {
  UUID id();

  /**
   * The candidate whose file this record belongs to, which decides who may see it; {@code null}
   * for records outside any candidate file (employers, vacancies, employer contacts).
   */
  UUID fileCandidateId();

  /** The user who made the record, for types that name one (RecordType#authorField); else null. */
  default UUID author() {
    return null;
  }

  /**
   * The record of the same type and file this one corrects, for append-only history (contacts,
   * ladder steps, coaching hours); null otherwise.
   */
  default UUID correctsId() {
    return null;
  }

  /**
   * Whether this record, a correction, says that what it corrects did not happen: then no version
   * of that entry is in force ({@link Corrections}). Only a contact or an employer contact can
   * withdraw; false otherwise.
   */
  default boolean withdrawn() {
    return false;
  }

  /** Every violated rule, empty when the record is valid. */
  List<Violation> validate(Clock clock);

  default void requireValid(Clock clock) {
    List<Violation> violations = validate(clock);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }
}
