package nl.trede.server.office.monitoring;

/**
 * One headline number of a panel, already formatted the Dutch way.
 *
 * @param tone "" or a CSS hint: "warn" for figures that need attention, "good" for met targets
 * @param verdict for a figure with a target, whether it is met in words ("Doel niet gehaald: 41 %
 *     van 60 %"), shown with an icon: a tint alone is lost on a pale screen and on anyone who does
 *     not see the colour; null for a figure without a target
 * @param met whether the target is met; null without a verdict
 */
public record Figure(String label, String value, String hint, String tone, String verdict, Boolean met) {
  public static Figure of(String label, String value) {
    return new Figure(label, value, null, "", null, null);
  }

  public Figure hint(String text) {
    return new Figure(label, value, text, tone, verdict, met);
  }

  public Figure warn(boolean attention) {
    return new Figure(label, value, hint, attention ? "warn" : tone, verdict, met);
  }

  /** Met or not, in these words; green or orange as well. As it was when nobody can tell. */
  public Figure verdict(Boolean met, String words) {
    return met == null ? this : new Figure(label, value, hint, met ? "good" : "warn", words, met);
  }
}
