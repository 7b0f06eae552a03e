package nl.trede.client.store;

import java.util.List;
import nl.trede.domain.Violation;
import nl.trede.sync.Mutation;

/**
 * A change of a file that is no longer on the device, kept with its whole content.
 *
 * @param refused why the server refused it; empty while it still waits to be sent
 */
public record UnsentChange(Mutation mutation, List<Violation> refused) {}
