package nl.trede.server.office.monitoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a dashboard shows: the period, and the value of each of its own choices (e.g. the dimension
 * of the classification to split by), already checked against the choices it offers. The same
 * selection drives the page and every export of it.
 *
 * @param choices option name to the chosen value
 */
public record Selection(Period period, Map<String, String> choices) {

  public Selection {
    choices = Map.copyOf(choices);
  }

  public String choice(String option) {
    return choices.get(option);
  }

  /** The selection as a query string, for the exports' links and the audit log. */
  public String query() {
    // Own review periods follow today, so they travel as the preset, not as the dates of today.
    StringBuilder query = new StringBuilder(period.ownPeriods() ? "preset=" + period.preset() : period.query());
    choices.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> query.append('&')
        .append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)));
    return query.toString();
  }
}
