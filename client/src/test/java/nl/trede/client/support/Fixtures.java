package nl.trede.client.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.StoredSession;
import nl.trede.client.sync.LoginResult;
import nl.trede.config.AmountTier;
import nl.trede.config.CaseloadGroup;
import nl.trede.config.ContactPolicy;
import nl.trede.config.ContactRule;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;
import nl.trede.config.Instrument;
import nl.trede.config.InstrumentConditions;
import nl.trede.config.InstrumentKind;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PlacementPolicy;
import nl.trede.config.Population;
import nl.trede.config.ReferralTarget;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
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
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;

/**
 * Test data, one fixed clock and a fast-opening store; one place for every client test (the
 * end-to-end tests against a real server use the system clock, as the server does).
 */
public final class Fixtures {
  /** A fixed working morning, so validation ("not in the future") is deterministic. */
  public static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  public static final UUID COACH = UUID.fromString("00000000-0000-0000-0000-00000000c0a1");
  public static final String PASSWORD = "geheim-wachtwoord";
  /** Tests need the real cipher, not the real work factor. */
  public static final int FAST_ITERATIONS = 1_000;
  /** The server's answer to a good login, for a fake server. */
  public static final LoginResult LOGGED_IN = new LoginResult("token-1", "0190a1b2-0000-7000-8000-00000000c001",
      "Anna de Vries", Role.PARTICIPATION_COACH, "overbetuwe", "Gemeente Overbetuwe");

  private Fixtures() {}

  public static LocalStore openStore(Path dir) {
    return LocalStore.open(dir.resolve("trede.db"), PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
  }

  public static Candidate candidate(String given, String family) {
    return new Candidate(Ids.newId(), given, family, LocalDate.of(1990, 5, 1), "06-12345678",
        "Dorpsstraat 1, Elst", null, List.of(COACH), LocalDate.of(2024, 1, 1), Set.of(),
        Map.of("spoor", "groei"), null, List.of(), List.of(),
        new Plan("Vrijwilligerswerk", "Wekelijks contact", 12, 14, "Integrale aanpak"), null, null, null, null, null);
  }

  public static Employer employer(String name) {
    return new Employer(Ids.newId(), name, "12345678", Sector.RETAIL, "Markt 1, Elst", "Jan",
        "0481-123456", null, true, false, null, null);
  }

  public static Contact contact(UUID candidateId, Instant at, String summary) {
    return new Contact(Ids.newId(), candidateId, null, COACH, LocationType.HOME, at, 45, null,
        summary, "Volgende week bellen", TODAY.plusDays(14), false, false, null);
  }

  public static LadderStep step(UUID candidateId, Integer from, int to, LocalDate date) {
    return new LadderStep(Ids.newId(), candidateId, from, to, date, "Reden", COACH, null);
  }

  public static CoachingHours hours(UUID candidateId, UUID employerId, int quarters) {
    return new CoachingHours(Ids.newId(), candidateId, employerId, TODAY, quarters,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, COACH, null, null, null, null, null);
  }

  public static RecordChange change(RecordType type, DomainRecord record, long version) {
    ObjectNode data = Json.MAPPER.valueToTree(record);
    return new RecordChange(type, record.id(), version, false, data, List.of());
  }

  public static RecordChange tombstone(RecordType type, UUID id, long version) {
    return new RecordChange(type, id, version, true, null, List.of());
  }

  public static PullPage page(String cursor, RecordChange... changes) {
    return new PullPage(List.of(changes), cursor, false, List.of());
  }


  /** The logged-in coach of the client tests, in a role. */
  public static StoredSession session(Role role) {
    return session("http://127.0.0.1:9", role);
  }

  /** The logged-in coach of the client tests, in a role, on the server at {@code url}. */
  public static StoredSession session(String url, Role role) {
    return new StoredSession(url, "coach1", COACH, "Anna de Vries", role,
        "overbetuwe", "Gemeente Overbetuwe", "token-1");
  }

  /**
   * A configuration in Overbetuwe's manner (000 §4, §5.3): the track is set in the field, the
   * profile by the case manager; "meedoen" is spoken to at least yearly; two instruments.
   */
  public static MunicipalityConfig overbetuwe() {
    Dimension track = new Dimension("spoor", "Spoor", null, List.of(new DimensionValue("werk", "Focus op werk",
        List.of(5, 6)), new DimensionValue("groei", "Focus op groei", List.of(3, 4)),
        new DimensionValue("meedoen", "Focus op meedoen", List.of(1, 2))), true, "000 §4");
    Dimension profile = new Dimension("profiel", "Klantprofiel", null, List.of(new DimensionValue("1", "Profiel 1"),
        new DimensionValue("2", "Profiel 2"), new DimensionValue("3", "Profiel 3")), false, "001 §2.1.1");
    Population meedoen = new Population(Map.of("spoor", List.of("meedoen")), null, null, null, null, null, null,
        null, null);
    Population youth = new Population(null, null, null, null, null, 27, null, null, null);
    return new MunicipalityConfig(MunicipalityConfig.idFor("overbetuwe"), "overbetuwe", "Gemeente Overbetuwe", 1,
        "fixture", List.of(track, profile),
        List.of(new CaseloadGroup("jongeren", "Jongeren tot 27 jaar", youth, "000 §1.1"),
            new CaseloadGroup("meedoen", "Meedoen", meedoen, "000 §5.3")),
        List.of(),
        List.of(new Instrument("loonkostensubsidie", "Loonkostensubsidie", InstrumentKind.EMPLOYER_SUPPORT, null,
                null, null, "001 §2.1.2"),
            new Instrument("werkgeverscheque", "Werkgeverscheque", InstrumentKind.EMPLOYER_SUPPORT,
                new BigDecimal("2250"), null, new InstrumentConditions(6, new BigDecimal("32"), null, null, false,
                    List.of(new AmountTier(6, new BigDecimal("2250")), new AmountTier(12, new BigDecimal("4500")))),
                "002 §3.4.4")),
        new ContactPolicy(42, List.of(new ContactRule(meedoen, 365, "000 §5.3"))), List.of(), List.of(), null,
        // 000 Bijlage A: Overbetuwe's own condition on jobcoaching, in its configuration.
        new nl.trede.config.JobcoachingPolicy(List.of(CandidateFlag.WAGE_COST_SUBSIDY), "000 Bijlage A"))
        // 001 §2.1.3: volunteering hours stay limited (16 a week is ours) and a WEP records that it
        // displaces no job, as in the shipped file.
        .withPlacements(new PlacementPolicy(List.of(new PlacementPolicy.HoursLimit(PlacementKind.VOLUNTEERING,
            new BigDecimal("16"), "001 §2.1.3")), null, null, null, new PlacementPolicy.DisplacementRule(
            List.of(PlacementKind.WORK_EXPERIENCE), "001 §2.1.3")));
  }

  /**
   * Overbetuwe's configuration with its referral targets: the participation coaches and the
   * jobcoach as teams in Trede, Forte Welzijn as a provider outside it.
   */
  public static MunicipalityConfig overbetuweWithTeams() {
    MunicipalityConfig c = overbetuwe();
    return new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version(), c.source(), c.dimensions(),
        c.caseloadGroups(), c.budgetLines(), c.instruments(), c.contactPolicy(), c.kpis(), c.migrations(),
        c.socialReturn(), c.jobcoaching(), List.of(
            new ReferralTarget("participatiecoaches", "Participatiecoaches", ReferralTarget.Kind.TEAM,
                Role.PARTICIPATION_COACH, null, "000 §5.3"),
            new ReferralTarget("jobcoach-overbetuwe", "Jobcoach Overbetuwe", ReferralTarget.Kind.TEAM, Role.JOBCOACH,
                null, "000 §5.1"),
            new ReferralTarget("forte-welzijn", "Forte Welzijn", ReferralTarget.Kind.PROVIDER, null, null, "000 §5.2")))
        .withPlacements(c.placements());
  }

  /** The same candidate, owned by this case manager (klantmanager). */
  public static Candidate withCaseManager(Candidate c, UUID caseManager) {
    return new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), c.phone(), c.address(),
        caseManager, c.coachIds(), c.benefitStartDate(), c.flags(), c.classification(), c.wageValuePercent(),
        c.exemptions(), c.participation(), c.plan(), c.inflow(), c.exit(), c.certificates(), c.languageLevel(),
        c.availableHoursPerWeek());
  }

  /** The same candidate, the file closed on {@code exit}. */
  public static Candidate closed(Candidate c, nl.trede.domain.candidate.Exit exit) {
    return new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), c.phone(), c.address(),
        c.caseManagerId(), c.coachIds(), c.benefitStartDate(), c.flags(), c.classification(), c.wageValuePercent(),
        c.exemptions(), c.participation(), c.plan(), c.inflow(), exit, c.certificates(), c.languageLevel(),
        c.availableHoursPerWeek());
  }

  /**
   * A configuration with a nazorg schedule after an exit to work (002 §3.4.2), one version later so a
   * store that has {@code c} takes it.
   */
  public static MunicipalityConfig withAftercare(MunicipalityConfig c, Integer... afterExitDays) {
    ContactPolicy p = c.contactPolicy();
    return new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version() + 1, c.source(), c.dimensions(),
        c.caseloadGroups(), c.budgetLines(), c.instruments(),
        new ContactPolicy(p.defaultFrequencyDays(), p.rules(),
            new nl.trede.config.Aftercare(List.of(afterExitDays), "002 §3.4.2")),
        c.kpis(), c.migrations(), c.socialReturn(), c.jobcoaching(), c.referralTargets(), c.obligations())
        .withPlacements(c.placements());
  }

  /**
   * Overbetuwe's configuration with two kinds of session: its training, whose presence is recorded
   * by name (001 §2.1.3), and a market counted without names, as Wijchen's (004 Bijlage 2); and
   * any more kinds given.
   */
  public static MunicipalityConfig withSessionKinds(nl.trede.config.SessionKind... more) {
    MunicipalityConfig c = overbetuwe();
    List<nl.trede.config.SessionKind> kinds = new java.util.ArrayList<>(List.of(
        new nl.trede.config.SessionKind("aan-het-werk", "Training Aan het werk",
            nl.trede.config.SessionKind.Attendance.BY_NAME, null, "Een klein zetje naar werk.", "001 §2.1.3"),
        new nl.trede.config.SessionKind("vrijwilligersmarkt", "Vrijwilligersmarkt",
            nl.trede.config.SessionKind.Attendance.HEADCOUNT, null, null, "004 Bijlage 2")));
    kinds.addAll(List.of(more));
    return new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version(), c.source(), c.dimensions(),
        c.caseloadGroups(), c.budgetLines(), c.instruments(), c.contactPolicy(), c.kpis(), c.migrations(),
        c.socialReturn(), c.jobcoaching(), c.referralTargets(), c.obligations(), kinds, c.placements());
  }

  /** Dalfsen's categories (003 §2A), none of them editable in the field. */
  public static MunicipalityConfig dalfsen() {
    Dimension category = new Dimension("categorie", "Categorie", null, List.of(new DimensionValue("zorg", "Zorg"),
        new DimensionValue("meedoen", "Meedoen"), new DimensionValue("werkfit", "Werkfit")), false, "003 §2A");
    return new MunicipalityConfig(MunicipalityConfig.idFor("dalfsen"), "dalfsen", "Gemeente Dalfsen", 1, "fixture",
        List.of(category),
        List.of(new CaseloadGroup("zorg", "Zorg", new Population(Map.of("categorie", List.of("zorg")), null, null,
            null, null, null, null, null, null), "003 §2A")),
        List.of(), List.of(), new ContactPolicy(56, List.of()), List.of(), List.of());
  }

  public static Candidate candidate(String given, String family, Map<String, String> classification,
      Set<CandidateFlag> flags, LocalDate born) {
    return new Candidate(Ids.newId(), given, family, born, "06-12345678", "Dorpsstraat 1, Elst", null,
        List.of(COACH), TODAY.minusYears(2), flags, classification, null, List.of(), List.of(),
        new Plan("Vrijwilligerswerk als opstap", "Wekelijks contact", 12, 14, "Integrale aanpak"), null, null,
        Set.of(Requirement.VCA), "B1", new BigDecimal("24"));
  }

  /** A regular job with the municipal jobcoach, coached by {@code jobcoach} until {@code coachingEnds}. */
  public static Placement coachedJob(UUID candidateId, UUID employerId, UUID jobcoach, LocalDate coachingEnds) {
    return new Placement(Ids.newId(), candidateId, PlacementKind.REGULAR_JOB, employerId, null, null, "Orderpicker",
        "Duurzaam aan het werk", "Teamleider", TODAY.minusMonths(3), TODAY.plusMonths(9), null, null,
        new BigDecimal("28"), 12, false,
        List.of(new InstrumentUse("loonkostensubsidie", new BigDecimal("800"), TODAY.minusMonths(3), null)),
        new Jobcoaching(true, false, false, false, CoachKind.MUNICIPAL, "Geen getrainde collega", jobcoach, null,
            JobcoachRegime.MEDIUM, coachingEnds, 40), COACH);
  }

  /** A vacancy of 24 hours a week with two tasks, registered by the coach {@code daysAgo} days ago. */
  public static Vacancy vacancy(UUID employerId, String title, VacancyStatus status, int daysAgo) {
    return new Vacancy(Ids.newId(), employerId, title, List.of("Orders verzamelen", "Rolcontainers laden"),
        new BigDecimal("24"), Set.of(), null, false, status, TODAY.minusDays(daysAgo), COACH);
  }
}
