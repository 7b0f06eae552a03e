package nl.trede.config;

/** How often a KPI is reviewed, which sets the default period the console shows. */
public enum PeriodKind {
  MONTH,
  QUARTER,
  YEAR
}
