package nl.trede.config;

import nl.trede.domain.Role;
import nl.trede.domain.Violations;

/**
 * Where a case manager can refer a candidate (aanmelden, 004 §2.2, §4.1): a team that works in
 * Trede, whose users receive the referral and one of whom takes the candidate on, or a provider
 * outside Trede (the WerkBedrijf, a welfare organisation), whose answer the municipality records.
 *
 * @param role for a team, the role of the users who receive its referrals (a caseload role, as the
 *     one who takes a candidate on joins the file); {@code null} for a provider
 * @param description what the team or provider does, shown where a referral is made; may be {@code null}
 */
public record ReferralTarget(String key, String label, Kind kind, Role role, String description, String source) {

  /** A team in Trede, or a provider outside it. */
  public enum Kind { TEAM, PROVIDER }

  public static final int MAX_DESCRIPTION = 1000;

  public boolean isTeam() {
    return kind == Kind.TEAM;
  }

  /**
   * A team is users of one caseload role (the one who takes a candidate on joins the file); a
   * provider has no users in Trede. The key is checked with the other keys of the file.
   */
  void check(Violations v, String at) {
    v.required(at + ".label", label);
    v.maxLength(at + ".description", description, MAX_DESCRIPTION);
    if (!v.required(at + ".kind", kind)) {
      return;
    }
    if (isTeam() && (role == null || !role.hasCaseload())) {
      v.add(at + ".role", "team-role", "a team in Trede names the caseload role of its users:"
          + " PARTICIPATION_COACH, JOBCOACH or CASE_MANAGER");
    } else if (!isTeam() && role != null) {
      v.add(at + ".role", "provider-role", "a provider outside Trede has no users, so no role");
    }
  }
}
