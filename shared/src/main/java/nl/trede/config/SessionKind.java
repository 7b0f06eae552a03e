package nl.trede.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
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
 * @param countsAsContact attending such a session is a contact moment for the contact frequency:
 *     Lansingerland's "Contactmomenten kunnen we zowel individueel als in groepsverband organiseren"
 *     (002 §4.4); the rule is {@link GroupContacts}. Absent means no.
 * @param declaration what those who came sign at the session, such as the participatieverklaring of
 *     002 §3.3.8; {@code null} for a kind where nothing is signed (decision 0064)
 */
public record SessionKind(String key, String label, Attendance attendance, String instrument, String description,
    String source, @JsonSetter(nulls = Nulls.AS_EMPTY) boolean countsAsContact, Declaration declaration) {

  /** Whether presence is recorded per invited person, or only counted for the day as a whole. */
  public enum Attendance { BY_NAME, HEADCOUNT }

  /**
   * A document those who came sign at the session; each invitation then records whether it was
   * signed ({@code SessionAttendance.declarationSigned}).
   *
   * @param label what the app and the console call it, e.g. "Participatieverklaring ondertekend"
   */
  public record Declaration(String label) {}

  public static final int MAX_DESCRIPTION = 1000;
  public static final int MAX_LABEL = 200;

  /** A kind that counts for no contact and asks no signature. */
  public SessionKind(String key, String label, Attendance attendance, String instrument, String description,
      String source) {
    this(key, label, attendance, instrument, description, source, false, null);
  }

  public boolean recordsWhoCame() {
    return attendance == Attendance.BY_NAME;
  }

  /**
   * Label and attendance set, and an instrument the catalogue has. A contact moment and a signature
   * are a person's, so both need a kind that records who came. The key is checked with the others.
   */
  void check(Violations v, String at, MunicipalityConfig config) {
    v.required(at + ".label", label);
    v.required(at + ".attendance", attendance);
    v.maxLength(at + ".description", description, MAX_DESCRIPTION);
    if (instrument != null && config.instrument(instrument).isEmpty()) {
      v.add(at + ".instrument", "unknown-instrument", "'" + instrument + "' is not an instrument of the catalogue");
    }
    if (countsAsContact && attendance == Attendance.HEADCOUNT) {
      v.add(at + ".countsAsContact", "needs-names", "a session counted without names is nobody's contact");
    }
    if (declaration != null) {
      if (v.required(at + ".declaration.label", declaration.label())) {
        v.maxLength(at + ".declaration.label", declaration.label(), MAX_LABEL);
      }
      if (attendance == Attendance.HEADCOUNT) {
        v.add(at + ".declaration", "needs-names", "who signed is recorded only where who came is");
      }
    }
  }
}
