package nl.trede.client.ui.shell;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.util.Duration;
import nl.trede.client.store.RecordSaver;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.DomainRecord;
import nl.trede.sync.RecordType;

/**
 * "Ongedaan maken" after a history entry was saved (a contact in a file, a contact with an
 * employer): the notice says what was saved and offers the way back for a few seconds. Unsent,
 * undoing takes the entry back from the outbox. Once the server has it, the entry is history others
 * may have seen, so undoing saves {@code undoing}: a withdrawal of a new entry, or a correction back
 * to what a correction replaced (decision 0050). One per login.
 */
final class UndoOffer {
  /** How long "Ongedaan maken" stays after Opslaan: long enough to see a slip, short enough not to linger. */
  static final Duration UNDO_WINDOW = Duration.seconds(8);

  /**
   * Undoes an entry just saved, off the UI thread and between syncs (RecordSaver#undo): unsent, it
   * is taken back; once the server has it, {@code undoing} is saved. Tells the UI thread what it did.
   */
  interface TakeBack {
    void takeBack(RecordType type, UUID recordId, Supplier<? extends DomainRecord> undoing,
        Consumer<RecordSaver.Undone> then);
  }

  private final AppShell shell;
  private final Messages messages;
  private final Runnable requestSync;
  private final TakeBack takeBack;

  UndoOffer(AppShell shell, Messages messages, Runnable requestSync, TakeBack takeBack) {
    this.shell = shell;
    this.messages = messages;
    this.requestSync = requestSync;
    this.takeBack = takeBack;
  }

  /**
   * Shows {@code said} with "Ongedaan maken".
   *
   * @param correction the saved entry corrects another (undoing puts the other back instead of withdrawing)
   */
  void offer(String said, RecordType type, UUID savedId, Supplier<? extends DomainRecord> undoing, boolean correction) {
    shell.notify(said, messages.get("saved.undo"), () -> takeBack.takeBack(type, savedId, undoing, undone -> {
      shell.refresh();
      requestSync.run();
      String result = switch (undone) {
        case TAKEN_BACK -> messages.get("saved.undone");
        case CORRECTED -> messages.get(correction ? "saved.correctionUndone" : "saved.withdrawn");
        case NOTHING -> messages.get("saved.notUndone");
      };
      shell.notify(result, null, null, UNDO_WINDOW);
    }), UNDO_WINDOW);
  }
}
