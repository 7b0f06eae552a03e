package nl.trede.config;

import nl.trede.domain.Violations;

/**
 * A kind of group session or event a municipality holds: a training ("Aan het werk", "Actieplan
 * naar werk", 001 §2.1.3), a workshop or information meeting (002 §3.1.7, §3.3.8), the Werkacademie
 * (002 §3.3.4), a volunteer or vacancy market (004 Bijlage 2).
 *
 * <p>Whether the municipality records <em>who came</em> differs, so it is configuration: Wijchen
 * invited 150 people to its volunteer market and chose not to record who came, "om zo veel mogelijk
 * mensen te motiveren en niet de indruk van controle te wekken" (004 Bijlage 2). Such a kind is
 * {@link Attendance#HEADCOUNT}: invitations and the numbers of the day are kept, a person's presence
 * is not, and a follow-up is only the client's own wish ("Initiatief is bij de klant gelaten").
 *
 * @param instrument the catalogue instrument the session delivers (e.g. {@code groepstraining}), so
 *     the monitor can put sessions beside the grants of that instrument; {@code null} for none
 * @param description what the session is, shown where one is planned; may be {@code null}
 */
public record SessionKind(String key, String label, Attendance attendance, String instrument, String description,
    String source) {

  /** Whether presence is recorded per invited person, or only counted for the day as a whole. */
  public enum Attendance { BY_NAME, HEADCOUNT }

  public static final int MAX_DESCRIPTION = 1000;

  public boolean recordsWhoCame() {
    return attendance == Attendance.BY_NAME;
  }

  /** Label and attendance set, and an instrument the catalogue has. The key is checked with the others. */
  void check(Violations v, String at, MunicipalityConfig config) {
    v.required(at + ".label", label);
    v.required(at + ".attendance", attendance);
    v.maxLength(at + ".description", description, MAX_DESCRIPTION);
    if (instrument != null && config.instrument(instrument).isEmpty()) {
      v.add(at + ".instrument", "unknown-instrument", "'" + instrument + "' is not an instrument of the catalogue");
    }
  }
}
