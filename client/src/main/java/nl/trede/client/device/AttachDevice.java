package nl.trede.client.device;

import com.gluonhq.attach.browser.BrowserService;
import com.gluonhq.attach.lifecycle.LifecycleEvent;
import com.gluonhq.attach.lifecycle.LifecycleService;
import com.gluonhq.attach.storage.StorageService;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/** Device services through Gluon Attach (Android, iOS, and its desktop implementations). */
final class AttachDevice implements Device {
  private final Optional<StorageService> storage;
  private final Optional<LifecycleService> lifecycle;
  private final Optional<BrowserService> browser;

  private AttachDevice(Optional<StorageService> storage, Optional<LifecycleService> lifecycle,
      Optional<BrowserService> browser) {
    this.storage = storage;
    this.lifecycle = lifecycle;
    this.browser = browser;
  }

  static Optional<Device> create() {
    try {
      Optional<StorageService> storage = StorageService.create();
      Optional<LifecycleService> lifecycle = LifecycleService.create();
      Optional<BrowserService> browser = BrowserService.create();
      return storage.isEmpty() && lifecycle.isEmpty() ? Optional.empty()
          : Optional.of(new AttachDevice(storage, lifecycle, browser));
    } catch (RuntimeException | LinkageError e) {
      // No Attach implementation for this platform: run as a plain desktop app.
      return Optional.empty();
    }
  }

  @Override
  public Optional<Path> privateStorage() {
    return storage.flatMap(StorageService::getPrivateStorage).map(File::toPath);
  }

  @Override
  public void onPause(Runnable action) {
    lifecycle.ifPresent(l -> l.addListener(LifecycleEvent.PAUSE, action));
  }

  @Override
  public void onResume(Runnable action) {
    lifecycle.ifPresent(l -> l.addListener(LifecycleEvent.RESUME, action));
  }

  /**
   * Through Attach's browser service (decision 0054). Attach 4.0.21 on Android refuses every link
   * but http(s), sms and smsto with an IOException, so a {@code tel:} there comes back false and the
   * screen shows the number; iOS opens what the system can; the desktop service starts xdg-open,
   * open or rundll32 and cannot tell whether anything handled the link.
   */
  @Override
  public boolean open(URI uri) {
    if (browser.isEmpty()) {
      return false;
    }
    try {
      browser.get().launchExternalBrowser(uri.toString());
      return true;
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return false;
    }
  }
}
