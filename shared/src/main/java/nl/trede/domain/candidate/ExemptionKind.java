package nl.trede.domain.candidate;

public enum ExemptionKind {
  /** Vrijstelling van de sollicitatieplicht: incurable illness or a temporary medical limit (002 §4.5). */
  JOB_APPLICATION_DUTY,
  /** Ontheffing van de arbeids- en re-integratieverplichting (003 §2C). */
  WORK_AND_REINTEGRATION_DUTY
}
