package nl.trede.server.office.monitoring;

/**
 * One headline number of a panel, already formatted the Dutch way.
 *
 * @param tone "" or a CSS hint: "warn" for figures that need attention, "good" for met targets
 */
public record Figure(String label, String value, String hint, String tone) {
  public static Figure of(String label, String value) {
    return new Figure(label, value, null, "");
  }

  public Figure hint(String text) {
    return new Figure(label, value, text, tone);
  }

  public Figure warn(boolean attention) {
    return new Figure(label, value, hint, attention ? "warn" : tone);
  }

  /** Green when a target is met, yellow when it is not; as it was when nobody can tell. */
  public Figure verdict(Boolean met) {
    return met == null ? this : new Figure(label, value, hint, met ? "good" : "warn");
  }
}
