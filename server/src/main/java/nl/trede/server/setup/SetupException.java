package nl.trede.server.setup;

import java.util.List;

/**
 * A setting of the municipality setup that the server refuses; it stops the start, and its message
 * names each setting (with its environment variable) and the rule, never the value.
 */
public class SetupException extends RuntimeException {
  public SetupException(List<String> problems) {
    super("the municipality setup was refused, nothing was written: " + String.join("; ", problems));
  }
}
