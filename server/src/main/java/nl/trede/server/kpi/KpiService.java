package nl.trede.server.kpi;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trede.config.ContactPolicy;
import nl.trede.config.Dimension;
import nl.trede.config.KpiDefinition;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PeriodKind;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.sync.RecordType;

/**
 * The one place the console's figures are computed: each method reads the records of a scope (the
 * municipality, or one case manager's caseload) and hands them to the calculator that holds the
 * definition (docs/kpis.md has all of them). The municipality's own KPIs, classification, contact
 * policy, budgets and instruments come from its installed configuration. Dashboards, tables and
 * exports call these and nothing else.
 */
@Singleton
public class KpiService {
  private final KpiRecords records;
  private final InstalledConfiguration configuration;
  private final CandidateFileLoader loader;

  public KpiService(KpiRecords records, InstalledConfiguration configuration, CandidateFileLoader loader) {
    this.records = records;
    this.configuration = configuration;
    this.loader = loader;
  }

  /** The municipality's installed configuration, for labels and budgets; empty when it has none. */
  public Optional<MunicipalityConfig> configuration(String tenantId) {
    return configuration.of(tenantId);
  }

  /** The municipality's contact policy, or the default when it has no configuration. */
  public ContactPolicy contactPolicy(String tenantId) {
    return configuration.of(tenantId).map(MunicipalityConfig::policy).orElse(ContactPolicy.DEFAULT);
  }

  public OverdueContacts.Result overdueContacts(KpiScope scope, LocalDate reference) {
    return OverdueContacts.compute(contactPolicy(scope.tenantId()), loader.load(scope), reference);
  }

  /**
   * The contact status of these candidates today, by the same definition as the overdue figures (a
   * page of the candidate list, one file). The caller checked that the user may see them.
   */
  public Map<UUID, OverdueContacts.CandidateStatus> contactStatuses(String tenantId, Collection<String> candidateIds,
      LocalDate today) {
    ContactPolicy policy = contactPolicy(tenantId);
    Map<UUID, OverdueContacts.CandidateStatus> statuses = new HashMap<>();
    for (Synced<CandidateFile> file : loader.load(tenantId, candidateIds)) {
      OverdueContacts.status(policy, file, today).ifPresent(s -> statuses.put(s.candidateId(), s));
    }
    return statuses;
  }

  /**
   * Exemptions of the open files on the reference date, with their review status and, for an
   * ontheffing, whether a tegenprestatie goes with it (003 §2C, doelstelling 2).
   */
  public Exemptions.Result exemptions(KpiScope scope, LocalDate reference) {
    return Exemptions.compute(loader.load(scope),
        records.load(scope, RecordType.OBLIGATION_MEASURE, ObligationMeasure.class), reference);
  }

  public LadderTransitions.Result ladderTransitions(KpiScope scope, LocalDate from, LocalDate to) {
    return LadderTransitions.compute(records.load(scope, RecordType.CANDIDATE, Candidate.class),
        records.load(scope, RecordType.LADDER_STEP, LadderStep.class), from, to);
  }

  public BenefitAndParticipation.Result benefitAndParticipation(KpiScope scope, LocalDate reference) {
    return BenefitAndParticipation.compute(records.load(scope, RecordType.CANDIDATE, Candidate.class), reference);
  }

  /** The open files by age against years on benefit, and 004 §3c's share of 50-plussers three years or longer. */
  public AgeAndBenefitDuration.Result ageAndBenefitDuration(KpiScope scope, LocalDate reference) {
    return AgeAndBenefitDuration.compute(records.load(scope, RecordType.CANDIDATE, Candidate.class), reference);
  }

  /**
   * Coaching hours (per month, employer and jobcoach) against the budget lines' hours per month and
   * against each placement's granted hours.
   */
  public CoachingBudget.Result coachingBudget(KpiScope scope, LocalDate from, LocalDate to) {
    return CoachingBudget.compute(configuration.of(scope.tenantId()).map(MunicipalityConfig::budgetLines).orElse(List.of()),
        loader.load(scope), records.load(scope, RecordType.COACHING_HOURS, CoachingHours.class), from, to);
  }

  /** The monthly management report (001 §5.1), split by a dimension of the classification. */
  public FileMonitor.Result monitor(KpiScope scope, LocalDate from, LocalDate to, Dimension dimension) {
    List<String> catalogue = configuration.of(scope.tenantId())
        .map(c -> c.instruments().stream().filter(FileMonitor::isWageCostSubsidy).map(i -> i.code()).toList())
        .orElse(List.of());
    return FileMonitor.compute(files(scope), dimension, catalogue, from, to);
  }

  /**
   * Inflow and outflow month by month in a year, by reason and as a rate of the file at the start of
   * each month (003 §1B, 000 §2.1); months after {@code lastDay} are left out.
   */
  public MonthlyFlow.Result monthlyFlow(KpiScope scope, int year, LocalDate lastDay) {
    return MonthlyFlow.compute(records.load(scope, RecordType.CANDIDATE, Candidate.class).stream().map(Synced::record)
        .toList(), year, lastDay);
  }

  /** Movement within the file between two dates on one dimension of the classification (003 §1B). */
  public ClassificationTransitions.Result classificationTransitions(KpiScope scope, Dimension dimension,
      LocalDate from, LocalDate to) {
    return ClassificationTransitions.compute(files(scope), dimension, from, to);
  }

  /** Contacts, grants and spending of a period by the candidates' rung group then (002 §6.2, fn. 17–18). */
  public EffortByRungGroup.Result effortByRungGroup(KpiScope scope, LocalDate from, LocalDate to) {
    return EffortByRungGroup.compute(files(scope), from, to);
  }

  /** Instruments granted and their amounts against the budget lines (003 §1D). */
  public InstrumentSpending.Result instrumentSpending(KpiScope scope, LocalDate from, LocalDate to, Dimension dimension) {
    Optional<MunicipalityConfig> config = configuration.of(scope.tenantId());
    return InstrumentSpending.compute(config.map(MunicipalityConfig::instruments).orElse(List.of()),
        config.map(MunicipalityConfig::budgetLines).orElse(List.of()), files(scope), dimension, from, to);
  }

  /** Ended placements and how they were evaluated, per instrument, line, category and case manager (003 §1B). */
  public InstrumentEffect.Result instrumentEffect(KpiScope scope, LocalDate from, LocalDate to, Dimension dimension) {
    Optional<MunicipalityConfig> config = configuration.of(scope.tenantId());
    return InstrumentEffect.compute(config.map(MunicipalityConfig::instruments).orElse(List.of()),
        config.map(MunicipalityConfig::budgetLines).orElse(List.of()), files(scope), dimension, from, to);
  }

  /**
   * Group sessions held in [from, to] per kind, with the invitations of the files in scope; the
   * sessions themselves name nobody and are the whole municipality's.
   */
  public GroupSessions.Result groupSessions(KpiScope scope, LocalDate from, LocalDate to) {
    return GroupSessions.compute(
        configuration.of(scope.tenantId()).map(MunicipalityConfig::sessionKinds).orElse(List.of()),
        records.load(KpiScope.municipality(scope.tenantId()), RecordType.GROUP_SESSION, GroupSession.class).stream()
            .map(Synced::record).toList(),
        records.load(scope, RecordType.SESSION_ATTENDANCE, SessionAttendance.class).stream().map(Synced::record)
            .toList(), from, to);
  }

  /** Who may claim a premium of the catalogue on the reference date, or will (002 §3.3.9). */
  public PremiumCandidates.Result premiumCandidates(KpiScope scope, LocalDate reference) {
    return PremiumCandidates.compute(configuration.of(scope.tenantId()).orElse(null), files(scope), reference);
  }

  private List<CandidateFile> files(KpiScope scope) {
    return loader.load(scope).stream().map(Synced::record).toList();
  }

  /** Every KPI of the municipality's configuration over one period [from, to], both days included. */
  public KpiReport compute(String tenantId, LocalDate from, LocalDate to) {
    return compute(KpiScope.municipality(tenantId), from, to);
  }

  /**
   * Every KPI of the municipality's configuration over one period, over the files in scope: a case
   * manager's figures cover their own caseload.
   */
  public KpiReport compute(KpiScope scope, LocalDate from, LocalDate to) {
    Optional<MunicipalityConfig> config = configuration.of(scope.tenantId());
    if (config.isEmpty()) {
      return new KpiReport(scope.tenantId(), scope.tenantId(), 0, from, to, List.of());
    }
    return KpiCalculator.compute(config.get(), files(scope), from, to);
  }

  public KpiReport current(String tenantId, LocalDate today) {
    return current(KpiScope.municipality(tenantId), today);
  }

  /**
   * Every KPI over its own review period so far: the calendar month, quarter or year (its {@link
   * PeriodKind}) that holds {@code today}, up to and including today.
   */
  public KpiReport current(KpiScope scope, LocalDate today) {
    Optional<MunicipalityConfig> config = configuration.of(scope.tenantId());
    if (config.isEmpty()) {
      return new KpiReport(scope.tenantId(), scope.tenantId(), 0, today, today, List.of());
    }
    List<CandidateFile> files = files(scope);
    List<KpiResult> results = new ArrayList<>();
    for (KpiDefinition kpi : config.get().kpis()) {
      results.add(KpiCalculator.compute(kpi, files, periodStart(kpi.period(), today), today));
    }
    LocalDate from = results.stream().map(KpiResult::from).min(Comparator.naturalOrder()).orElse(today);
    return new KpiReport(config.get().municipality(), config.get().name(), config.get().version(), from, today,
        results);
  }

  /** The first day of the calendar month, quarter or year that holds this day. */
  public static LocalDate periodStart(PeriodKind kind, LocalDate day) {
    return switch (kind) {
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR -> day.withDayOfYear(1);
    };
  }
}
