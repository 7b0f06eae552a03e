package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.Inflow;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.candidate.ParticipationHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.EvaluationOutcome;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementEvaluation;
import nl.trede.domain.placement.PlacementEndReason;
import nl.trede.domain.placement.PlacementKind;

/**
 * A candidate's file for KPI tests, written the way a hand computation reads: who, since when,
 * classified how (and reclassified when), which steps, placements and contacts. Gives the pure
 * {@link CandidateFile} and the records to push for a test through the database.
 */
final class TestFile {
  /** The case manager and author when a test does not name one. */
  static final UUID WORKER = UUID.fromString("0190a1b2-0000-7000-8000-0000000c0ac1");
  static final UUID EMPLOYER = UUID.fromString("0190a1b2-0000-7000-8000-00000000e4b1");
  /** The moment the next entry is made, in milliseconds: every test file's entries in one order. */
  private static final AtomicLong MADE = new AtomicLong(1_735_689_600_000L);

  final String name;
  final UUID id;
  private UUID worker = WORKER;
  private UUID employer = EMPLOYER;
  private LocalDate born = LocalDate.of(1980, 5, 5);
  private LocalDate benefitSince = LocalDate.of(2022, 1, 1);
  private BenefitKind benefitKind;
  private Inflow inflow;
  private Exit exit;
  private final Set<CandidateFlag> flags = EnumSet.noneOf(CandidateFlag.class);
  private Map<String, String> classification = Map.of();
  private LocalDate firstSeen;
  private final List<CandidateFile.Version> laterVersions = new ArrayList<>();
  private final List<Map<String, String>> reclassifications = new ArrayList<>();
  private final List<LadderStep> steps = new ArrayList<>();
  private final List<Placement> placements = new ArrayList<>();
  private final List<Contact> contacts = new ArrayList<>();
  private final List<ParticipationHours> participation = new ArrayList<>();

  private TestFile(String name) {
    this.name = name;
    this.id = UUID.nameUUIDFromBytes(("kpi-test:" + name).getBytes(StandardCharsets.UTF_8));
  }

  static TestFile candidate(String name) {
    return new TestFile(name);
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /**
   * An id for an entry of this file, made "now": UUID v7 shaped, so ids sort in the order the test
   * made the entries, as ids made on devices sort by the moment they were made (the corrections rule
   * reads "made last" from them).
   */
  private UUID idOf(String what) {
    UUID name = UUID.nameUUIDFromBytes(("kpi-test:" + this.name + ":" + what).getBytes(StandardCharsets.UTF_8));
    long millis = MADE.incrementAndGet();
    return new UUID((millis << 16) | 0x7000L | (name.getMostSignificantBits() & 0x0FFFL),
        name.getLeastSignificantBits());
  }

  TestFile by(UUID worker, UUID employer) {
    this.worker = worker;
    this.employer = employer;
    return this;
  }

  TestFile born(String day) {
    born = day(day);
    return this;
  }

  /** On benefit since this day, the file opened then. */
  TestFile benefitSince(String day) {
    benefitSince = day(day);
    return this;
  }

  /** The law the benefit is paid under (decision 0067); none recorded reads as bijstand. */
  TestFile benefitKind(BenefitKind kind) {
    benefitKind = kind;
    return this;
  }

  /** No benefit: a file opened for work to work (000 §5.1). */
  TestFile withoutBenefit(String opened) {
    benefitSince = null;
    inflow = new Inflow(day(opened), InflowReason.WORK_TO_WORK);
    return this;
  }

  TestFile exited(String day, ExitReason reason) {
    exit = new Exit(day(day), reason);
    return this;
  }

  TestFile flags(CandidateFlag... flags) {
    this.flags.addAll(List.of(flags));
    return this;
  }

  /** The classification as Trede first recorded it (key, value, key, value, ...). */
  TestFile classified(String... keysAndValues) {
    classification = map(keysAndValues);
    return this;
  }

  /** The day Trede first recorded the file; needed only with {@link #reclassified}. */
  TestFile firstSeen(String day) {
    firstSeen = day(day);
    return this;
  }

  /** A later change of the classification, from this day on. */
  TestFile reclassified(String day, String... keysAndValues) {
    Map<String, String> next = map(keysAndValues);
    reclassifications.add(next);
    laterVersions.add(new CandidateFile.Version(day(day), candidate(next)));
    return this;
  }

  TestFile step(Integer from, int to, String day) {
    steps.add(new LadderStep(idOf("step" + steps.size()), id, from, to, day(day), "reden", worker, null));
    return this;
  }

  /**
   * Corrects the step at {@code index} (in the order made; a correction is a step too): a new entry
   * from {@code from} to {@code to} on {@code day} replaces it.
   */
  TestFile correctStep(int index, Integer from, int to, String day) {
    steps.add(new LadderStep(idOf("step" + steps.size()), id, from, to, day(day), "correctie", worker,
        steps.get(index).id()));
    return this;
  }

  /**
   * Two corrections of the step at {@code index} made offline on two devices: the first made is
   * {@code from} to {@code firstTo}, the one made later {@code from} to {@code laterTo}, both on
   * {@code day}. The one made later reaches the server first (it is listed first).
   */
  TestFile competingStepCorrections(int index, Integer from, int firstTo, int laterTo, String day) {
    UUID target = steps.get(index).id();
    LadderStep first = new LadderStep(idOf("step" + steps.size()), id, from, firstTo, day(day), "correctie A",
        worker, target);
    LadderStep later = new LadderStep(idOf("step" + (steps.size() + 1)), id, from, laterTo, day(day),
        "correctie B", worker, target);
    steps.add(later);
    steps.add(first);
    return this;
  }

  /** Corrects the last step: it becomes a step from its fromRung to {@code to} on the same day. */
  TestFile correctLastStep(int to) {
    LadderStep wrong = steps.get(steps.size() - 1);
    steps.add(new LadderStep(idOf("step" + steps.size()), id, wrong.fromRung(), to, wrong.date().plusDays(1),
        "correctie", worker, wrong.id()));
    return this;
  }

  /** A placement from {@code start} to {@code end} (open when {@code null}). */
  TestFile placement(PlacementKind kind, String start, String end) {
    boolean atEmployer = kind.atEmployer();
    boolean wep = kind == PlacementKind.WORK_EXPERIENCE;
    placements.add(new Placement(idOf("placement" + placements.size()), id, kind, atEmployer ? employer : null, null,
        atEmployer ? null : "Stichting Samen", "Deelnemer", wep ? "Werkritme opdoen" : null,
        wep ? "Vaste collega" : null, day(start), wep ? day(start).plusMonths(6) : null,
        end == null ? null : day(end), end == null ? null : PlacementEndReason.COMPLETED,
        BigDecimal.valueOf(wep ? 16 : 12), kind.paid() ? 12 : null, false, List.of(), null, worker));
    return this;
  }

  /**
   * The last placement, granted these instruments (codes) and evaluated by the worker on its end
   * date: {@code outcome} null for none; the two experiences null for an evaluation without ratings.
   */
  TestFile evaluated(List<String> codes, EvaluationOutcome outcome, Integer client, Integer professional) {
    Placement last = placements.remove(placements.size() - 1);
    List<InstrumentUse> uses = codes.stream().map(c -> new InstrumentUse(c, BigDecimal.valueOf(1000),
        last.startDate(), null)).toList();
    PlacementEvaluation evaluation = outcome == null ? null : new PlacementEvaluation(outcome, client, professional,
        null, worker, last.endDate().atTime(12, 0).atZone(Violations.ZONE).toInstant());
    placements.add(new Placement(last.id(), id, last.kind(), last.employerId(), null, last.organisation(), last.role(),
        last.goal(), last.supervision(), last.startDate(), last.plannedEndDate(), last.endDate(), last.endReason(),
        last.hoursPerWeek(), last.contractMonths(), last.withIntent(), uses, null, worker, evaluation));
    return this;
  }

  TestFile contact(String day) {
    return contact(day, false);
  }

  TestFile noShow(String day) {
    return contact(day, true);
  }

  private TestFile contact(String day, boolean noShow) {
    return contact(day(day).atTime(10, 0).atZone(Violations.ZONE).toInstant(), noShow, null);
  }

  /** A conversation at this moment (ISO, e.g. {@code 2024-12-31T23:30:00Z}: 00:30 on 1 January in Dutch time). */
  TestFile contactAt(String instant) {
    return contact(Instant.parse(instant), false, null);
  }

  /**
   * Two corrections of the contact at {@code index} made offline on two devices: the first made
   * says it took place on {@code firstDay}, the one made later on {@code laterDay}. The one made
   * later reaches the server first.
   */
  TestFile competingContactCorrections(int index, String firstDay, String laterDay) {
    UUID target = contacts.get(index).id();
    Contact first = contactOn(day(firstDay), false, target);
    Contact later = contactOn(day(laterDay), false, target);
    contacts.add(later);
    contacts.add(first);
    return this;
  }

  private Contact contactOn(LocalDate day, boolean noShow, UUID corrects) {
    return new Contact(idOf("contact" + contacts.size() + (corrects == null ? "" : corrects)), id, null, worker,
        LocationType.HOME, day.atTime(10, 0).atZone(Violations.ZONE).toInstant(), noShow ? 0 : 30, null,
        "Gesprek", null, null, noShow, false, corrects);
  }

  private TestFile contact(Instant at, boolean noShow, UUID corrects) {
    contacts.add(new Contact(idOf("contact" + contacts.size()), id, null, worker, LocationType.HOME, at,
        noShow ? 0 : 30, null, "Gesprek", null, null, noShow, false, corrects));
    return this;
  }

  /** Hours a week of taking part in this activity (002 §2.4). */
  TestFile takesPart(ParticipationActivity activity, int hoursPerWeek) {
    participation.add(new ParticipationHours(activity, BigDecimal.valueOf(hoursPerWeek)));
    return this;
  }

  /** The candidate record as first recorded. */
  Candidate candidate() {
    return candidate(classification);
  }

  private Candidate candidate(Map<String, String> classification) {
    Inflow opened = inflow != null ? inflow : new Inflow(benefitSince, InflowReason.NEW_APPLICATION);
    return new Candidate(id, name, "Test", born, null, null, worker, List.of(), benefitSince, flags, classification,
        null, List.of(), participation, null, opened, exit, null, null, null, benefitKind);
  }

  /** The classifications of later versions, in order, to push as updates. */
  List<Map<String, String>> reclassifications() {
    return reclassifications;
  }

  List<LadderStep> steps() {
    return steps;
  }

  List<Placement> placements() {
    return placements;
  }

  List<Contact> contacts() {
    return contacts;
  }

  CandidateFile file() {
    Candidate first = candidate();
    List<CandidateFile.Version> history = new ArrayList<>();
    if (!laterVersions.isEmpty()) {
      LocalDate seen = firstSeen != null ? firstSeen : first.inflow().date();
      history.add(new CandidateFile.Version(seen, first));
      history.addAll(laterVersions);
    }
    Candidate current = history.isEmpty() ? first : history.get(history.size() - 1).candidate();
    return new CandidateFile(current, steps, placements, contacts, history);
  }

  private static Map<String, String> map(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
