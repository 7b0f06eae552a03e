package nl.trede.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
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
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.config.MunicipalityConfig;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;

/**
 * What the hostile requests aim at, in the demo's two municipalities: a session for every role of
 * Overbetuwe and Dalfsen, a candidate file outside everyone's caseload but Carla's (a "stray" file,
 * with one record of each kind), Dalfsen's records of every kind, and records each actor may reach.
 */
final class HostileWorld {
  /** A user pushing: the session, the role, and a candidate file the user holds (none for a jobhunter). */
  record Actor(String label, Session session, Role role, UUID ownCandidate) {}

  /** One console page asked for an id the user may not see and for one that does not exist. */
  record ConsoleCase(String name, OfficeClient client, String path, String id, String missingId) {}

  final ApiClient api;
  private final JdbcOperations jdbc;
  private final String base;

  final Actor anna;
  final Actor dirk;
  final Actor eva;
  final Actor fatima;
  final Actor office;
  final Actor admin;
  final Session carla;
  final Session ilse;
  final Session joost;
  final Session karin;

  final UUID annasCandidate;
  final UUID annasOtherCandidate;
  final UUID dirksCandidate;
  final UUID carlasCandidate;
  final UUID employer;
  final UUID vacancyOfEva;
  final UUID configuration;
  /** Records of the stray file (and the file itself): in Overbetuwe, in no caseload of the actors. */
  final Map<RecordType, UUID> stray = new HashMap<>();
  /** One record of every kind in Dalfsen. */
  final Map<RecordType, UUID> dalfsen = new HashMap<>();
  /** Records of anna's own candidate file, by kind. */
  final Map<RecordType, UUID> annas = new HashMap<>();
  final UUID contactInAnnasOtherFile;
  final UUID hoursOfDirk;
  final UUID hoursInDirksOtherFile;
  final UUID deletedVacancy;
  /** A live vacancy of an Overbetuwe employer other than {@link #employer}. */
  final UUID otherEmployersVacancy;
  /** Referrals: one to a team (the participatiecoaches) and one to a provider in Anna's file, one in the stray file, one in Dalfsen. */
  final UUID teamReferral;
  final UUID providerReferral;
  final UUID strayReferral;
  final UUID dalfsenReferral;
  /** A training of Overbetuwe planned for next week by Anna: nobody's presence can be recorded yet. */
  final UUID sessionNextWeek;

  HostileWorld(ApiClient api, JdbcOperations jdbc, String base) {
    this.api = api;
    this.jdbc = jdbc;
    this.base = base;
    anna = new Actor("participation coach", api.login("coach1"), Role.PARTICIPATION_COACH, null);
    Session dirkS = api.login("jobcoach1");
    eva = new Actor("jobhunter", api.login("jobhunter1"), Role.JOBHUNTER, null);
    Session fatimaS = api.login("casemanager1");
    Session officeS = api.login("office1");
    Session adminS = api.login("admin1");
    carla = api.login("coach2");
    ilse = api.login("coach-dalfsen");
    joost = api.login("casemanager-dalfsen");
    karin = api.login("office-dalfsen");

    List<String> annasFiles = caseloadOf(anna.session());
    annasCandidate = UUID.fromString(annasFiles.get(0));
    annasOtherCandidate = UUID.fromString(annasFiles.get(1));
    dirksCandidate = UUID.fromString(caseloadOf(dirkS).get(0));
    UUID dirksOther = UUID.fromString(caseloadOf(dirkS).get(1));
    carlasCandidate = UUID.fromString(caseloadOf(carla).get(0));
    dirk = new Actor("jobcoach", dirkS, Role.JOBCOACH, dirksCandidate);
    fatima = new Actor("case manager", fatimaS, Role.CASE_MANAGER, annasCandidate);
    office = new Actor("office", officeS, Role.OFFICE, annasCandidate);
    admin = new Actor("admin", adminS, Role.ADMIN, annasCandidate);
    employer = UUID.fromString(one("SELECT id FROM sync_record WHERE tenant_id = 'overbetuwe' AND type = 'employer'"
        + " AND deleted = ? ORDER BY id"));
    vacancyOfEva = UUID.fromString(one("SELECT id FROM sync_record WHERE tenant_id = 'overbetuwe' AND type = 'vacancy'"
        + " AND deleted = ? ORDER BY id"));
    configuration = MunicipalityConfig.idFor("overbetuwe");
    contactInAnnasOtherFile = UUID.fromString(inFile(annasOtherCandidate, RecordType.CONTACT));
    hoursOfDirk = UUID.fromString(inFile(dirksCandidate, RecordType.COACHING_HOURS));
    hoursInDirksOtherFile = UUID.fromString(inFile(dirksOther, RecordType.COACHING_HOURS));
    annas.put(RecordType.CANDIDATE, annasCandidate);
    annas.put(RecordType.CONTACT, UUID.fromString(inFile(annasCandidate, RecordType.CONTACT)));
    annas.put(RecordType.LADDER_STEP, UUID.fromString(inFile(annasCandidate, RecordType.LADDER_STEP)));

    // The stray file: registered by the office for Carla alone, with a record of every kind.
    UUID strayId = Ids.newId();
    Session by = officeS;
    applied(by, ApiClient.create(RecordType.CANDIDATE, candidate(strayId, null, List.of(carla.user()))));
    stray.put(RecordType.CANDIDATE, strayId);
    stray.put(RecordType.CONTACT, created(by, RecordType.CONTACT, contact(strayId, null, by.user())));
    stray.put(RecordType.LADDER_STEP, created(by, RecordType.LADDER_STEP, step(strayId, by.user())));
    stray.put(RecordType.PLACEMENT, created(by, RecordType.PLACEMENT, placement(strayId, by.user())));
    stray.put(RecordType.COACHING_HOURS, created(by, RecordType.COACHING_HOURS, hours(strayId, employer, by.user())));
    stray.put(RecordType.ASSESSMENT, created(by, RecordType.ASSESSMENT, loonwaarde(strayId, by.user())));
    annas.put(RecordType.PLACEMENT, created(fatimaS, RecordType.PLACEMENT, placement(annasCandidate, fatimaS.user())));

    // Dalfsen: the demo has files, steps and contacts; its office adds the other kinds.
    dalfsen.put(RecordType.CANDIDATE, UUID.fromString(caseloadOf(ilse).get(0)));
    UUID dc = dalfsen.get(RecordType.CANDIDATE);
    dalfsen.put(RecordType.CONTACT, UUID.fromString(inFile(dc, RecordType.CONTACT)));
    dalfsen.put(RecordType.LADDER_STEP, UUID.fromString(inFile(dc, RecordType.LADDER_STEP)));
    UUID de = created(karin, RecordType.EMPLOYER, employer());
    dalfsen.put(RecordType.EMPLOYER, de);
    dalfsen.put(RecordType.VACANCY, created(karin, RecordType.VACANCY, vacancy(de, karin.user())));
    dalfsen.put(RecordType.PLACEMENT, created(karin, RecordType.PLACEMENT, placement(dc, karin.user())));
    dalfsen.put(RecordType.ASSESSMENT, created(karin, RecordType.ASSESSMENT, loonwaarde(dc, karin.user())));
    dalfsen.put(RecordType.COACHING_HOURS, created(karin, RecordType.COACHING_HOURS, hours(dc, de, karin.user())));
    dalfsen.put(RecordType.CONFIGURATION, MunicipalityConfig.idFor("dalfsen"));
    teamReferral = created(fatimaS, RecordType.REFERRAL, referral(annasCandidate, fatimaS.user(), "participatiecoaches"));
    providerReferral = created(fatimaS, RecordType.REFERRAL, referral(annasCandidate, fatimaS.user(), "forte-welzijn"));
    strayReferral = created(officeS, RecordType.REFERRAL, referral(strayId, officeS.user(), "forte-welzijn"));
    dalfsenReferral = created(karin, RecordType.REFERRAL, referral(dc, karin.user(), "wmo"));
    otherEmployersVacancy = UUID.fromString(one("SELECT id FROM sync_record WHERE tenant_id = 'overbetuwe'"
        + " AND type = 'vacancy' AND deleted = ? AND data NOT LIKE '%" + employer + "%' ORDER BY id"));
    deletedVacancy = created(eva.session(), RecordType.VACANCY, vacancy(employer, eva.session().user()));
    sessionNextWeek = created(anna.session(), RecordType.GROUP_SESSION, groupSession("aan-het-werk",
        LocalDate.now().plusDays(7), anna.session().user()));
    dalfsen.put(RecordType.GROUP_SESSION, created(karin, RecordType.GROUP_SESSION, groupSession("workshop-werkfit",
        LocalDate.now(), karin.user())));
    applied(eva.session(), new Mutation(Ids.newId(), RecordType.VACANCY, deletedVacancy, MutationKind.DELETE, 1, null,
        List.of(), Instant.now()));
  }

  Actor[] actors() {
    return new Actor[] {anna, dirk, eva, fatima, office, admin};
  }

  /** The stored version of a record, as an update's base. */
  long version(UUID id) {
    return Long.parseLong(one("SELECT version FROM sync_record WHERE id = '" + id + "' AND deleted = ?"));
  }

  /**
   * What a write leaves behind anywhere, in every municipality: records (a change moves the
   * sequence), caseloads and their removals, history, applied mutations, tokens, device bindings.
   */
  List<Long> fingerprint() {
    return jdbc.execute(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT (SELECT COUNT(*) FROM sync_record),"
          + " (SELECT COALESCE(MAX(seq), 0) FROM sync_record), (SELECT COALESCE(SUM(version), 0) FROM sync_record),"
          + " (SELECT COUNT(*) FROM caseload), (SELECT COUNT(*) FROM caseload_removal),"
          + " (SELECT COUNT(*) FROM record_history), (SELECT COUNT(*) FROM applied_mutation),"
          + " (SELECT COUNT(*) FROM device_token), (SELECT COUNT(*) FROM device_binding),"
          + " (SELECT COUNT(*) FROM visit_log)");
           ResultSet rs = s.executeQuery()) {
        rs.next();
        List<Long> values = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
          values.add(rs.getLong(i));
        }
        return values;
      }
    });
  }

  /** Case manager Fatima's console (she holds every demo file of Overbetuwe but the stray one), and the office's. */
  List<ConsoleCase> consoleCases() {
    OfficeClient caseManager = new OfficeClient(base);
    caseManager.login("casemanager1");
    OfficeClient officeConsole = new OfficeClient(base);
    officeConsole.login("office1");
    String missing = Ids.newId().toString();
    String page = "/office/kandidaten/{id}";
    return List.of(
        new ConsoleCase("console: a case manager opens a file outside her caseload", caseManager, page,
            stray.get(RecordType.CANDIDATE).toString(), missing),
        new ConsoleCase("console: a case manager opens a file of Dalfsen", caseManager, page,
            dalfsen.get(RecordType.CANDIDATE).toString(), missing),
        new ConsoleCase("console: a case manager opens a contact's id as a file", caseManager, page,
            annas.get(RecordType.CONTACT).toString(), missing),
        new ConsoleCase("console: the office opens a file of Dalfsen", officeConsole, page,
            dalfsen.get(RecordType.CANDIDATE).toString(), missing),
        new ConsoleCase("console: the office opens an employer's id as a file", officeConsole, page,
            employer.toString(), missing),
        new ConsoleCase("console: a case manager opens a file by a name instead of an id", caseManager, page,
            "anna-de-vries", missing));
  }

  // ---------------------------------------------------------------- valid records to break

  static Contact contact(UUID candidate, UUID employer, UUID author) {
    return new Contact(Ids.newId(), candidate, employer, author, candidate == null ? LocationType.WORKPLACE
        : LocationType.HOME, Instant.now().minus(1, ChronoUnit.HOURS), 45, null, "Huisbezoek", null, null, false,
        false, null);
  }

  static nl.trede.domain.employer.EmployerContact employerContact(UUID employer, UUID author) {
    return new nl.trede.domain.employer.EmployerContact(Ids.newId(), employer, author, LocalDate.now(),
        nl.trede.domain.employer.EmployerContactKind.VISIT, "Joke Arends", "Kennismaking", null, null, null, false);
  }

  static nl.trede.domain.assessment.Assessment loonwaarde(UUID candidate, UUID author) {
    return new nl.trede.domain.assessment.Assessment(Ids.newId(), candidate,
        nl.trede.domain.assessment.AssessmentKind.LOONWAARDE, LocalDate.now(), author, "UWV", null, null, null, null,
        null, 55, null, null);
  }

  /** A brede uitvraag, whole by its own rules; neither Overbetuwe nor Dalfsen offers one (decision 0065). */
  static nl.trede.domain.broadintake.BroadIntake broadIntake(UUID candidate, UUID author) {
    return new nl.trede.domain.broadintake.BroadIntake(Ids.newId(), candidate, LocalDate.now(), author, List.of(
        new nl.trede.domain.broadintake.DomainScore("financien", 2, "Schulden"),
        new nl.trede.domain.broadintake.DomainScore("huisvesting", 4, null)), "mbo-2", null,
        List.of(new nl.trede.domain.broadintake.WorkExperience("Orderpicker", null, 2)), List.of("handig"), null,
        "Budgethulp", true, null);
  }

  static nl.trede.domain.session.GroupSession groupSession(String kind, LocalDate day, UUID organiser) {
    return new nl.trede.domain.session.GroupSession(Ids.newId(), kind, "Training", day, null, "Gemeentehuis", null,
        organiser, null, null, null, false);
  }

  static nl.trede.domain.session.SessionAttendance invitation(UUID session, UUID candidate, UUID by) {
    return new nl.trede.domain.session.SessionAttendance(
        nl.trede.domain.session.SessionAttendance.idFor(session, candidate), session, candidate, by, null, null,
        false, null);
  }

  static LadderStep step(UUID candidate, UUID author) {
    return new LadderStep(Ids.newId(), candidate, 2, 3, LocalDate.now(), "Vrijwilligerswerk", author, null);
  }

  static nl.trede.domain.obligation.ObligationMeasure obligation(UUID candidate, UUID author) {
    return new nl.trede.domain.obligation.ObligationMeasure(Ids.newId(), candidate,
        nl.trede.domain.obligation.ObligationKind.BENEFIT_REDUCTION, author, LocalDate.now(),
        "Afspraken herhaaldelijk niet nagekomen", 10, 1, null, null, null, LocalDate.now(), null, null);
  }

  static CoachingHours hours(UUID candidate, UUID employer, UUID author) {
    return new CoachingHours(Ids.newId(), candidate, employer, LocalDate.now(), 4, CoachingActivity.ON_SITE_COACHING,
        CoachKind.MUNICIPAL, author, null, null, null, null, null);
  }

  static Placement placement(UUID candidate, UUID author) {
    return new Placement(Ids.newId(), candidate, PlacementKind.VOLUNTEERING, null, null, "Buurthuis De Stek", "Gastvrouw",
        null, null, LocalDate.now().minusDays(7), null, null, null, new java.math.BigDecimal("8"), null, false, List.of(),
        null, author);
  }

  /** A referral sent today to Overbetuwe's provider Forte Welzijn (municipalities/overbetuwe.yml). */
  static nl.trede.domain.referral.Referral referral(UUID candidate, UUID author) {
    return referral(candidate, author, "forte-welzijn");
  }

  static nl.trede.domain.referral.Referral referral(UUID candidate, UUID author, String target) {
    return new nl.trede.domain.referral.Referral(Ids.newId(), candidate, author, target, null,
        "Vrijwilligerswerk in de wijk", nl.trede.domain.referral.ReferralStatus.SENT, LocalDate.now(), null, null, null,
        null);
  }

  static Employer employer() {
    return new Employer(Ids.newId(), "Kwekerij", "12345678", Sector.AGRICULTURE, null, null, null, null, false, false, null, null);
  }

  static Vacancy vacancy(UUID employer, UUID author) {
    return new Vacancy(Ids.newId(), employer, "Inpakker", List.of("Dozen vouwen"), BigDecimal.valueOf(24),
        Set.of(Requirement.DUTCH_LANGUAGE_LEVEL), "A2", true, VacancyStatus.OPEN, LocalDate.now(), author);
  }

  static Candidate candidate(UUID id, UUID caseManager, List<UUID> coaches) {
    return new Candidate(id, "Nieuwe", "Kandidaat", LocalDate.now().minusYears(30), null, null, caseManager, coaches,
        LocalDate.now().minusMonths(1), Set.of(CandidateFlag.WAGE_COST_SUBSIDY), null, 50, null, null, null, null,
        null, null, null, null);
  }

  // ---------------------------------------------------------------- setup helpers

  private UUID created(Session by, RecordType type, nl.trede.domain.DomainRecord record) {
    applied(by, ApiClient.create(type, record));
    return record.id();
  }

  private void applied(Session by, Mutation m) {
    assertThat(api.push(by, m)).as("setting up: " + m.type().wireName())
        .singleElement().isInstanceOf(MutationResult.Applied.class);
  }

  private List<String> caseloadOf(Session who) {
    return list("SELECT candidate_id FROM caseload WHERE user_id = '" + who.userId() + "' ORDER BY candidate_id");
  }

  private String inFile(UUID candidate, RecordType type) {
    return one("SELECT id FROM sync_record WHERE candidate_id = '" + candidate + "' AND type = '" + type.wireName()
        + "' AND deleted = ? ORDER BY id");
  }

  private String one(String sql) {
    List<String> found = list(sql);
    assertThat(found).as(sql).isNotEmpty();
    return found.get(0);
  }

  /** Test-only SQL over ids the server made; the one parameter, when present, is deleted = false. */
  private List<String> list(String sql) {
    return jdbc.execute(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        if (sql.contains("?")) {
          s.setBoolean(1, false);
        }
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            values.add(rs.getString(1));
          }
        }
        return values;
      }
    });
  }
}
