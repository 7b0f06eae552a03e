package nl.trede.client.matching;

import java.time.Duration;
import java.util.UUID;
import nl.trede.client.sync.ServerHttp;
import nl.trede.client.sync.SyncException;
import nl.trede.client.sync.SyncException.Kind;
import nl.trede.matching.VacancyMatches;

/**
 * Asks the server which candidates of the municipality's pool might fit a vacancy. Online only: a
 * jobhunter's device holds no candidate files, so there is nothing to match against offline.
 * Short timeouts, since a person is waiting at an employer's desk; failures become a
 * {@link SyncException} (through {@link ServerHttp}, as for sync) whose kind the screen turns into
 * a plain Dutch sentence.
 */
public class MatchingClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

  private final ServerHttp server;

  public MatchingClient(String serverUrl) {
    this.server = new ServerHttp(serverUrl, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
  }

  public VacancyMatches candidatesFor(String token, UUID vacancyId) throws SyncException {
    if (token == null) {
      throw new SyncException(Kind.UNAUTHORIZED, "no token on this device", null, null);
    }
    return server.call(server.authorised("api/matching/vacancies/" + vacancyId + "/candidates", token).GET().build(),
        VacancyMatches.class);
  }
}
