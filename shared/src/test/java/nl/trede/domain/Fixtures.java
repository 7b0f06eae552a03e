package nl.trede.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.candidate.ParticipationHours;
import nl.trede.domain.candidate.Plan;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.domain.ladder.LadderStep;

/** Valid example records on a fixed clock; tests change one thing and look at what breaks. */
public final class Fixtures {
  /** Tuesday 24 November 2026, 10:00 in Amsterdam. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  public static final UUID COACH = UUID.fromString("0190a1b2-0000-7000-8000-00000000c0ac");
  public static final UUID CANDIDATE = UUID.fromString("0190a1b2-0000-7000-8000-0000000ca4d1");
  public static final UUID EMPLOYER = UUID.fromString("0190a1b2-0000-7000-8000-00000000e4b1");

  private Fixtures() {}

  public static Candidate candidate() {
    return new Candidate(CANDIDATE, "Sanne", "de Jong", LocalDate.of(1990, 3, 14), "06-12345678",
        "Dorpsstraat 1, Elst", COACH, List.of(COACH), LocalDate.of(2024, 5, 1),
        Set.of(CandidateFlag.WAGE_COST_SUBSIDY, CandidateFlag.LANGUAGE_BELOW_LEVEL),
        Map.of("spoor", "groei"), 60,
        List.of(new Exemption(ExemptionKind.JOB_APPLICATION_DUTY, "tijdelijke medische beperking", TODAY.plusMonths(6))),
        List.of(new ParticipationHours(ParticipationActivity.VOLUNTEERING, new BigDecimal("12"))),
        new Plan("Vrijwilligerswerk als opstap", "Wekelijks gesprek", 12, 14, "Integrale aanpak"));
  }

  public static Contact contact() {
    return new Contact(UUID.fromString("0190a1b2-0000-7000-8000-0000000c0e01"), CANDIDATE, null, COACH,
        LocationType.HOME, Instant.parse("2026-11-23T13:00:00Z"), 45, "partner", "Huisbezoek",
        "Volgende week bellen", TODAY.plusDays(14), false, false, null);
  }

  public static LadderStep ladderStep() {
    return new LadderStep(UUID.fromString("0190a1b2-0000-7000-8000-0000000ad5e1"), CANDIDATE, 2, 3, TODAY,
        "Doet mee aan de training Aan het werk", COACH, null);
  }

  public static CoachingHours coachingHours() {
    return new CoachingHours(UUID.fromString("0190a1b2-0000-7000-8000-000000000c41"), CANDIDATE, EMPLOYER,
        TODAY, 6, CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, COACH, "Inwerken op de nieuwe taak",
        "Marco Willems", Instant.parse("2026-11-24T08:00:00Z"), null);
  }

  public static Employer employer() {
    return new Employer(EMPLOYER, "Distributiecentrum Park15", "12345678", Sector.TRANSPORT_AND_LOGISTICS,
        "Park15-Allee 1, Oosterhout", "Marco Willems", "0481-123456", "m.willems@example.nl", true, false);
  }

  public static Vacancy vacancy() {
    return new Vacancy(UUID.fromString("0190a1b2-0000-7000-8000-0000000fac01"), EMPLOYER, "Orderpicker",
        List.of("Orders verzamelen met handscanner", "Rolcontainers laden"), new BigDecimal("24"),
        Set.of(Requirement.DUTCH_LANGUAGE_LEVEL, Requirement.FORKLIFT_CERTIFICATE), "A2", true,
        VacancyStatus.OPEN, TODAY.minusDays(3), COACH);
  }
}
