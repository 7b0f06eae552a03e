package nl.trede.server.kpi;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.trede.config.KpiDefinition;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PeriodKind;
import nl.trede.domain.CandidateFile;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.sync.RecordType;

/**
 * The one place the console's figures are computed: each method reads the records of a scope and
 * hands them to the calculator that holds the definition (docs/kpis.md has all of them). The
 * municipality's own KPIs come from its installed configuration and {@link KpiCalculator}.
 * Dashboards, tables and exports call these and nothing else.
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

  public OverdueContacts.Result overdueContacts(KpiScope scope, LocalDate reference) {
    return OverdueContacts.compute(records.load(scope, RecordType.CANDIDATE, Candidate.class),
        records.load(scope, RecordType.CONTACT, Contact.class), reference);
  }

  public LadderTransitions.Result ladderTransitions(KpiScope scope, LocalDate from, LocalDate to) {
    return LadderTransitions.compute(records.load(scope, RecordType.CANDIDATE, Candidate.class),
        records.load(scope, RecordType.LADDER_STEP, LadderStep.class), from, to);
  }

  public BenefitAndParticipation.Result benefitAndParticipation(KpiScope scope, LocalDate reference) {
    return BenefitAndParticipation.compute(records.load(scope, RecordType.CANDIDATE, Candidate.class), reference);
  }

  public CoachingHoursReport.Result coachingHours(KpiScope scope, LocalDate from, LocalDate to) {
    return CoachingHoursReport.compute(records.load(scope, RecordType.COACHING_HOURS, CoachingHours.class), from, to);
  }

  /** Every KPI of the municipality's configuration over one period [from, to], both days included. */
  public KpiReport compute(String tenantId, LocalDate from, LocalDate to) {
    Optional<MunicipalityConfig> config = configuration.of(tenantId);
    if (config.isEmpty()) {
      return new KpiReport(tenantId, tenantId, 0, from, to, List.of());
    }
    return KpiCalculator.compute(config.get(), loader.load(tenantId), from, to);
  }

  /**
   * Every KPI over its own review period so far: the calendar month, quarter or year (its {@link
   * PeriodKind}) that holds {@code today}, up to and including today.
   */
  public KpiReport current(String tenantId, LocalDate today) {
    Optional<MunicipalityConfig> config = configuration.of(tenantId);
    if (config.isEmpty()) {
      return new KpiReport(tenantId, tenantId, 0, today, today, List.of());
    }
    List<CandidateFile> files = loader.load(tenantId);
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
