package nl.trede.server.demo;

import static nl.trede.server.demo.DemoContent.GIVEN;
import static nl.trede.server.demo.DemoContent.FAMILY;
import static nl.trede.server.demo.DemoContent.STREETS;
import static nl.trede.server.demo.DemoContent.PLACES;
import static nl.trede.server.demo.DemoContent.PLACES_OF;
import static nl.trede.server.demo.DemoContent.demoPlacement;
import static nl.trede.server.demo.DemoContent.employer;
import static nl.trede.server.demo.DemoContent.classify;
import static nl.trede.server.demo.DemoContent.id;
import static nl.trede.server.demo.DemoContent.uuid;
import static nl.trede.server.demo.DemoContent.planGoal;
import static nl.trede.server.demo.DemoContent.exemptions;
import static nl.trede.server.demo.DemoContent.stepReason;
import static nl.trede.server.demo.DemoContent.contactSummary;

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
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.Inflow;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.domain.placement.Placement;
import nl.trede.server.config.ConfigurationInstaller;
import nl.trede.server.config.Municipalities;
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
import nl.trede.server.accounts.ServerDevices;
import nl.trede.server.accounts.Tenant;
import nl.trede.server.accounts.TenantRepository;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.sync.PushService;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo on first start when {@code trede.demo.enabled}: the municipality named by {@code
 * trede.demo.municipality} (Overbetuwe by default; any with a configuration file) with a team and a
 * few months of field work, classified in that municipality's own scheme, and a small neighbour to
 * show that municipalities never see each other. Everything goes through the sync service, so demo data obeys the same rules as
 * real data. Safe when several instances start at once: whoever creates the tenant row loads it.
 */
@Singleton
@Requires(property = "trede.demo.enabled", value = "true")
public class DemoData {
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  /** Demo accounts only, documented in the README; never used outside demo mode. */
  public static final String PASSWORD = "trede-demo";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final UUID DEMO_DEVICE = ServerDevices.DEMO;
  /** A second device, for the demo's conflicts: a person's own device never conflicts with itself. */
  private static final UUID OTHER_DEVICE = ServerDevices.DEMO_OTHER;

  private final TenantRepository tenants;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PushService sync;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final boolean enabled;
  private final String municipality;
  private final Municipalities municipalities;
  private final ConfigurationInstaller installer;

  public DemoData(TenantRepository tenants, UserRepository users, PasswordHasher hasher,
      PushService sync, TransactionOperations<Connection> transactions, Clock clock,
      @Value("${trede.demo.enabled:false}") boolean enabled,
      @Value("${trede.demo.municipality:overbetuwe}") String municipality,
      Municipalities municipalities, ConfigurationInstaller installer) {
    this.tenants = tenants;
    this.users = users;
    this.hasher = hasher;
    this.sync = sync;
    this.transactions = transactions;
    this.clock = clock;
    this.enabled = enabled;
    this.municipality = municipality;
    this.municipalities = municipalities;
    this.installer = installer;
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

  /**
   * The chosen municipality with the whole demo team, and a small neighbour whose users carry its
   * name (e.g. {@code coach-dalfsen}), to show that municipalities never see each other.
   */
  public void load() {
    long started = System.nanoTime();
    MunicipalityConfig main = municipalities.find(municipality).orElseThrow(() -> new IllegalStateException(
        "no configuration for demo municipality '" + municipality + "'; known: "
            + municipalities.all().stream().map(MunicipalityConfig::municipality).toList()));
    String neighbourId = municipality.equals("dalfsen") ? "overbetuwe" : "dalfsen";
    MunicipalityConfig neighbour = municipalities.find(neighbourId).orElseThrow();
    if (claim(main.municipality(), main.name())) {
      installer.install(main.municipality());
      loadMain(main);
    }
    if (claim(neighbour.municipality(), neighbour.name())) {
      installer.install(neighbour.municipality());
      loadNeighbour(neighbour);
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
    return user(tenantId, username, displayName, role, null);
  }

  /** A demo user with a (made-up) work number, which a jobhunter calls from a match. */
  private Caller user(String tenantId, String username, String displayName, Role role, String workPhone) {
    UUID id = userId(username);
    users.save(new User(id.toString(), tenantId, username, displayName, role, hasher.hash(PASSWORD),
        true, clock.instant(), false, workPhone));
    return new Caller(id.toString(), tenantId, role, DEMO_DEVICE.toString());
  }

  private void loadMain(MunicipalityConfig config) {
    String t = config.municipality();
    String[] places = PLACES_OF.getOrDefault(t, PLACES);
    Caller coach1 = user(t, "coach1", "Anna de Vries", Role.PARTICIPATION_COACH, "06-10000001");
    Caller coach1b = user(t, "coach1b", "Bram Jansen", Role.PARTICIPATION_COACH, "06-10000002");
    Caller coach2 = user(t, "coach2", "Carla Bakker", Role.PARTICIPATION_COACH, "06-10000003");
    Caller jobcoach = user(t, "jobcoach1", "Dirk Visser", Role.JOBCOACH, "06-10000004");
    Caller jobhunter = user(t, "jobhunter1", "Eva Smit", Role.JOBHUNTER, "06-10000005");
    Caller caseManager = user(t, "casemanager1", "Fatima El Amrani", Role.CASE_MANAGER, "06-10000006");
    user(t, "office1", "Gerrit Mulder", Role.OFFICE);
    user(t, "admin1", "Hanna de Boer", Role.ADMIN);

    Random random = new Random(20240101L);
    LocalDate today = LocalDate.now(clock.withZone(ZONE));

    String[][] employerRows = {
        {"Distributiecentrum Logistiek Oost", "TRANSPORT_AND_LOGISTICS", "Industrieweg 1", "Marco Willems", "h", "350000"},
        {"Fruitteeltbedrijf De Boomgaard", "AGRICULTURE", "Linge 12", "Gert van Aalst", "", ""},
        {"Bouwbedrijf Van der Linden", "CONSTRUCTION", "Ambachtsweg 8", "Ria Hermsen", "h", ""},
        {"Supermarkt Het Plein", "RETAIL", "Dorpsstraat 21", "Jan Peeters", "h", ""},
        {"Zorgcentrum De Linde", "HEALTHCARE", "Lindelaan 3", "Mieke Aarts", "", "120000"},
        {"Hotel-Restaurant De Oever", "HOSPITALITY", "Veerweg 2", "Sandra Gerritsen", "", ""},
        {"Metaalbewerking De Smidse", "INDUSTRY", "Smidsstraat 5", "Harm Derksen", "h", ""},
        {"Groothandel Verpakkingen Noord", "WHOLESALE", "Transportweg 40", "Lotte Claassen", "", ""},
        {"Schoonmaakbedrijf Glans", "BUSINESS_SERVICES", "Kerkstraat 14", "Paul Verhoeven", "h", "480000"},
        {"Gemeentewerf", "PUBLIC_ADMINISTRATION", "Molenstraat 20", "Ton Jacobs", "h", ""}};
    List<Employer> employers = new ArrayList<>();
    for (int i = 0; i < employerRows.length; i++) {
      String[] e = employerRows[i];
      // 001 §3.1 "een vast aanspreekpunt": the jobhunter, the participatiecoach for the care home's
      // volunteer places, and none yet for the last one.
      employers.add(employer(e[0], Sector.valueOf(e[1]), e[2] + ", " + places[i % places.length], e[3],
          !e[4].isEmpty(), e[5], i == 9 ? null : uuid(i == 4 ? coach1 : jobhunter)));
    }
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
    List<UUID> vacancies = new ArrayList<>();
    for (int i = 0; i < vacancyTasks.length; i++) {
      String[] tasks = vacancyTasks[i];
      Set<Requirement> requirements = i == 0 ? EnumSet.of(Requirement.FORKLIFT_CERTIFICATE)
          : i == 2 ? EnumSet.of(Requirement.VCA) : EnumSet.noneOf(Requirement.class);
      vacancies.add(id());
      jobhunterWork.add(create(RecordType.VACANCY, new Vacancy(vacancies.get(i), employers.get(i).id(), tasks[0],
          List.of(tasks).subList(1, tasks.length), BigDecimal.valueOf(16 + 4 * (i % 5)), requirements,
          null, i % 2 == 0, i == 5 ? VacancyStatus.FILLED : VacancyStatus.OPEN,
          today.minusDays(10 + 7L * i), UUID.fromString(jobhunter.userId()))));
    }
    push(jobhunter, jobhunterWork);
    employerContacts(employers, vacancies, jobhunter, coach1, today);

    // 36 candidates: 12 shared by coach1 and coach1b, 12 with coach2, 12 placed with a jobcoach.
    List<Mutation> files = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    int[] rungs = new int[36];
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
      if (i == 17) {
        flags.add(CandidateFlag.SHELTERED_WORK_INDICATION);
      }
      int rung = i >= 24 ? 4 + random.nextInt(2) : 1 + (i % 4);
      rungs[i] = rung;
      boolean noBenefit = i % 9 == 8;
      LocalDate benefitStart = noBenefit ? null : today.minusMonths(3 + random.nextInt(60));
      LocalDate inflowDate = noBenefit ? today.minusMonths(1 + random.nextInt(10)) : benefitStart;
      InflowReason inflowReason = noBenefit ? InflowReason.WORK_TO_WORK
          : flags.contains(CandidateFlag.STATUS_HOLDER) ? InflowReason.STATUS_HOLDER
          : i % 6 == 1 ? InflowReason.AFTER_UNEMPLOYMENT_BENEFIT
          : i % 11 == 3 ? InflowReason.SCHOOL_LEAVER : InflowReason.NEW_APPLICATION;
      // A few files closed in the last months: outflow by reason (001 §5.1).
      Exit exit = i == 5 ? new Exit(today.minusDays(40), ExitReason.WORK)
          : i == 21 ? new Exit(today.minusDays(75), ExitReason.MOVED)
          : i == 33 ? new Exit(today.minusDays(20), ExitReason.WORK) : null;
      String place = places[i % places.length];
      LocalDate birth = today.minusYears(19 + random.nextInt(45)).minusDays(random.nextInt(365));
      int age = java.time.Period.between(birth, today).getYears();
      Integer monthsOnBenefit = benefitStart == null ? null
          : (int) java.time.Period.between(benefitStart, today).toTotalMonths();
      Candidate c = new Candidate(id(), GIVEN[i % GIVEN.length], FAMILY[(i * 7) % FAMILY.length],
          birth,
          "06-" + (10000000 + random.nextInt(89999999)),
          STREETS[i % STREETS.length] + " " + (1 + random.nextInt(120)) + ", " + place,
          uuid(caseManager), coaches, benefitStart, flags,
          classify(config, i, rung, flags, age, monthsOnBenefit, random),
          i >= 24 ? 40 + random.nextInt(40) : null, exemptions(i, today),
          rung >= 3 ? List.of(new ParticipationHours(rung >= 5 ? ParticipationActivity.PART_TIME_WORK
              : ParticipationActivity.VOLUNTEERING, BigDecimal.valueOf(8 + random.nextInt(17)))) : List.of(),
          new Plan(planGoal(rung), "Begeleiding door de coach, wekelijks of tweewekelijks contact.",
              12, rung <= 2 ? 30 : 14, "Integrale aanpak; afgestemd met de kandidaat."),
          new Inflow(inflowDate, inflowReason), exit,
          rung >= 4 && i % 3 == 0 ? EnumSet.of(Requirement.VCA) : EnumSet.noneOf(Requirement.class),
          flags.contains(CandidateFlag.LANGUAGE_BELOW_LEVEL) ? "A1" : rung >= 4 ? "B1" : null,
          rung >= 3 ? BigDecimal.valueOf(16 + 4 * (i % 5)) : null, DemoContent.benefitKind(i, age, benefitStart));
      candidates.add(c);
      files.add(create(RecordType.CANDIDATE, c));
    }
    push(caseManager, files);
    // 003 doelstelling 2: the ontheffing running out has a tegenprestatie beside it.
    push(caseManager, List.of(create(RecordType.OBLIGATION_MEASURE, new ObligationMeasure(id(),
        candidates.get(6).id(), ObligationKind.COMMUNITY_SERVICE, uuid(caseManager), today.minusMonths(2),
        "Zinvol naast de mantelzorg en in overleg gekozen.", null, null, "Koffie schenken in het buurthuis",
        BigDecimal.valueOf(4), null, today.minusMonths(2), null, null))));

    CoachingHours firstBooking = null;
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      Caller coach = i < 12 ? (i % 2 == 0 ? coach1 : coach1b) : i < 24 ? coach2 : jobcoach;
      List<Mutation> work = new ArrayList<>();
      int rung = rungs[i] >= 5 ? 4 : rungs[i];
      LocalDate intake = today.minusMonths(6 + random.nextInt(10));
      work.add(create(RecordType.LADDER_STEP, new LadderStep(id(), c.id(), null, rung, intake,
          "Intake: trede vastgesteld in het eerste gesprek", uuid(coach), null)));
      if ((i % 3 != 2 || rungs[i] > rung) && rung < 6) {
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
      Placement placement = demoPlacement(config, c, i, employers, vacancies, jobcoach, coach, today, random);
      for (Placement p : java.util.Arrays.asList(placement, DemoContent.evaluatedPlacement(config, c, i, uuid(coach), today))) {
        if (p != null) {
          work.add(create(RecordType.PLACEMENT, p));
        }
      }
      if (i >= 24) {
        for (int week = 1; week <= 10; week++) {
          CoachingHours booking = new CoachingHours(id(), c.id(), employers.get(i % 8).id(),
              today.minusWeeks(week), 2 + random.nextInt(7),
              week % 3 == 0 ? CoachingActivity.SUPERVISOR_TALK : CoachingActivity.ON_SITE_COACHING,
              CoachKind.MUNICIPAL, uuid(coach), null, employers.get(i % 8).contactPerson(),
              today.minusWeeks(week).atTime(16, 0).atZone(ZONE).toInstant(), null,
              placement == null ? null : placement.id());
          firstBooking = firstBooking == null ? booking : firstBooking;
          work.add(create(RecordType.COACHING_HOURS, booking));
        }
      }
      push(coach, work);
    }
    officeExamples(candidates.get(0), employers.get(0), firstBooking, coach1, coach1b, jobhunter, jobcoach);
    reclassify(config, candidates, rungs, caseManager);
    handover(candidates.get(11), coach1, coach1b, caseManager, today);
    DemoSessions.of(config, candidates, coach1, coach2, jobhunter, today)
        .forEach(b -> push(b.by(), b.records().stream().map(r -> create(b.type(), r)).toList()));
    LOG.info("demo tenant {} loaded: candidates={} employers={}", t, candidates.size(), employers.size());
  }

  /**
   * Movement within the file (003 §1B): a candidate who stepped up the ladder is reclassified in the
   * municipality's first dimension when the scheme relates it to the rung (Overbetuwe's track moves
   * from meedoen to groei at rung 3, Dalfsen's category from Zorg to Meedoen), and the one file not
   * yet classified gets its first value. Made by the case manager, through sync, after the files.
   */
  private void reclassify(MunicipalityConfig config, List<Candidate> candidates, int[] rungs, Caller caseManager) {
    if (config.dimensions().isEmpty()) {
      return;
    }
    String first = config.dimensions().get(0).key();
    List<Mutation> changes = new ArrayList<>();
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    for (int i = 1; i < 24; i++) {
      Candidate c = candidates.get(i);
      boolean steppedUp = i % 3 != 2 && rungs[i] < 5;
      String before = c.classification().get(first);
      Map<String, String> now = new java.util.TreeMap<>(c.classification());
      String after = classify(config, i % 20 == 19 ? 0 : i, steppedUp ? rungs[i] + 1 : rungs[i], c.flags(),
          c.ageOn(today), c.monthsOnBenefitOn(today).orElse(null), new Random(i)).get(first);
      if (after == null || after.equals(before) || (before != null && !steppedUp)) {
        continue;
      }
      now.put(first, after);
      changes.add(new Mutation(id(), RecordType.CANDIDATE, c.id(), MutationKind.UPDATE, 1,
          Json.MAPPER.createObjectNode().set("classification", Json.MAPPER.valueToTree(now)), List.of(), clock.instant()));
    }
    push(caseManager, changes);
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
        booking.confirmedBy(), booking.confirmedAt(), booking.id(), booking.placementId()))));
    Caller otherTablet = new Caller(coach1b.userId(), coach1b.tenantId(), coach1b.role(), OTHER_DEVICE.toString());
    push(coach1, List.of(update(RecordType.CANDIDATE, shared.id(), 1, "phone", "06-12345678")));
    push(otherTablet, List.of(update(RecordType.CANDIDATE, shared.id(), 1, "phone", "06-87654321")));
    Caller jobcoachPhone = new Caller(jobcoach.userId(), jobcoach.tenantId(), jobcoach.role(), OTHER_DEVICE.toString());
    push(jobhunter, List.of(update(RecordType.EMPLOYER, employer.id(), 1, "contactPerson", "Marco Willems (HR)")));
    push(jobcoachPhone, List.of(update(RecordType.EMPLOYER, employer.id(), 1, "contactPerson", "Linda Willems")));
  }

  /**
   * A visit that arrived after a handover (sync-protocol.md, "When a file leaves a caseload"): the
   * case manager leaves one of the shared files to the first coach alone, then the second coach's
   * phone sends the visit it recorded before it learnt of that, and the console marks it "Na
   * overdracht".
   */
  private void handover(Candidate file, Caller stays, Caller coach, Caller caseManager, LocalDate today) {
    // On version 1: nobody else changes who carries the file, so the update merges whatever came after.
    push(caseManager, List.of(new Mutation(id(), RecordType.CANDIDATE, file.id(), MutationKind.UPDATE, 1,
        Json.MAPPER.createObjectNode().set("coachIds", Json.MAPPER.createArrayNode().add(stays.userId())),
        List.of(), clock.instant())));
    push(coach, List.of(create(RecordType.CONTACT, new Contact(id(), file.id(), null, uuid(coach), LocationType.HOME,
        today.atTime(9, 30).atZone(ZONE).toInstant().minus(java.time.Duration.ofDays(1)), 45, null,
        "Afscheidsgesprek: de overdracht aan de klantmanager besproken.", "Klantmanager belt deze week.", null,
        false, false, null))));
  }

  /** Contacts with employers (issue 17), each batch in its own push: a correction after what it corrects. */
  private void employerContacts(List<Employer> employers, List<UUID> vacancies, Caller jobhunter, Caller coach,
      LocalDate today) {
    DemoContent.EmployerContacts made = DemoContent.employerContacts(employers, vacancies, uuid(jobhunter),
        uuid(coach), today);
    push(jobhunter, made.byJobhunter().stream().map(c -> create(RecordType.EMPLOYER_CONTACT, c)).toList());
    push(jobhunter, made.corrections().stream().map(c -> create(RecordType.EMPLOYER_CONTACT, c)).toList());
    push(coach, made.byCoach().stream().map(c -> create(RecordType.EMPLOYER_CONTACT, c)).toList());
  }

  private Mutation update(RecordType type, UUID recordId, long baseVersion, String field, String value) {
    return new Mutation(id(), type, recordId, MutationKind.UPDATE, baseVersion,
        Json.MAPPER.createObjectNode().put(field, value), List.of(), clock.instant());
  }

  private void loadNeighbour(MunicipalityConfig config) {
    String t = config.municipality();
    Caller coach = user(t, "coach-" + t, "Ilse Hofman", Role.PARTICIPATION_COACH);
    Caller caseManager = user(t, "casemanager-" + t, "Joost Kamphuis", Role.CASE_MANAGER);
    user(t, "office-" + t, "Karin Wolters", Role.OFFICE);
    String[] places = PLACES_OF.getOrDefault(t, PLACES);
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    Random random = new Random(20200101L);
    List<Mutation> files = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      LocalDate start = today.minusMonths(8 + i);
      Candidate c = new Candidate(id(), GIVEN[(i + 11) % GIVEN.length], FAMILY[(i + 3) % FAMILY.length],
          today.minusYears(25 + 5L * i), null, "Prinsenstraat " + (i + 1) + ", " + places[i % places.length],
          uuid(caseManager), List.of(uuid(coach)), start, Set.of(),
          classify(config, i, 1 + i, Set.of(), 25 + 5 * i, 8 + i, random),
          null, List.of(), List.of(), null, new Inflow(start, InflowReason.NEW_APPLICATION), null, null, null,
          null);
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
}
