package nl.trede.client.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.trede.client.device.Device;
import nl.trede.client.device.Reminder;
import nl.trede.client.device.Reminders;

/**
 * The device at the edge of the system, as a test sees it: it records every link the app hands it
 * to open, and either takes them (a phone) or cannot (a computer without a program for the link);
 * and, as a phone with notifications, every set of reminders the app plans.
 */
public final class RecordingDevice implements Device {
  private final boolean opens;
  private final boolean notifies;
  private final List<URI> opened = new ArrayList<>();
  private final List<List<Reminder>> planned = new ArrayList<>();

  private RecordingDevice(boolean opens, boolean notifies) {
    this.opens = opens;
    this.notifies = notifies;
  }

  /** A device that opens every link it is given. */
  public static RecordingDevice opening() {
    return new RecordingDevice(true, false);
  }

  /** A device that can open no link. */
  public static RecordingDevice unable() {
    return new RecordingDevice(false, false);
  }

  /** A phone with notifications of its own, where the app's reminders go. */
  public static RecordingDevice notifying() {
    return new RecordingDevice(true, true);
  }

  /** Every set of reminders the app asked for, in order; each replaced the one before. */
  public synchronized List<List<Reminder>> planned() {
    return List.copyOf(planned);
  }

  @Override
  public Optional<Reminders> reminders() {
    if (!notifies) {
      return Optional.empty();
    }
    return Optional.of(reminders -> {
      synchronized (this) {
        planned.add(List.copyOf(reminders));
      }
    });
  }

  /** Every link the app asked to open, in order (also the ones this device could not open). */
  public synchronized List<URI> opened() {
    return List.copyOf(opened);
  }

  @Override
  public synchronized boolean open(URI uri) {
    opened.add(uri);
    return opens;
  }

  @Override
  public Optional<Path> privateStorage() {
    return Optional.empty();
  }

  @Override
  public void onPause(Runnable action) {}

  @Override
  public void onResume(Runnable action) {}
}
