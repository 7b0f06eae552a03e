package nl.trede.server.kpi;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.RecordType;

/**
 * The one place the console's figures are computed: each method reads the records of a scope and
 * hands them to the calculator that holds the definition (see docs/kpis.md for all of them).
 * Dashboards, tables and exports call these and nothing else.
 */
@Singleton
public class KpiService {
  private final KpiRecords records;

  public KpiService(KpiRecords records) {
    this.records = records;
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
}
