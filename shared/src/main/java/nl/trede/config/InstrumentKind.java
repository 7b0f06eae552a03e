package nl.trede.config;

/** What an instrument is, so reports can group the catalogue (001 §3.3, 002 §3.2.2-3.4). */
public enum InstrumentKind {
  /** Loonkostensubsidie, werkgeverscheque, no-risk polis: for the employer. */
  EMPLOYER_SUPPORT,
  /** Jobcoaching and workplace support. */
  WORKPLACE_SUPPORT,
  /** Scholing, training, taal. */
  TRAINING,
  /** Uitstroompremie and other premiums for the candidate. */
  PREMIUM,
  /** Praktische hulp: kinderopvang, reiskosten, kleding. */
  PRACTICAL_HELP,
  /** Trajecten bij een externe partij. */
  TRAJECTORY
}
