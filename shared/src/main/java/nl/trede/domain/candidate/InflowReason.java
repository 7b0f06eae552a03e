package nl.trede.domain.candidate;

/**
 * Why a file was opened; the monitor reports inflow by reason (001 §5.1). A file is a person, and
 * some have no benefit at all (work to work, 000 §2.3, §5.1).
 */
public enum InflowReason {
  /** Nieuwe aanvraag bijstand. */
  NEW_APPLICATION,
  /** Na afloop van de WW. */
  AFTER_UNEMPLOYMENT_BENEFIT,
  /** Schoolverlater of jongere zonder startkwalificatie (000 §1.1). */
  SCHOOL_LEAVER,
  /** Statushouder, reported separately (001 §5.1). */
  STATUS_HOLDER,
  /** Van werk naar werk, without benefit (000 §5.1). */
  WORK_TO_WORK,
  /** Niet-uitkeringsgerechtigde, e.g. from the doelgroepregister (000 §2.3). */
  NO_BENEFIT_TARGET_GROUP,
  OTHER
}
