package nl.trede.client.device;

import java.util.List;

/** Where the app's reminders go: the phone's notifications, or a list inside the app on a desktop. */
public interface Reminders {
  /**
   * Replaces every reminder the app set before with these: planning is done afresh after each save
   * and sync, and an empty list (logout, a wiped device) leaves none behind.
   */
  void replaceAll(List<Reminder> reminders);
}
