package nl.trede.server.office.candidates;

import java.util.Map;
import nl.trede.server.support.ConsoleContract;

/**
 * A console contract against a server whose demo is Lansingerland, for what only its configuration
 * holds (the uitstroompremie, the brede uitvraag); the subclasses give the database.
 */
abstract class LansingerlandConsoleContract extends ConsoleContract {
  /** The database's own settings. */
  abstract Map<String, String> database();

  @Override
  public Map<String, String> getProperties() {
    return withDemoOf("lansingerland", database());
  }
}
