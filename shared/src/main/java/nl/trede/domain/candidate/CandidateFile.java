package nl.trede.domain.candidate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.trede.domain.Corrections;
import nl.trede.domain.Violations;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.WorkplaceSignals;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;

/**
 * A candidate with their history, as figures and rules read it. Only history entries in force
 * after corrections are kept ({@link Corrections}: the correction replaces what it names, and of
 * two corrections of one entry the one made last counts).
 *
 * @param history the versions of the candidate record, oldest first, the last being {@code
 *     candidate}; how the classification and flags moved (003 §1B "doorstroom"). Empty when unknown:
 *     then the current record stands for every day.
 * @param groupContacts the days of group sessions the candidate attended that count as contact
 *     moments (002 §4.4); which do is {@code nl.trede.config.GroupContacts}'s rule, applied by whoever
 *     builds the file, since the session and the municipality's kinds are not in it. Oldest first.
 */
public record CandidateFile(
    Candidate candidate, List<LadderStep> steps, List<Placement> placements, List<Contact> contacts,
    List<Version> history, List<LocalDate> groupContacts) {

  private static final ZoneId ZONE = Violations.ZONE;

  /**
   * A version of the candidate record and the day it took effect: on the server, the day it was
   * received (a change made offline counts from the day it reached the server).
   */
  public record Version(LocalDate from, Candidate candidate) {}

  public CandidateFile {
    // A stable sort: of two steps on one day the later in the given order counts (the server gives
    // them in the order it received them, so the one that reached it last).
    steps = Corrections.inForce(steps == null ? List.<LadderStep>of() : steps).stream()
        .sorted(Comparator.comparing(LadderStep::date)).toList();
    placements = placements == null ? List.of() : List.copyOf(placements);
    contacts = Corrections.inForce(contacts == null ? List.<Contact>of() : contacts);
    // A stable sort: versions of one day keep the order in which they were made.
    history = history == null ? List.of()
        : history.stream().sorted(Comparator.comparing(Version::from)).toList();
    groupContacts = groupContacts == null ? List.of() : groupContacts.stream().sorted().toList();
  }

  /** A file without group contacts (a municipality none of whose kinds of session counts as one). */
  public CandidateFile(Candidate candidate, List<LadderStep> steps, List<Placement> placements,
      List<Contact> contacts, List<Version> history) {
    this(candidate, steps, placements, contacts, history, List.of());
  }

  /** A file whose candidate record's history is unknown: the current record stands for every day. */
  public CandidateFile(Candidate candidate, List<LadderStep> steps, List<Placement> placements,
      List<Contact> contacts) {
    this(candidate, steps, placements, contacts, List.of());
  }

  /**
   * The candidate record as it was at the end of this day: its classification and flags then.
   * Before the first known version, the first version (a file from before Trede is taken as it was
   * when Trede first saw it).
   */
  public Candidate candidateOn(LocalDate day) {
    if (history.isEmpty()) {
      return candidate;
    }
    Candidate on = history.get(0).candidate();
    for (Version version : history) {
      if (version.from().isAfter(day)) {
        break;
      }
      on = version.candidate();
    }
    return on;
  }

  /**
   * Whether the value of a classification dimension changed, on a day within [from, to], from
   * another value to one of {@code values}. A first classification ("nog niet ingedeeld" to a value)
   * is not a movement.
   */
  public boolean movedBetween(String dimension, java.util.Collection<String> values, LocalDate from, LocalDate to) {
    for (int i = 1; i < history.size(); i++) {
      Version version = history.get(i);
      if (version.from().isBefore(from) || version.from().isAfter(to)) {
        continue;
      }
      String before = history.get(i - 1).candidate().classification().get(dimension);
      String now = version.candidate().classification().get(dimension);
      if (before != null && now != null && !before.equals(now) && values.contains(now)) {
        return true;
      }
    }
    return false;
  }

  /** The rung at the end of this day: the latest step on or before it; empty before the intake. */
  public Optional<Integer> rungOn(LocalDate day) {
    Integer rung = null;
    for (LadderStep step : steps) {
      if (!step.date().isAfter(day)) {
        rung = step.toRung();
      }
    }
    return Optional.ofNullable(rung);
  }

  public int ageOn(LocalDate day) {
    return candidate.ageOn(day);
  }

  /** Whole months on benefit on this day; empty for candidates without benefit. */
  public Optional<Integer> monthsOnBenefit(LocalDate day) {
    return candidate.monthsOnBenefitOn(day);
  }

  /**
   * The kind of benefit on this day, as the months on benefit from the current record (a corrected
   * kind counts back, as a corrected start date does); empty for candidates without benefit.
   */
  public Optional<BenefitKind> benefitKindOn(LocalDate day) {
    return candidate.benefitKindOn(day);
  }

  /** A contact that took place (not a no-show), or a group contact attended, within [from, to]. */
  public boolean contactedBetween(LocalDate from, LocalDate to) {
    return contacts.stream().filter(c -> !c.noShow() && c.occurredAt() != null).anyMatch(c -> {
      LocalDate day = c.occurredAt().atZone(ZONE).toLocalDate();
      return !day.isBefore(from) && !day.isAfter(to);
    }) || groupContacts.stream().anyMatch(day -> !day.isBefore(from) && !day.isAfter(to));
  }

  /** The latest group contact attended on or before this day ({@link #groupContacts}). */
  public Optional<LocalDate> lastGroupContactOn(LocalDate day) {
    return groupContacts.stream().filter(d -> !d.isAfter(day)).max(Comparator.naturalOrder());
  }

  /**
   * The latest contact where the candidate showed up, on or before this day: a no-show is not a
   * conversation (000 §5.3 "spreken") and does not reset the contact clock.
   */
  public Optional<Contact> lastConversationOn(LocalDate day) {
    return contacts.stream()
        .filter(c -> !c.noShow() && c.occurredAt() != null && !c.occurredAt().atZone(ZONE).toLocalDate().isAfter(day))
        .max(Comparator.comparing(Contact::occurredAt));
  }

  /** The latest contact on or before this day, no-shows included (they are contacts too). */
  public Optional<Contact> lastContactOn(LocalDate day) {
    return contacts.stream()
        .filter(c -> c.occurredAt() != null && !c.occurredAt().atZone(ZONE).toLocalDate().isAfter(day))
        .max(Comparator.comparing(Contact::occurredAt));
  }

  /** The workplace signals still open on this day (002 §3.4.3, {@link WorkplaceSignals}'s rule). */
  public List<WorkplaceSignals.Open> openSignals(LocalDate day) {
    return WorkplaceSignals.open(contacts, candidate.caseManagerId(), day);
  }
}
