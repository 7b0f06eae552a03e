package nl.trede.client.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.trede.client.device.Device;

/**
 * The device at the edge of the system, as a test sees it: it records every link the app hands it
 * to open, and either takes them (a phone) or cannot (a computer without a program for the link).
 */
public final class RecordingDevice implements Device {
  private final boolean opens;
  private final List<URI> opened = new ArrayList<>();

  private RecordingDevice(boolean opens) {
    this.opens = opens;
  }

  /** A device that opens every link it is given. */
  public static RecordingDevice opening() {
    return new RecordingDevice(true);
  }

  /** A device that can open no link. */
  public static RecordingDevice unable() {
    return new RecordingDevice(false);
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
