package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.candidate.ParticipationHours;
import nl.trede.domain.candidate.Plan;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.ladder.LadderStep;

/**
 * The fixed data set of docs/kpis.md ("Worked example"): six candidates and their contacts, ladder
 * steps and coaching hours, small enough to compute every figure by hand. Records get change
 * sequence numbers in the order they are made here.
 */
final class KpiDataSet {
  static final LocalDate REFERENCE = LocalDate.of(2026, 3, 31);
  static final LocalDate DATE_A = LocalDate.of(2026, 1, 1);

  static final UUID COACH_1 = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
  static final UUID COACH_2 = UUID.fromString("00000000-0000-4000-8000-0000000000c2");
  static final UUID CASE_MANAGER = UUID.fromString("00000000-0000-4000-8000-0000000000e1");
  static final UUID JOBCOACH_1 = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
  static final UUID JOBCOACH_2 = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
  static final UUID EMPLOYER_P = UUID.fromString("00000000-0000-4000-8000-0000000000f1");
  static final UUID EMPLOYER_Q = UUID.fromString("00000000-0000-4000-8000-0000000000f2");

  static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
  static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
  static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");
  static final UUID D = UUID.fromString("00000000-0000-4000-8000-00000000000d");
  static final UUID E = UUID.fromString("00000000-0000-4000-8000-00000000000e");
  static final UUID F = UUID.fromString("00000000-0000-4000-8000-00000000000f");

  private long seq;
  final List<Synced<Candidate>> candidates = new ArrayList<>();
  final List<Synced<Contact>> contacts = new ArrayList<>();
  final List<Synced<LadderStep>> steps = new ArrayList<>();
  final List<Synced<CoachingHours>> hours = new ArrayList<>();

  KpiDataSet() {
    LocalDate registered = LocalDate.of(2025, 1, 10);
    candidate(A, List.of(COACH_1), CASE_MANAGER, 14, LocalDate.of(2024, 1, 15), registered,
        List.of(hours(ParticipationActivity.VOLUNTEERING, 8), hours(ParticipationActivity.PART_TIME_WORK, 12)));
    candidate(B, List.of(COACH_1, COACH_2), CASE_MANAGER, 30, LocalDate.of(2025, 6, 1), registered, List.of());
    candidate(C, List.of(), CASE_MANAGER, null, null, registered, List.of(hours(ParticipationActivity.EDUCATION, 4)));
    candidate(D, List.of(COACH_2), CASE_MANAGER, 7, LocalDate.of(2020, 3, 31), LocalDate.of(2026, 3, 15),
        List.of(hours(ParticipationActivity.DAY_ACTIVITIES, 32)));
    candidate(E, List.of(), null, 60, LocalDate.of(2026, 4, 1), registered, List.of());
    candidate(F, List.of(COACH_1), CASE_MANAGER, 14, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 4, 10), List.of());

    // A: spoken to on 1 Feb and 1 Mar; did not show up on 10 Mar.
    contact(A, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10), false, null);
    contact(A, LocalDate.of(2026, 3, 1), null, false, null);
    contact(A, LocalDate.of(2026, 3, 10), null, true, null);
    // B: a contact on 28 Mar, corrected: it really was on 20 Feb with the next one agreed for 1 Mar.
    UUID wrong = contact(B, LocalDate.of(2026, 3, 28), null, false, null);
    contact(B, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 1), false, wrong);
    // D: a contact after the reference date only.
    contact(D, LocalDate.of(2026, 4, 2), null, false, null);
    // E: next contact agreed on the reference date itself.
    contact(E, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 31), false, null);

    step(A, null, 2, LocalDate.of(2025, 6, 1), null);
    step(A, 2, 3, LocalDate.of(2026, 2, 1), null);
    step(B, null, 4, LocalDate.of(2025, 5, 1), null);
    step(B, 4, 3, LocalDate.of(2026, 3, 1), null);
    UUID tooHigh = step(B, 3, 5, LocalDate.of(2026, 3, 10), null);
    step(B, 3, 3, LocalDate.of(2026, 3, 10), tooHigh);
    step(C, null, 1, LocalDate.of(2026, 2, 15), null);
    step(D, null, 3, LocalDate.of(2026, 3, 16), null);
    step(E, null, 2, LocalDate.of(2025, 12, 1), null);
    step(E, null, 4, LocalDate.of(2025, 12, 1), null);

    booking(A, EMPLOYER_P, LocalDate.of(2026, 1, 10), 8, JOBCOACH_1, CoachKind.MUNICIPAL, null);
    UUID h2 = booking(A, EMPLOYER_P, LocalDate.of(2026, 2, 5), 6, JOBCOACH_1, CoachKind.MUNICIPAL, null);
    UUID h3 = booking(B, EMPLOYER_Q, LocalDate.of(2026, 2, 20), 4, JOBCOACH_2, CoachKind.EXTERNAL, null);
    booking(B, EMPLOYER_Q, LocalDate.of(2026, 4, 2), 8, JOBCOACH_2, CoachKind.EXTERNAL, null);
    booking(A, EMPLOYER_P, LocalDate.of(2026, 2, 5), 10, JOBCOACH_1, CoachKind.MUNICIPAL, h2);
    booking(B, EMPLOYER_Q, LocalDate.of(2026, 2, 20), 0, JOBCOACH_2, CoachKind.EXTERNAL, h3);
    booking(B, EMPLOYER_Q, LocalDate.of(2026, 2, 21), 2, JOBCOACH_2, CoachKind.INTERNAL, h3);
    UUID h8 = booking(D, EMPLOYER_P, LocalDate.of(2025, 12, 31), 4, JOBCOACH_1, CoachKind.MUNICIPAL, null);
    booking(D, EMPLOYER_P, LocalDate.of(2026, 1, 2), 4, JOBCOACH_1, CoachKind.MUNICIPAL, h8);
  }

  private static ParticipationHours hours(ParticipationActivity activity, int perWeek) {
    return new ParticipationHours(activity, BigDecimal.valueOf(perWeek));
  }

  private void candidate(UUID id, List<UUID> coaches, UUID caseManager, Integer frequency, LocalDate benefit,
      LocalDate registered, List<ParticipationHours> participation) {
    Plan plan = frequency == null ? null : new Plan("Doel", "Steun", 12, frequency, "Onderbouwing");
    candidates.add(new Synced<>(new Candidate(id, "Kandidaat", id.toString().substring(35), LocalDate.of(1990, 1, 1),
        null, null, caseManager, coaches, benefit, Set.of(), Map.of(), null, List.of(), participation, plan, null, null, null, null, null),
        ++seq, at(registered)));
  }

  private UUID contact(UUID candidate, LocalDate day, LocalDate next, boolean noShow, UUID corrects) {
    UUID id = UUID.randomUUID();
    contacts.add(new Synced<>(new Contact(id, candidate, null, COACH_1, LocationType.HOME, at(day), noShow ? 0 : 30,
        null, "Gesprek", null, next, noShow, false, corrects), ++seq, at(day)));
    return id;
  }

  private UUID step(UUID candidate, Integer from, int to, LocalDate date, UUID corrects) {
    UUID id = UUID.randomUUID();
    steps.add(new Synced<>(new LadderStep(id, candidate, from, to, date, "Reden", COACH_1, corrects), ++seq, at(date)));
    return id;
  }

  private UUID booking(UUID candidate, UUID employer, LocalDate date, int quarters, UUID author, CoachKind kind,
      UUID corrects) {
    UUID id = UUID.randomUUID();
    hours.add(new Synced<>(new CoachingHours(id, candidate, employer, date, quarters, CoachingActivity.ON_SITE_COACHING,
        kind, author, null, null, null, corrects, null), ++seq, at(date)));
    return id;
  }

  /** 10:00 in the Netherlands on that day. */
  private static Instant at(LocalDate day) {
    return day.atTime(10, 0).atZone(Violations.ZONE).toInstant();
  }
}
