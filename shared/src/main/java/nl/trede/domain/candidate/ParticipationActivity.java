package nl.trede.domain.candidate;

/** Kinds of taking part whose weekly hours Lansingerland monitors (002 §2.4, §6.2). */
public enum ParticipationActivity {
  PART_TIME_WORK,
  EDUCATION,
  DAY_ACTIVITIES,
  WORK_EXPERIENCE_PLACEMENT,
  VOLUNTEERING
}
