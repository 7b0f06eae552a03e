package nl.trede.client.store;

import java.util.Optional;
import nl.trede.sync.PullPage;

/** Where the sync engine puts pulled pages, and where it asks from which cursor to pull. */
public interface PageSink {
  /** The cursor after the last page stored; empty before the first. */
  Optional<String> pullCursor();

  /** Stores one page and the cursor after it in one transaction. */
  void storePullPage(PullPage page);
}
