package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.BudgetLine;
import nl.trede.config.Condition;
import nl.trede.config.ContactPolicy;
import nl.trede.config.ContactRule;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;
import nl.trede.config.Instrument;
import nl.trede.config.InstrumentKind;
import nl.trede.config.KpiDefinition;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PeriodKind;
import nl.trede.config.Population;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
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
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.Jobcoaching;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementEndReason;
import nl.trede.domain.placement.PlacementKind;

/**
 * The fixed data set of docs/kpis.md ("Worked example"): eight candidates with their classification
 * history, contacts, ladder steps, placements with instruments and jobcoaching, and coaching hours,
 * in a small municipality whose configuration mirrors Overbetuwe's (a track, a yearly contact for
 * "meedoen", a jobcoaching budget line). Small enough to compute every figure by hand. Records get
 * change sequence numbers in the order they are made here.
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
  static final UUID G = UUID.fromString("00000000-0000-4000-8000-000000000010");
  static final UUID H = UUID.fromString("00000000-0000-4000-8000-000000000011");

  static final UUID PLACEMENT_A = UUID.fromString("00000000-0000-4000-8000-0000000001a1");
  static final UUID PLACEMENT_B = UUID.fromString("00000000-0000-4000-8000-0000000001b1");

  /** The municipality: a track (spoor), a yearly contact for "meedoen", budgets and a catalogue. */
  static final MunicipalityConfig CONFIG = config();

  private long seq;
  final List<Synced<Candidate>> candidates = new ArrayList<>();
  /** Every version of every candidate record, oldest first, as record_history holds them. */
  final List<Synced<Candidate>> history = new ArrayList<>();
  final List<Synced<Contact>> contacts = new ArrayList<>();
  final List<Synced<LadderStep>> steps = new ArrayList<>();
  final List<Synced<Placement>> placements = new ArrayList<>();
  final List<Synced<CoachingHours>> hours = new ArrayList<>();

  KpiDataSet() {
    LocalDate registered = LocalDate.of(2025, 1, 10);
    candidate(A).coaches(COACH_1).plan(14).benefit("2024-01-15").inflow("2024-01-15", InflowReason.NEW_APPLICATION)
        .flags(CandidateFlag.TARGET_GROUP_REGISTER, CandidateFlag.WAGE_COST_SUBSIDY)
        .hours(hours(ParticipationActivity.VOLUNTEERING, 8), hours(ParticipationActivity.PART_TIME_WORK, 12))
        .spoor(registered, "groei").spoor(LocalDate.of(2026, 2, 15), "werk").save();
    candidate(B).coaches(COACH_1, COACH_2).plan(30).benefit("2025-06-01")
        .inflow("2025-06-01", InflowReason.AFTER_UNEMPLOYMENT_BENEFIT).flags(CandidateFlag.STATUS_HOLDER)
        .spoor(registered, "groei").save();
    candidate(C).flags(CandidateFlag.SHELTERED_WORK_INDICATION).hours(hours(ParticipationActivity.EDUCATION, 4))
        .spoor(registered, "meedoen").save();
    candidate(D).coaches(COACH_2).plan(7).benefit("2020-03-31").registered(LocalDate.of(2026, 3, 15))
        .inflow("2026-03-15", InflowReason.NEW_APPLICATION).flags(CandidateFlag.SHELTERED_WORK_INDICATION)
        .hours(hours(ParticipationActivity.DAY_ACTIVITIES, 32)).save();
    // E's track was renamed in a later version of the scheme: "participatie" is to review.
    candidate(E).noCaseManager().plan(60).benefit("2026-04-01").spoor(registered, "participatie").save();
    candidate(F).coaches(COACH_1).plan(14).benefit("2025-01-01").registered(LocalDate.of(2026, 4, 10))
        .inflow("2026-04-10", InflowReason.NEW_APPLICATION).save();
    candidate(G).coaches(COACH_2).plan(90).spoor(registered, null).spoor(LocalDate.of(2026, 1, 5), "meedoen").save();
    candidate(H).coaches(COACH_1).noCaseManager().registered(LocalDate.of(2026, 1, 10))
        .inflow("2026-01-10", InflowReason.AFTER_UNEMPLOYMENT_BENEFIT).exit("2026-03-15", ExitReason.WORK)
        .spoor(LocalDate.of(2026, 1, 10), "werk").save();

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
    // G: spoken to over a year ago, the next contact agreed even later; G is on "meedoen" now.
    contact(G, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 6, 1), false, null);

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

    // A works with a wage-cost subsidy and a municipal jobcoach, planned until 28 Feb, 4 hours granted.
    placement(new Placement(PLACEMENT_A, A, PlacementKind.REGULAR_JOB, EMPLOYER_P, null, null, "Medewerker", null, null,
        LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), null, null, BigDecimal.valueOf(24), 12, false,
        List.of(new InstrumentUse("loonkostensubsidie", BigDecimal.valueOf(700), LocalDate.of(2025, 12, 1), null),
            new InstrumentUse("jobcoaching", BigDecimal.valueOf(500), LocalDate.of(2026, 1, 5), null)),
        new Jobcoaching(true, false, false, false, CoachKind.MUNICIPAL, "Geen getrainde collega", JOBCOACH_1, null,
            JobcoachRegime.MEDIUM, LocalDate.of(2026, 2, 28), 4), COACH_1));
    // B: a work-experience place with an external jobcoach until 31 Mar (not past it on 31 Mar), 10 hours.
    placement(new Placement(PLACEMENT_B, B, PlacementKind.WORK_EXPERIENCE, EMPLOYER_Q, null, null, "Werkervaringsplaats",
        "Werkritme", "Vaste collega", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), null, null,
        BigDecimal.valueOf(20), null, false,
        List.of(new InstrumentUse("scholing", BigDecimal.valueOf(1200), LocalDate.of(2026, 2, 15), null)),
        new Jobcoaching(true, false, false, true, CoachKind.EXTERNAL, "Specialistische begeleiding", null,
            "Jobcoach BV", JobcoachRegime.LOW, LocalDate.of(2026, 3, 31), 10), COACH_1));
    // C volunteers since 1 Mar, with an allowance the catalogue does not hold.
    placement(new Placement(id(), C, PlacementKind.VOLUNTEERING, null, null, "Voedselbank", "Vrijwilliger", null, null,
        LocalDate.of(2026, 3, 1), null, null, null, BigDecimal.valueOf(8), null, false,
        List.of(new InstrumentUse("vrijwilligersvergoeding", BigDecimal.valueOf(150), LocalDate.of(2026, 3, 1), null)),
        null, COACH_1));
    // D: sheltered work from 16 Mar.
    placement(new Placement(id(), D, PlacementKind.SHELTERED_WORK, EMPLOYER_P, null, null, "Inpakker", null, null,
        LocalDate.of(2026, 3, 16), null, null, null, BigDecimal.valueOf(16), 12, false, List.of(), null, COACH_2));
    // G volunteered until the end of 2025: outside the period.
    placement(new Placement(id(), G, PlacementKind.VOLUNTEERING, null, null, "Buurthuis", "Gastvrouw", null, null,
        LocalDate.of(2025, 9, 1), null, LocalDate.of(2025, 12, 31), PlacementEndReason.COMPLETED,
        BigDecimal.valueOf(4), null, false, List.of(), null, COACH_2));
    // H: a training from 15 Jan to 28 Feb, granted without date or amount.
    placement(new Placement(id(), H, PlacementKind.TRAINING, null, null, "ROC", "Cursist", null, null,
        LocalDate.of(2026, 1, 15), null, LocalDate.of(2026, 2, 28), PlacementEndReason.COMPLETED,
        BigDecimal.valueOf(8), null, false, List.of(new InstrumentUse("scholing", null, null, null)), null, COACH_1));

    booking(A, EMPLOYER_P, LocalDate.of(2026, 1, 10), 8, JOBCOACH_1, CoachKind.MUNICIPAL, null, PLACEMENT_A);
    UUID h2 = booking(A, EMPLOYER_P, LocalDate.of(2026, 2, 5), 6, JOBCOACH_1, CoachKind.MUNICIPAL, null, PLACEMENT_A);
    UUID h3 = booking(B, EMPLOYER_Q, LocalDate.of(2026, 2, 20), 4, JOBCOACH_2, CoachKind.EXTERNAL, null, PLACEMENT_B);
    booking(B, EMPLOYER_Q, LocalDate.of(2026, 4, 2), 8, JOBCOACH_2, CoachKind.EXTERNAL, null, PLACEMENT_B);
    booking(A, EMPLOYER_P, LocalDate.of(2026, 2, 5), 10, JOBCOACH_1, CoachKind.MUNICIPAL, h2, PLACEMENT_A);
    booking(B, EMPLOYER_Q, LocalDate.of(2026, 2, 20), 0, JOBCOACH_2, CoachKind.EXTERNAL, h3, PLACEMENT_B);
    booking(B, EMPLOYER_Q, LocalDate.of(2026, 2, 21), 2, JOBCOACH_2, CoachKind.INTERNAL, h3, PLACEMENT_B);
    UUID h8 = booking(D, EMPLOYER_P, LocalDate.of(2025, 12, 31), 4, JOBCOACH_1, CoachKind.MUNICIPAL, null, null);
    booking(D, EMPLOYER_P, LocalDate.of(2026, 1, 2), 4, JOBCOACH_1, CoachKind.MUNICIPAL, h8, null);
    // A's coaching goes on after its planned end of 28 Feb.
    booking(A, EMPLOYER_P, LocalDate.of(2026, 3, 10), 4, JOBCOACH_1, CoachKind.MUNICIPAL, null, PLACEMENT_A);
  }

  /** The files as {@link CandidateFileLoader} builds them from these records. */
  List<Synced<CandidateFile>> files() {
    return CandidateFileLoader.assemble(candidates, history, steps, placements, contacts, java.util.Map.of());
  }

  List<CandidateFile> plainFiles() {
    return files().stream().map(Synced::record).toList();
  }

  private static MunicipalityConfig config() {
    Dimension spoor = new Dimension("spoor", "Spoor", null, List.of(new DimensionValue("werk", "Focus op werk"),
        new DimensionValue("groei", "Focus op groei"), new DimensionValue("meedoen", "Focus op meedoen")), true, null);
    Population groei = new Population(Map.of("spoor", List.of("groei")), null, null, null, null, null, null, null, null);
    Population meedoen = new Population(Map.of("spoor", List.of("meedoen")), null, null, null, null, null, null, null,
        null);
    return new MunicipalityConfig(MunicipalityConfig.idFor("proefgemeente"), "proefgemeente", "Gemeente Proef", 1,
        null, List.of(spoor), List.of(),
        List.of(new BudgetLine("participatie", "Participatiebudget", BigDecimal.valueOf(10_000), 4, null),
            new BudgetLine("buig", "BUIG", null, null, null)),
        List.of(new Instrument("jobcoaching", "Jobcoaching", InstrumentKind.WORKPLACE_SUPPORT, null, "participatie", null,
                null),
            new Instrument("loonkostensubsidie", "Loonkostensubsidie", InstrumentKind.EMPLOYER_SUPPORT, null, "buig",
                null, null),
            new Instrument("scholing", "Scholing", InstrumentKind.TRAINING, null, "participatie", null, null)),
        new ContactPolicy(42, List.of(new ContactRule(meedoen, 365, null))),
        List.of(new KpiDefinition("groei-stap", "Groei zet een stap", null, groei, new Condition.SteppedUp(),
                BigDecimal.valueOf(40), PeriodKind.YEAR, "000 §6.1"),
            new KpiDefinition("meedoen-gesproken", "Meedoen gesproken", null, meedoen, new Condition.Contacted(),
                BigDecimal.valueOf(100), PeriodKind.YEAR, "000 §5.3")),
        List.of());
  }

  static ContactPolicy policy() {
    return CONFIG.policy();
  }

  static Dimension spoor() {
    return CONFIG.dimension("spoor").orElseThrow();
  }

  private static ParticipationHours hours(ParticipationActivity activity, int perWeek) {
    return new ParticipationHours(activity, BigDecimal.valueOf(perWeek));
  }

  private Builder candidate(UUID id) {
    return new Builder(id);
  }

  /** One candidate: its record as it is now, and its versions when the track changed. */
  private final class Builder {
    private final UUID id;
    private List<UUID> coaches = List.of();
    private UUID caseManager = CASE_MANAGER;
    private Integer frequency;
    private LocalDate benefit;
    private LocalDate registered = LocalDate.of(2025, 1, 10);
    private Inflow inflow;
    private Exit exit;
    private final Set<CandidateFlag> flags = EnumSet.noneOf(CandidateFlag.class);
    private List<ParticipationHours> participation = List.of();
    private final Map<LocalDate, String> tracks = new LinkedHashMap<>();

    Builder(UUID id) {
      this.id = id;
    }

    Builder coaches(UUID... ids) {
      coaches = List.of(ids);
      return this;
    }

    Builder noCaseManager() {
      caseManager = null;
      return this;
    }

    Builder plan(int days) {
      frequency = days;
      return this;
    }

    Builder benefit(String since) {
      benefit = LocalDate.parse(since);
      return this;
    }

    Builder registered(LocalDate day) {
      registered = day;
      return this;
    }

    Builder inflow(String day, InflowReason reason) {
      inflow = new Inflow(LocalDate.parse(day), reason);
      return this;
    }

    Builder exit(String day, ExitReason reason) {
      exit = new Exit(LocalDate.parse(day), reason);
      return this;
    }

    Builder flags(CandidateFlag... more) {
      flags.addAll(List.of(more));
      return this;
    }

    Builder hours(ParticipationHours... perActivity) {
      participation = List.of(perActivity);
      return this;
    }

    /** The track from this day on; the first call is the version the file was registered with. */
    Builder spoor(LocalDate from, String value) {
      tracks.put(from, value);
      return this;
    }

    private Candidate record(String track) {
      Plan plan = frequency == null ? null : new Plan("Doel", "Steun", 12, frequency, "Onderbouwing");
      Map<String, String> classification = track == null ? Map.of() : Map.of("spoor", track);
      return new Candidate(id, "Kandidaat", id.toString().substring(34), LocalDate.of(1990, 1, 1), null, null,
          caseManager, coaches, benefit, flags, classification, null, List.of(), participation, plan, inflow, exit,
          null, null, null);
    }

    void save() {
      Candidate current = record(null);
      long version = 0;
      for (Map.Entry<LocalDate, String> t : tracks.entrySet()) {
        current = record(t.getValue());
        history.add(new Synced<>(current, ++version, at(t.getKey())));
      }
      if (tracks.isEmpty()) {
        history.add(new Synced<>(current, 1, at(registered)));
      }
      candidates.add(new Synced<>(current, ++seq, at(registered)));
    }
  }

  private UUID contact(UUID candidate, LocalDate day, LocalDate next, boolean noShow, UUID corrects) {
    UUID id = id();
    contacts.add(new Synced<>(new Contact(id, candidate, null, COACH_1, LocationType.HOME, at(day), noShow ? 0 : 30,
        null, "Gesprek", null, next, noShow, false, corrects), ++seq, at(day)));
    return id;
  }

  private UUID step(UUID candidate, Integer from, int to, LocalDate date, UUID corrects) {
    UUID id = id();
    steps.add(new Synced<>(new LadderStep(id, candidate, from, to, date, "Reden", COACH_1, corrects), ++seq, at(date)));
    return id;
  }

  private void placement(Placement placement) {
    placements.add(new Synced<>(placement, ++seq, at(placement.startDate())));
  }

  private UUID booking(UUID candidate, UUID employer, LocalDate date, int quarters, UUID author, CoachKind kind,
      UUID corrects, UUID placement) {
    UUID id = id();
    hours.add(new Synced<>(new CoachingHours(id, candidate, employer, date, quarters, CoachingActivity.ON_SITE_COACHING,
        kind, author, null, null, null, corrects, placement), ++seq, at(date)));
    return id;
  }

  /**
   * Ids in the order records are made, so that of two records the later has the higher id, as with
   * the devices' time-ordered ids.
   */
  private UUID id() {
    return new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0000L + seq + 1_000);
  }

  /** 10:00 in the Netherlands on that day. */
  private static Instant at(LocalDate day) {
    return day.atTime(10, 0).atZone(Violations.ZONE).toInstant();
  }
}
