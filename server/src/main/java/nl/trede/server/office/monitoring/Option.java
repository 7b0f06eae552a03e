package nl.trede.server.office.monitoring;

import java.util.List;

/**
 * A choice a dashboard offers next to the period, as a select in the picker: which dimension of
 * the municipality's classification to split by, which KPI to list the candidates of. The values
 * and their labels come from the municipality's configuration.
 *
 * @param name the query parameter
 * @param label the select's label, in Dutch
 * @param defaultValue the value when the request names none, or one that is not offered
 */
public record Option(String name, String label, List<Choice> choices, String defaultValue) {

  public record Choice(String value, String label) {}

  public Option {
    choices = List.copyOf(choices);
  }

  /** The value asked for when it is offered, else the default. */
  public String resolve(String asked) {
    return asked != null && choices.stream().anyMatch(c -> c.value().equals(asked)) ? asked : defaultValue;
  }
}
