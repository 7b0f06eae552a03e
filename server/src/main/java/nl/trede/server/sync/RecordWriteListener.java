package nl.trede.server.sync;

import java.util.Collection;

/**
 * Told of the records a push wrote, inside the push's transaction, so whatever it derives from them
 * (the office console's projections) commits or rolls back together with the records themselves.
 * It must not throw for a valid record: a failure rolls back the whole push.
 */
public interface RecordWriteListener {
  void written(Collection<WrittenRecord> rows);
}
