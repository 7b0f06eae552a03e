package nl.trede.server.config;

import java.util.List;

/**
 * A municipality's configuration file that cannot be used. Thrown at start, so a broken file stops
 * the server with every problem named by file and line, instead of running on half a scheme.
 */
public class ConfigurationFileException extends RuntimeException {
  private final List<String> problems;

  public ConfigurationFileException(List<String> problems) {
    super("municipality configuration is broken:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
