package nl.trede.domain;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * The one id generator: UUID v7, made on the device, time-ordered so that B-tree indexes stay
 * compact and ids sort roughly by creation. The server never re-keys a record.
 */
public final class Ids {
  private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

  private Ids() {}

  public static UUID newId() {
    return GENERATOR.generate();
  }
}
