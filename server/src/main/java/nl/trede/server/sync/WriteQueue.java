package nl.trede.server.sync;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * On SQLite, pushes queue here, in arrival order, before they open a write transaction. SQLite has
 * one writer at a time; without the queue, concurrent pushes spin in SQLite's busy handler, which
 * sleeps up to 100 ms between tries. A SQLite file is served by one instance, so an in-process
 * queue is exact there. On PostgreSQL nothing queues here: the tenant row lock orders writers,
 * across instances.
 */
@Singleton
public class WriteQueue {
  private final ReentrantLock lock;

  public WriteQueue(@Value("${datasources.default.db-type:sqlite}") String databaseType) {
    this.lock = "sqlite".equalsIgnoreCase(databaseType) ? new ReentrantLock(true) : null;
  }

  public <T> T serialised(Supplier<T> write) {
    if (lock == null) {
      return write.get();
    }
    lock.lock();
    try {
      return write.get();
    } finally {
      lock.unlock();
    }
  }
}
