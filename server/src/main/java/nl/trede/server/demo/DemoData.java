package nl.trede.server.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
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
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.PasswordHasher;
import nl.trede.server.accounts.Tenant;
import nl.trede.server.accounts.TenantRepository;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.sync.SyncService;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo municipalities on first start when {@code trede.demo.enabled}: Overbetuwe with a
 * team and a few months of field work, and a small Dalfsen to show that municipalities never see
 * each other. Everything goes through the sync service, so demo data obeys the same rules as
 * real data. Safe when several instances start at once: whoever creates the tenant row loads it.
 */
@Singleton
@Requires(property = "trede.demo.enabled", value = "true")
public class DemoData {
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  /** Demo accounts only, documented in the README; never used outside demo mode. */
  public static final String PASSWORD = "trede-demo";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final UUID DEMO_DEVICE = UUID.nameUUIDFromBytes("trede-demo:device".getBytes(StandardCharsets.UTF_8));
  /** A second device, for the demo's conflicts: a person's own device never conflicts with itself. */
  private static final UUID OTHER_DEVICE = UUID.nameUUIDFromBytes("trede-demo:other-device".getBytes(StandardCharsets.UTF_8));

  private static final String[] GIVEN = {"Mohammed", "Sanne", "Kevin", "Fatma", "Jeroen", "Linda",
      "Ahmed", "Petra", "Dennis", "Yasmina", "Ruud", "Ingrid", "Tarik", "Monique", "Sven", "Esra",
      "Patrick", "Naima", "Wim", "Joyce", "Hamid", "Marloes", "Rachid", "Sabine", "Tom", "Aylin",
      "Erik", "Nadia", "Bas", "Fleur", "Youssef", "Kim", "Henk", "Samira", "Rik", "Anouk"};
  private static final String[] FAMILY = {"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
      "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
      "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
      "de Graaf", "van der Meer", "Yilmaz", "El Idrissi", "Kaya", "Haddou", "van Dijk", "Kok"};
  private static final String[] STREETS = {"Dorpsstraat", "Stationsweg", "Rijksweg-Noord",
      "Kerkstraat", "Molenstraat", "Julianastraat", "Parallelweg", "Schoolstraat", "Hoofdstraat"};
  private static final String[] PLACES = {"Elst", "Heteren", "Bemmel", "Driel", "Zetten",
      "Randwijk", "Oosterhout", "Valburg"};

  private final TenantRepository tenants;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final SyncService sync;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final boolean enabled;

  public DemoData(TenantRepository tenants, UserRepository users, PasswordHasher hasher,
      SyncService sync, TransactionOperations<Connection> transactions, Clock clock,
      @Value("${trede.demo.enabled:false}") boolean enabled) {
    this.tenants = tenants;
    this.users = users;
    this.hasher = hasher;
    this.sync = sync;
    this.transactions = transactions;
    this.clock = clock;
    this.enabled = enabled;
  }

  /** The demo user's id, stable across starts so tests and screenshots can name them. */
  public static UUID userId(String username) {
    return UUID.nameUUIDFromBytes(("trede-demo:" + username).getBytes(StandardCharsets.UTF_8));
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (enabled) {
      load();
    }
  }

  public void load() {
    long started = System.nanoTime();
    if (claim("overbetuwe", "Gemeente Overbetuwe")) {
      loadOverbetuwe();
    }
    if (claim("dalfsen", "Gemeente Dalfsen")) {
      loadDalfsen();
    }
    LOG.info("demo data ready in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  /** Creates the tenant row; false when it exists already (an earlier start or another instance). */
  private boolean claim(String tenantId, String name) {
    try {
      return transactions.executeWrite(status -> {
        if (tenants.existsById(tenantId)) {
          return false;
        }
        tenants.save(new Tenant(tenantId, name, 0, clock.instant()));
        return true;
      });
    } catch (RuntimeException e) {
      LOG.info("demo tenant {} is being loaded elsewhere", tenantId);
      return false;
    }
  }

  private Caller user(String tenantId, String username, String displayName, Role role) {
    UUID id = userId(username);
    users.save(new User(id.toString(), tenantId, username, displayName, role, hasher.hash(PASSWORD),
        true, clock.instant()));
    return new Caller(id.toString(), tenantId, role, DEMO_DEVICE.toString());
  }

  private void loadOverbetuwe() {
    String t = "overbetuwe";
    Caller coach1 = user(t, "coach1", "Anna de Vries", Role.PARTICIPATION_COACH);
    Caller coach1b = user(t, "coach1b", "Bram Jansen", Role.PARTICIPATION_COACH);
    Caller coach2 = user(t, "coach2", "Carla Bakker", Role.PARTICIPATION_COACH);
    Caller jobcoach = user(t, "jobcoach1", "Dirk Visser", Role.JOBCOACH);
    Caller jobhunter = user(t, "jobhunter1", "Eva Smit", Role.JOBHUNTER);
    Caller caseManager = user(t, "casemanager1", "Fatima El Amrani", Role.CASE_MANAGER);
    user(t, "office1", "Gerrit Mulder", Role.OFFICE);
    user(t, "admin1", "Hanna de Boer", Role.ADMIN);

    Random random = new Random(20240101L);
    LocalDate today = LocalDate.now(clock.withZone(ZONE));

    List<Employer> employers = List.of(
        employer("Distributiecentrum Park15", Sector.TRANSPORT_AND_LOGISTICS, "Park15-Allee 1, Oosterhout", "Marco Willems", true, true),
        employer("Fruitteeltbedrijf De Betuwe", Sector.AGRICULTURE, "Linge 12, Zetten", "Gert van Aalst", false, false),
        employer("Bouwbedrijf Van Elst", Sector.CONSTRUCTION, "Industrieweg 8, Elst", "Ria Hermsen", true, false),
        employer("Supermarkt Heteren", Sector.RETAIL, "Dorpsstraat 21, Heteren", "Jan Peeters", true, false),
        employer("Zorgcentrum De Linde", Sector.HEALTHCARE, "Lindelaan 3, Bemmel", "Mieke Aarts", false, true),
        employer("Hotel-Restaurant De Rijnoever", Sector.HOSPITALITY, "Veerweg 2, Driel", "Sandra Gerritsen", false, false),
        employer("Metaalbewerking Valburg", Sector.INDUSTRY, "Smidsstraat 5, Valburg", "Harm Derksen", true, false),
        employer("Groothandel Betuwe Verpakkingen", Sector.WHOLESALE, "Transportweg 40, Elst", "Lotte Claassen", false, false),
        employer("Schoonmaakbedrijf Glans", Sector.BUSINESS_SERVICES, "Kerkstraat 14, Elst", "Paul Verhoeven", true, true),
        employer("Gemeentewerf Overbetuwe", Sector.PUBLIC_ADMINISTRATION, "Grote Molenstraat 20, Elst", "Ton Jacobs", true, false));
    List<Mutation> jobhunterWork = new ArrayList<>();
    employers.forEach(e -> jobhunterWork.add(create(RecordType.EMPLOYER, e)));
    String[][] vacancyTasks = {
        {"Orderpicker", "Orders verzamelen met handscanner", "Rolcontainers laden", "Emballage sorteren"},
        {"Seizoenswerker fruit", "Appels en peren plukken", "Kisten stapelen"},
        {"Hulp op de bouwplaats", "Materiaal aangeven", "Bouwplaats opruimen"},
        {"Vakkenvuller", "Schappen bijvullen", "Houdbaarheid controleren", "Lege dozen afvoeren"},
        {"Medewerker facilitair", "Koffie rondbrengen", "Tafels dekken", "Wasgoed sorteren"},
        {"Afwasser", "Vaatwasser vullen en legen", "Keuken schoonhouden"},
        {"Productiemedewerker", "Onderdelen ontbramen", "Kwaliteitscontrole op zicht"},
        {"Inpakker", "Dozen vouwen", "Producten inpakken en labelen"}};
    for (int i = 0; i < vacancyTasks.length; i++) {
      String[] tasks = vacancyTasks[i];
      Set<Requirement> requirements = i == 0 ? EnumSet.of(Requirement.FORKLIFT_CERTIFICATE)
          : i == 2 ? EnumSet.of(Requirement.VCA) : EnumSet.noneOf(Requirement.class);
      jobhunterWork.add(create(RecordType.VACANCY, new Vacancy(id(), employers.get(i).id(), tasks[0],
          List.of(tasks).subList(1, tasks.length), BigDecimal.valueOf(16 + 4 * (i % 5)), requirements,
          null, i % 2 == 0, i == 5 ? VacancyStatus.FILLED : VacancyStatus.OPEN,
          today.minusDays(10 + 7L * i), UUID.fromString(jobhunter.userId()))));
    }
    push(jobhunter, jobhunterWork);

    // 36 candidates: 12 shared by coach1 and coach1b, 12 with coach2, 12 placed with a jobcoach.
    List<Mutation> files = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      List<UUID> coaches = i < 12 ? List.of(uuid(coach1), uuid(coach1b))
          : i < 24 ? List.of(uuid(coach2)) : List.of(uuid(jobcoach));
      Set<CandidateFlag> flags = EnumSet.noneOf(CandidateFlag.class);
      if (i % 5 == 0) {
        flags.add(CandidateFlag.LANGUAGE_BELOW_LEVEL);
      }
      if (i % 7 == 0) {
        flags.add(CandidateFlag.STATUS_HOLDER);
      }
      if (i >= 24) {
        flags.add(CandidateFlag.WAGE_COST_SUBSIDY);
        flags.add(CandidateFlag.TARGET_GROUP_REGISTER);
      }
      int rung = i >= 24 ? 4 + random.nextInt(2) : 1 + (i % 4);
      String track = rung <= 2 ? "meedoen" : rung <= 4 ? "groei" : "werk";
      Candidate c = new Candidate(id(), GIVEN[i % GIVEN.length], FAMILY[(i * 7) % FAMILY.length],
          today.minusYears(19 + random.nextInt(45)).minusDays(random.nextInt(365)),
          "06-" + (10000000 + random.nextInt(89999999)),
          STREETS[i % STREETS.length] + " " + (1 + random.nextInt(120)) + ", " + PLACES[i % PLACES.length],
          uuid(caseManager), coaches,
          i % 9 == 8 ? null : today.minusMonths(3 + random.nextInt(60)),
          flags, Map.of("spoor", track), i >= 24 ? 40 + random.nextInt(40) : null, List.of(),
          rung >= 3 ? List.of(new ParticipationHours(rung >= 5 ? ParticipationActivity.PART_TIME_WORK
              : ParticipationActivity.VOLUNTEERING, BigDecimal.valueOf(8 + random.nextInt(17)))) : List.of(),
          new Plan(planGoal(track), "Begeleiding door de coach, wekelijks of tweewekelijks contact.",
              12, track.equals("meedoen") ? 30 : 14,
              "Integrale aanpak; afgestemd met de kandidaat."));
      candidates.add(c);
      files.add(create(RecordType.CANDIDATE, c));
    }
    push(caseManager, files);

    CoachingHours firstBooking = null;
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      Caller coach = i < 12 ? (i % 2 == 0 ? coach1 : coach1b) : i < 24 ? coach2 : jobcoach;
      List<Mutation> work = new ArrayList<>();
      int rung = i >= 24 ? 4 : 1 + (i % 4);
      LocalDate intake = today.minusMonths(6 + random.nextInt(10));
      work.add(create(RecordType.LADDER_STEP, new LadderStep(id(), c.id(), null, rung, intake,
          "Intake: trede vastgesteld in het eerste gesprek", uuid(coach), null)));
      if (i % 3 != 2 && rung < 6) {
        work.add(create(RecordType.LADDER_STEP, new LadderStep(id(), c.id(), rung, rung + 1,
            intake.plusMonths(3 + random.nextInt(3)), stepReason(rung + 1), uuid(coach), null)));
      }
      int contacts = 3 + random.nextInt(6);
      for (int k = 0; k < contacts; k++) {
        LocalDate day = today.minusDays(7 + 14L * k + random.nextInt(7));
        LocationType where = i >= 24 ? LocationType.WORKPLACE
            : LocationType.values()[random.nextInt(3) == 0 ? 2 : random.nextInt(2) == 0 ? 0 : 4];
        boolean noShow = random.nextInt(12) == 0;
        work.add(create(RecordType.CONTACT, new Contact(id(), c.id(), i >= 24 ? employers.get(i % 8).id() : null,
            uuid(coach), where, day.atTime(9 + random.nextInt(8), 0).atZone(ZONE).toInstant(),
            noShow ? 0 : 30 + 15 * random.nextInt(4), null,
            noShow ? "Kandidaat niet thuis; kaartje achtergelaten." : contactSummary(random),
            noShow ? null : "Volgende afspraak over twee weken.",
            k == 0 ? today.plusDays(7 + random.nextInt(14)) : null, noShow, false, null)));
      }
      if (i >= 24) {
        for (int week = 1; week <= 10; week++) {
          CoachingHours booking = new CoachingHours(id(), c.id(), employers.get(i % 8).id(),
              today.minusWeeks(week), 2 + random.nextInt(7),
              week % 3 == 0 ? CoachingActivity.SUPERVISOR_TALK : CoachingActivity.ON_SITE_COACHING,
              CoachKind.MUNICIPAL, uuid(coach), null, employers.get(i % 8).contactPerson(),
              today.minusWeeks(week).atTime(16, 0).atZone(ZONE).toInstant(), null);
          firstBooking = firstBooking == null ? booking : firstBooking;
          work.add(create(RecordType.COACHING_HOURS, booking));
        }
      }
      push(coach, work);
    }
    officeExamples(candidates.get(0), employers.get(0), firstBooking, coach1, coach1b, jobhunter, jobcoach);
    LOG.info("demo tenant overbetuwe loaded: candidates={} employers={}", candidates.size(), employers.size());
  }

  /**
   * What the office console should show from the first start: a corrected coaching-hours entry,
   * and two conflicts waiting for a person (the same field changed on two devices while offline).
   */
  private void officeExamples(Candidate shared, Employer employer, CoachingHours booking, Caller coach1,
      Caller coach1b, Caller jobhunter, Caller jobcoach) {
    push(jobcoach, List.of(create(RecordType.COACHING_HOURS, new CoachingHours(id(), booking.candidateId(),
        booking.employerId(), booking.date(), booking.quarterHours() + 2, booking.activity(), booking.coachKind(),
        booking.authorId(), "Correctie: een half uur meer, gesprek met leidinggevende liep uit.",
        booking.confirmedBy(), booking.confirmedAt(), booking.id()))));
    Caller otherTablet = new Caller(coach1b.userId(), coach1b.tenantId(), coach1b.role(), OTHER_DEVICE.toString());
    push(coach1, List.of(update(RecordType.CANDIDATE, shared.id(), 1, "phone", "06-12345678")));
    push(otherTablet, List.of(update(RecordType.CANDIDATE, shared.id(), 1, "phone", "06-87654321")));
    Caller jobcoachPhone = new Caller(jobcoach.userId(), jobcoach.tenantId(), jobcoach.role(), OTHER_DEVICE.toString());
    push(jobhunter, List.of(update(RecordType.EMPLOYER, employer.id(), 1, "contactPerson", "Marco Willems (HR)")));
    push(jobcoachPhone, List.of(update(RecordType.EMPLOYER, employer.id(), 1, "contactPerson", "Linda Willems")));
  }

  private Mutation update(RecordType type, UUID recordId, long baseVersion, String field, String value) {
    return new Mutation(id(), type, recordId, MutationKind.UPDATE, baseVersion,
        Json.MAPPER.createObjectNode().put(field, value), List.of(), clock.instant());
  }

  private void loadDalfsen() {
    String t = "dalfsen";
    Caller coach = user(t, "coach-dalfsen", "Ilse Hofman", Role.PARTICIPATION_COACH);
    Caller caseManager = user(t, "casemanager-dalfsen", "Joost Kamphuis", Role.CASE_MANAGER);
    user(t, "office-dalfsen", "Karin Wolters", Role.OFFICE);
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    List<Mutation> files = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    String[] categories = {"Zorg", "Meedoen", "Werkfit"};
    for (int i = 0; i < 6; i++) {
      Candidate c = new Candidate(id(), GIVEN[(i + 11) % GIVEN.length], FAMILY[(i + 3) % FAMILY.length],
          today.minusYears(25 + 5L * i), null, "Prinsenstraat " + (i + 1) + ", Dalfsen", uuid(caseManager),
          List.of(uuid(coach)), today.minusMonths(8 + i), Set.of(), Map.of("categorie", categories[i % 3]),
          null, List.of(), List.of(), null);
      candidates.add(c);
      files.add(create(RecordType.CANDIDATE, c));
    }
    push(caseManager, files);
    List<Mutation> work = new ArrayList<>();
    for (Candidate c : candidates) {
      work.add(create(RecordType.LADDER_STEP, new LadderStep(id(), c.id(), null, 2, today.minusMonths(5),
          "Intake", uuid(coach), null)));
      work.add(create(RecordType.CONTACT, new Contact(id(), c.id(), null, uuid(coach), LocationType.HOME,
          today.minusDays(12).atTime(10, 0).atZone(ZONE).toInstant(), 45, null, "Huisbezoek.",
          null, null, false, false, null)));
    }
    push(coach, work);
  }

  private void push(Caller caller, List<Mutation> mutations) {
    for (int from = 0; from < mutations.size(); from += Protocol.MAX_MUTATIONS_PER_PUSH) {
      List<MutationResult> results = sync.push(caller,
          mutations.subList(from, Math.min(mutations.size(), from + Protocol.MAX_MUTATIONS_PER_PUSH)), "demo");
      for (MutationResult result : results) {
        if (result instanceof MutationResult.Rejected rejected) {
          throw new IllegalStateException("demo data breaks a rule: " + rejected.violations());
        }
      }
    }
  }

  private Mutation create(RecordType type, DomainRecord record) {
    return new Mutation(id(), type, record.id(), MutationKind.CREATE, 0,
        Json.MAPPER.valueToTree(record), List.of(), clock.instant());
  }

  private static Employer employer(String name, Sector sector, String address, String contact,
      boolean harrie, boolean sroi) {
    String kvk = String.valueOf(10000000 + Math.abs(name.hashCode() % 89999999));
    return new Employer(id(), name, kvk, sector, address, contact, "0481-" + (300000 + Math.abs(name.hashCode() % 699999)),
        null, harrie, sroi);
  }

  private static UUID id() {
    return nl.trede.domain.Ids.newId();
  }

  private static UUID uuid(Caller caller) {
    return UUID.fromString(caller.userId());
  }

  private static String planGoal(String track) {
    return switch (track) {
      case "meedoen" -> "Weer meedoen: sociale contacten buitenshuis en een vaste dagbesteding.";
      case "groei" -> "Groeien naar werk via vrijwilligerswerk of een werkervaringsplaats.";
      default -> "Duurzaam betaald werk, met loonkostensubsidie en jobcoaching waar nodig.";
    };
  }

  private static String stepReason(int rung) {
    return switch (rung) {
      case 2 -> "Gaat wekelijks naar het buurthuis en heeft contact met buren.";
      case 3 -> "Neemt deel aan de training Aan het werk.";
      case 4 -> "Gestart als vrijwilliger bij de voedselbank.";
      case 5 -> "Gestart met loonkostensubsidie en jobcoaching.";
      default -> "Vast contract zonder ondersteuning.";
    };
  }

  private static String contactSummary(Random random) {
    String[] options = {
        "Gesproken over dagritme en de weekplanning. Gaat goed met de vrijwilligersplek.",
        "Schuldhulp loopt; rustiger nu. Wil graag meer uren maken.",
        "Sollicitatiebrief samen doorgenomen. Volgende week gesprek bij werkgever.",
        "Zorgen over gezondheid besproken; huisarts geeft advies over belastbaarheid.",
        "Werkplekbezoek: leidinggevende tevreden over inzet en tempo.",
        "Taalcursus is gestart; oefent thuis met de app."};
    return options[random.nextInt(options.length)];
  }
}
