package nl.trede.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.AmountTier;
import nl.trede.config.BudgetLine;
import nl.trede.config.CaseloadGroup;
import nl.trede.config.ClassificationMigration;
import nl.trede.config.Condition;
import nl.trede.config.ContactPolicy;
import nl.trede.config.ContactRule;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;
import nl.trede.config.Instrument;
import nl.trede.config.InstrumentConditions;
import nl.trede.config.InstrumentKind;
import nl.trede.config.JobcoachingPolicy;
import nl.trede.config.KpiDefinition;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PeriodKind;
import nl.trede.config.Population;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.Inflow;
import nl.trede.domain.candidate.InflowReason;
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
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.Jobcoaching;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;

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
        new Plan("Vrijwilligerswerk als opstap", "Wekelijks gesprek", 12, 14, "Integrale aanpak"),
        new Inflow(LocalDate.of(2024, 5, 1), InflowReason.NEW_APPLICATION), null, Set.of(Requirement.VCA), "A2",
        new BigDecimal("24"));
  }

  /** A referral to the WerkBedrijf, sent ten days ago and not answered yet. */
  public static nl.trede.domain.referral.Referral referral() {
    return new nl.trede.domain.referral.Referral(UUID.fromString("0190a1b2-0000-7000-8000-0000000ef001"), CANDIDATE,
        COACH, "werkbedrijf", null, "Bemiddeling naar werk", nl.trede.domain.referral.ReferralStatus.SENT,
        TODAY.minusDays(10), null, null, null, null);
  }

  /** A maatregel: the benefit lowered by 20 % for three months after a missed appointment. */
  public static nl.trede.domain.obligation.ObligationMeasure obligationMeasure() {
    return new nl.trede.domain.obligation.ObligationMeasure(UUID.fromString("0190a1b2-0000-7000-8000-0000000ab001"),
        CANDIDATE, nl.trede.domain.obligation.ObligationKind.BENEFIT_REDUCTION, COACH, TODAY.minusDays(2),
        "Twee keer niet verschenen zonder bericht; eerder gesprek hielp niet", 20, 3, null, null, null,
        TODAY.plusDays(5), TODAY.plusDays(5).plusMonths(3), null);
  }

  /** A visit to the employer last Friday, with a call back agreed for next week. */
  public static nl.trede.domain.employer.EmployerContact employerContact() {
    return new nl.trede.domain.employer.EmployerContact(UUID.fromString("0190a1b2-0000-7000-8000-0000000ec001"),
        EMPLOYER, COACH, TODAY.minusDays(4), nl.trede.domain.employer.EmployerContactKind.VISIT, "Marco Willems",
        "Rondleiding magazijn; in het voorjaar zoeken ze orderpickers", TODAY.plusDays(7), null, null, false);
  }

  /** A training held four days ago at the town hall, with the numbers of the day. */
  public static nl.trede.domain.session.GroupSession groupSession() {
    return new nl.trede.domain.session.GroupSession(UUID.fromString("0190a1b2-0000-7000-8000-00000005e551"),
        "training", "Aan het werk", TODAY.minusDays(4), java.time.LocalTime.of(9, 30), "Gemeentehuis, zaal 2",
        null, COACH, 12, 8, "Sollicitatiebrief en gesprek geoefend", false);
  }

  /** The candidate's invitation to that training: came, wants a follow-up. */
  public static nl.trede.domain.session.SessionAttendance attendance() {
    UUID session = groupSession().id();
    return new nl.trede.domain.session.SessionAttendance(
        nl.trede.domain.session.SessionAttendance.idFor(session, CANDIDATE), session, CANDIDATE, COACH,
        TODAY.minusDays(20), nl.trede.domain.session.SessionAttendance.Presence.ATTENDED, true,
        "Wil oefenen voor een gesprek bij de bakkerij");
  }

  /** A taalmeter a week ago: language and digital skills sufficient, numeracy not. */
  public static nl.trede.domain.assessment.Assessment taalmeter() {
    return new nl.trede.domain.assessment.Assessment(UUID.fromString("0190a1b2-0000-7000-8000-0000007aa1e7"),
        CANDIDATE, nl.trede.domain.assessment.AssessmentKind.TAALMETER, TODAY.minusDays(7), COACH, null, null,
        nl.trede.domain.assessment.SkillResult.SUFFICIENT, nl.trede.domain.assessment.SkillResult.INSUFFICIENT,
        nl.trede.domain.assessment.SkillResult.SUFFICIENT, "A2", null, "Rekenen met geld lastig", null);
  }

  /**
   * A brede uitvraag a week ago in the file, against {@link #broadIntakePolicy()}: money is a worry,
   * mbo 2, two jobs before, signs of a work limitation.
   */
  public static nl.trede.domain.broadintake.BroadIntake broadIntake() {
    return new nl.trede.domain.broadintake.BroadIntake(UUID.fromString("0190a1b2-0000-7000-8000-00000b10ad01"),
        CANDIDATE, TODAY.minusDays(7), COACH, List.of(
            new nl.trede.domain.broadintake.DomainScore("financien", 2, "Schulden bij de zorgverzekeraar"),
            new nl.trede.domain.broadintake.DomainScore("huisvesting", 4, null),
            new nl.trede.domain.broadintake.DomainScore("lichamelijke-gezondheid", 3, "Rugklachten")),
        "mbo-2", "Diploma mbo 2 logistiek, VCA", List.of(
            new nl.trede.domain.broadintake.WorkExperience("Orderpicker", "Distributiecentrum", 3),
            new nl.trede.domain.broadintake.WorkExperience("Vakkenvuller", null, 0)),
        List.of("nauwkeurig", "doorzetter"), "Wil weer structuur en collega's", "Hulp bij het budget", true, null);
  }

  /** Three life domains and three levels of education; a work limitation asks the UWV. */
  public static nl.trede.config.BroadIntakePolicy broadIntakePolicy() {
    return new nl.trede.config.BroadIntakePolicy(List.of(
        new nl.trede.config.BroadIntakePolicy.Choice("financien", "Financiën"),
        new nl.trede.config.BroadIntakePolicy.Choice("huisvesting", "Huisvesting"),
        new nl.trede.config.BroadIntakePolicy.Choice("lichamelijke-gezondheid", "Lichamelijke gezondheid")),
        List.of(new nl.trede.config.BroadIntakePolicy.Choice("geen", "Geen opleiding afgerond"),
            new nl.trede.config.BroadIntakePolicy.Choice("mbo-2", "Mbo 2"),
            new nl.trede.config.BroadIntakePolicy.Choice("hbo", "Hbo")),
        "uwv-arbeidsvermogen", "002 §3.3.1");
  }

  /** A loonwaarde of 60 % measured by UWV at the workplace of the fixture's placement. */
  public static nl.trede.domain.assessment.Assessment loonwaarde() {
    return new nl.trede.domain.assessment.Assessment(UUID.fromString("0190a1b2-0000-7000-8000-00000010a4de"),
        CANDIDATE, nl.trede.domain.assessment.AssessmentKind.LOONWAARDE, TODAY.minusDays(3), COACH, "UWV",
        placement().id(), null, null, null, null, 60, null, null);
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
        "Marco Willems", Instant.parse("2026-11-24T08:00:00Z"), null, null);
  }

  public static Employer employer() {
    return new Employer(EMPLOYER, "Distributiecentrum Park15", "12345678", Sector.TRANSPORT_AND_LOGISTICS,
        "Park15-Allee 1, Oosterhout", "Marco Willems", "0481-123456", "m.willems@example.nl", true, false, null, null);
  }

  public static Vacancy vacancy() {
    return new Vacancy(UUID.fromString("0190a1b2-0000-7000-8000-0000000fac01"), EMPLOYER, "Orderpicker",
        List.of("Orders verzamelen met handscanner", "Rolcontainers laden"), new BigDecimal("24"),
        Set.of(Requirement.DUTCH_LANGUAGE_LEVEL, Requirement.FORKLIFT_CERTIFICATE), "A2", true,
        VacancyStatus.OPEN, TODAY.minusDays(3), COACH);
  }

  public static final UUID PLACEMENT = UUID.fromString("0190a1b2-0000-7000-8000-0000000f1ace");

  /** A regular job with loonkostensubsidie and the municipal jobcoach, chosen by the five steps. */
  public static Placement placement() {
    return new Placement(PLACEMENT, CANDIDATE, PlacementKind.REGULAR_JOB, EMPLOYER, null, null, "Orderpicker",
        "Duurzaam aan het werk", "Teamleider logistiek", TODAY.minusMonths(2), TODAY.plusMonths(10), null, null,
        new BigDecimal("32"), 12, false,
        List.of(new InstrumentUse("loonkostensubsidie", new BigDecimal("9600"), TODAY.minusMonths(2), null)),
        new Jobcoaching(true, false, false, false, CoachKind.MUNICIPAL, "Eigen netwerk en HARRIE niet toereikend",
            COACH, null, JobcoachRegime.MEDIUM, TODAY.plusMonths(4), 60),
        COACH);
  }

  /**
   * A small configuration in the manner of Overbetuwe: the track is set in the field, the profile by
   * the case manager; Lansingerland's werkgeverscheque and uitstroompremie as instruments.
   */
  public static MunicipalityConfig config() {
    Dimension track = new Dimension("spoor", "Spoor", null, List.of(new DimensionValue("werk", "Focus op werk"),
        new DimensionValue("groei", "Focus op groei"), new DimensionValue("meedoen", "Focus op meedoen")),
        true, "000 §4");
    Dimension profile = new Dimension("profiel", "Profiel", null, List.of(new DimensionValue("1", "Profiel 1"),
        new DimensionValue("2", "Profiel 2"), new DimensionValue("3", "Profiel 3")), false, "001 §2.1.1");
    Population meedoen = new Population(Map.of("spoor", List.of("meedoen")), null, null, null, null, null, null,
        null, null);
    Population growth = new Population(Map.of("spoor", List.of("groei")), null, null, null, null, null, null,
        null, null);
    return new MunicipalityConfig(MunicipalityConfig.idFor("proefgemeente"), "proefgemeente", "Proefgemeente", 2,
        "fixture", List.of(track, profile),
        List.of(new CaseloadGroup("meedoen", "Meedoen", meedoen, "000 §5.3")),
        List.of(new BudgetLine("participatiebudget", "Participatiebudget", new BigDecimal("500000"), 400, null)),
        List.of(
            new Instrument("loonkostensubsidie", "Loonkostensubsidie", InstrumentKind.EMPLOYER_SUPPORT, null,
                null, null, "001 §3.3"),
            new Instrument("werkgeverscheque", "Werkgeverscheque", InstrumentKind.EMPLOYER_SUPPORT,
                new BigDecimal("2250"), "participatiebudget",
                new InstrumentConditions(6, new BigDecimal("32"), null, null, false, List.of(
                    new AmountTier(6, new BigDecimal("2250")), new AmountTier(12, new BigDecimal("4500")))),
                "002 §3.4.4"),
            // 002 §3.3.9: "langer dan een jaar" on benefit, "langer dan een half jaar onafgebroken" at work.
            new Instrument("uitstroompremie", "Uitstroompremie", InstrumentKind.PREMIUM, new BigDecimal("500"),
                "participatiebudget", new InstrumentConditions(null, null, null, null, null, true,
                    List.of(new AmountTier(null, new BigDecimal("500"))), null, 12, 6), "002 §3.3.9")),
        new ContactPolicy(42, List.of(new ContactRule(meedoen, 365, "000 §5.3"))),
        List.of(new KpiDefinition("groei-stap", "Groeigroep zet een stap", null, growth, new Condition.SteppedUp(),
            new BigDecimal("40"), PeriodKind.YEAR, "000 §6.1")),
        List.of(new ClassificationMigration(1, "spoor", Map.of("participatie", "meedoen"))), null,
        // Overbetuwe's own condition on jobcoaching (000 Bijlage A).
        new JobcoachingPolicy(List.of(CandidateFlag.WAGE_COST_SUBSIDY), "000 Bijlage A"));
  }

  /** The example with one field replaced, as a device would send it. */
  public static DomainRecord with(DomainRecord example, String field, Object value) {
    ObjectNode json = Json.MAPPER.valueToTree(example);
    json.set(field, Json.MAPPER.valueToTree(value));
    try {
      return Json.MAPPER.treeToValue(json, example.getClass());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Exactly this field and rule are reported, with a message. */
  public static void assertOnlyBroken(DomainRecord record, String field, String rule) {
    List<Violation> violations = record.validate(CLOCK);

    assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(tuple(field, rule));
    assertThat(violations.get(0).message()).isNotBlank();
  }
}
