package nl.trede.domain.placement;

/**
 * Where a candidate works or takes part (DOMAIN §2, 001 §2.1.3, §3.3). The monitor counts
 * candidates in a trajectory by these kinds (001 §5.1).
 */
public enum PlacementKind {
  /** Regulier werk, possibly with loonkostensubsidie. */
  REGULAR_JOB(true, true),
  /** Proefplaatsing: working with benefit to show what one can (001 §3.3). */
  TRIAL_PLACEMENT(true, false),
  /** Werkervaringsplaats (WEP): goal, duration, hours, supervision, follow-up (001 §2.1.3). */
  WORK_EXPERIENCE(true, false),
  /** Beschut werk (000 §2.3, 001 §2.1.3). */
  SHELTERED_WORK(true, true),
  /**
   * Vrijwilligerswerk: limited hours (the municipality's {@code placements.hoursLimits}), must not block
   * re-integration (001 §2.1.3).
   */
  VOLUNTEERING(false, false),
  /** Arbeidsmatige dagbesteding. */
  DAY_ACTIVITY(false, false),
  /** Scholing, training or a language trajectory (001 §2.1.3, 002 §3.3.4, 000 §5.2). */
  TRAINING(false, false);

  private final boolean atEmployer;
  private final boolean paid;

  PlacementKind(boolean atEmployer, boolean paid) {
    this.atEmployer = atEmployer;
    this.paid = paid;
  }

  /** Takes place at an employer registered in Trede, not at an organisation named in text. */
  public boolean atEmployer() {
    return atEmployer;
  }

  /** Paid work: what the KPI "paid work" and rungs 5-6 mean. */
  public boolean paid() {
    return paid;
  }
}
