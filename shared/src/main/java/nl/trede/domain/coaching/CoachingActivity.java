package nl.trede.domain.coaching;

public enum CoachingActivity {
  ON_SITE_COACHING,
  PHONE,
  SUPERVISOR_TALK,
  REPORTING
}
